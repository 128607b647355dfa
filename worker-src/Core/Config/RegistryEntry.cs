namespace EdgeMirror.Worker.Core.Config;

/// <summary>One upstream registry the mirror serves. Name is how clients spell it
/// (path prefix, <c>?ns=</c>, scope prefix), Label the host label that selects it
/// (<c>ghcr</c> in <c>ghcr.mirror.example.com</c>), Upstream its base URL without a trailing slash.</summary>
public sealed record RegistryEntry(string Name, string Label, string Upstream, bool IsDefault)
{
    /// <summary>Docker Hub's official images live under <c>library/</c>; a one-segment name means one of them.</summary>
    public bool IsDockerHub => Name == RegistryTable.DockerHub;
}
