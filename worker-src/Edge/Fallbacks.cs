using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>When Docker Hub answers 429, the <c>FALLBACK</c> base URLs (other Docker Hub mirrors) are
/// tried in order. They get the client's request without its Authorization (a Docker Hub token is
/// not theirs to see); a fallback that wants a token gets the anonymous one its own challenge names.
/// An answer of 429, 401, 403 or 5xx, or none at all, counts as a refusal.</summary>
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
            var headers = ForwardedHeaders.From(request.ClientHeaders, false);
            var result = await UpstreamFetch.Send(url, request.Method, headers, null, request.Settings.UpstreamTimeoutMs);
            if (result.Response != null && result.Response.Status == 401)
                result = await RetryWithAnonymousToken(request, url, headers, result.Response);
            if (Acceptable(result)) return result;
        }
        return null;
    }

    private static bool Acceptable(UpstreamResult result)
    {
        var response = result.Response;
        if (response == null) return false;
        var status = response.Status;
        return status != 429 && status != 401 && status != 403 && status < 500;
    }

    // One anonymous token from the realm the fallback's challenge names (only http(s) realms), then one retry.
    private static async Task<UpstreamResult> RetryWithAnonymousToken(MirrorRequest request, string url, Headers headers, Response refusal)
    {
        var unauthorized = UpstreamResult.Answered(refusal, null);
        var challenge = Challenge.Parse(refusal.Headers.Get("www-authenticate"));
        if (challenge == null || !challenge.IsBearer || challenge.Realm == null || UpstreamUrl.Normalize(challenge.Realm) == null)
            return unauthorized;
        // The scope as the challenge wrote it, one parameter (Docker Hub's mirrors name one repository).
        var token = (await TokenReply.Request(challenge, new[] { challenge.Get("scope") }, null, request.Settings.UpstreamTimeoutMs)).Token;
        if (token == null) return unauthorized;
        var withToken = new Headers(headers);
        withToken.Set("authorization", "Bearer " + token);
        return await UpstreamFetch.Send(url, request.Method, withToken, null, request.Settings.UpstreamTimeoutMs);
    }
}
