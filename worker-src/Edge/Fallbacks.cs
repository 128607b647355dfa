using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>When Docker Hub answers 429, the <c>FALLBACK</c> base URLs (other Docker Hub mirrors) are
/// tried in order. They get the client's request without its Authorization (a Docker Hub token is
/// not theirs to see). An answer of 429, 401, 403 or 5xx, or none at all, counts as a refusal.</summary>
public static class Fallbacks
{
    /// <summary>The first acceptable fallback answer, or null when there is none (the caller then
    /// returns the upstream's own 429 with its Retry-After).</summary>
    public static async Task<UpstreamResult?> Try(MirrorRequest request, Route route)
    {
        if (!route.Registry!.IsDockerHub) return null;
        foreach (var baseUrl in request.Settings.Fallbacks)
        {
            var url = baseUrl + route.UpstreamPath + RegistryProxy.ForwardedQuery(request.Url);
            var headers = ForwardedHeaders.From(request.Raw.Headers, false);
            var result = await UpstreamFetch.Send(url, request.Method, headers, null, request.Settings.UpstreamTimeoutMs);
            var response = result.Response;
            if (response == null) continue;
            var status = response.Status;
            if (status == 429 || status == 401 || status == 403 || status >= 500) continue;
            return result;
        }
        return null;
    }
}
