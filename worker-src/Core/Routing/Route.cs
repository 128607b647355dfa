using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;

namespace EdgeMirror.Worker.Core.Routing;

/// <summary>The routing decision for one request. For registry API routes, Repository is the name
/// the upstream knows (with <c>library/</c> where Docker Hub needs it) and UpstreamPath the path to
/// ask it for (query not included).</summary>
public sealed record Route(
    RouteKind Kind,
    RegistryEntry? Registry,
    RegistrySource Source,
    string Repository,
    string Reference,
    string UpstreamPath,
    OciError? Error)
{
    public static Route Simple(RouteKind kind) =>
        new Route(kind, null, RegistrySource.Default, "", "", "", null);

    public static Route Fail(OciError error) =>
        new Route(RouteKind.Error, null, RegistrySource.Default, "", "", "", error);

    public bool IsRegistryApi =>
        Kind == RouteKind.ApiBase || Kind == RouteKind.Manifest || Kind == RouteKind.Blob
        || Kind == RouteKind.TagList || Kind == RouteKind.Referrers;
}
