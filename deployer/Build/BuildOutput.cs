namespace EdgeMirror.Deployer.Build;

/// <summary>The files `build` wrote.</summary>
public sealed record BuildOutput(string WorkerJs, string SourceMap);
