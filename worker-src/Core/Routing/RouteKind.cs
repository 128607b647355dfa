namespace EdgeMirror.Worker.Core.Routing;

/// <summary>What a request asks for, decided from its method and path alone.</summary>
public enum RouteKind
{
    Page,
    Favicon,
    Robots,
    /// <summary>The mirror's token endpoint, the realm every rewritten challenge points to.</summary>
    Token,
    /// <summary><c>/v2/</c>: the version check clients start with.</summary>
    ApiBase,
    Manifest,
    Blob,
    TagList,
    Referrers,
    /// <summary>No route: <see cref="Route.Error"/> says what to answer.</summary>
    Error,
}

/// <summary>How the registry was chosen; it decides how token scopes are spelled to the client.</summary>
public enum RegistrySource
{
    Default,
    /// <summary><c>ghcr.mirror.example.com</c></summary>
    HostLabel,
    /// <summary><c>/v2/ghcr.io/owner/img/...</c></summary>
    PathPrefix,
    /// <summary>containerd's <c>?ns=ghcr.io</c></summary>
    Namespace,
}
