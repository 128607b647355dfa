namespace EdgeMirror.Deployer.Config;

/// <summary>One entry of wrangler.toml's routes: a zone route pattern, or a custom domain.</summary>
public sealed record WorkerRoute(string Pattern, bool CustomDomain);
