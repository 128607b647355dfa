namespace EdgeMirror.Deployer.Publish;

/// <summary>How the live mirror answered GET /v2/.</summary>
public sealed record VerificationResult(bool Passed, int Status, string? Realm);
