namespace EdgeMirror.Deployer.Release;

/// <summary>A file attached to the GitHub release, under the name people download it by.</summary>
public sealed record ReleaseAsset(string Name, string Path, string ContentType);
