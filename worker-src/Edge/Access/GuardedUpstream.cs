using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>The registry-route upstream call (RegistryProxy.FetchUpstream) with what access control and
/// fault handling add around <see cref="UpstreamFetch"/>: the mirror's own upstream token where it manages
/// them, the time spent and any fault recorded for the log line, a challenge the client could not follow
/// (malformed, or with no http(s) realm) turned into a 502, and error bodies that are not JSON turned into
/// OCI errors with the same status.</summary>
public static class GuardedUpstream
{
    public static async Task<UpstreamResult> Send(MirrorRequest request, Route route, string url, Headers headers)
    {
        var started = Timers.Now();
        try
        {
            var access = request.Access;
            var registry = route.Registry!;
            UpstreamResult result;
            if (access.ManagesUpstreamTokens(registry.Name)) result = await SendWithMirrorTokens(request, route, url, headers, access);
            else
            {
                // Relayed as the client asked, awaited here rather than in an async helper of its own: one promise
                // fewer on the path every relayed request takes.
                var timeout = request.Settings.UpstreamTimeoutMs;
                result = await UpstreamFetch.Send(url, request.Method, headers, null, timeout);
                // A challenge from a redirect target (registry.k8s.io → Artifact Registry) is the mirror's to answer.
                if (result.Response != null && result.Response.Status == 401)
                    result = await RedirectedChallenges.Resend(result, registry, url, request.Method, headers, timeout);
            }
            // Only 401 and error statuses are ever changed; skipping the await for the rest saves a promise per request.
            if (result.Response != null && result.Response.Status >= 400) result = await Sanitize(result, route.Kind);
            if (result.Failure != null) request.Metrics.Fault = FaultName(result.Failure);
            return result;
        }
        finally
        {
            request.Metrics.UpstreamMs += Timers.Now() - started;
        }
    }

    private static async Task<UpstreamResult> SendWithMirrorTokens(MirrorRequest request, Route route, string url, Headers headers,
        AccessSettings access)
    {
        var registry = route.Registry!;
        var timeout = request.Settings.UpstreamTimeoutMs;
        // The mirror authenticates to this registry itself, so to its clients the version check simply succeeds.
        if (route.Kind == RouteKind.ApiBase) return UpstreamResult.Answered(AccessControl.ApiBaseAnswer(), null);
        // The client's Authorization is the mirror's token (or nothing); upstream gets the mirror's own.
        headers.Delete("authorization");
        var scope = route.Repository.Length > 0 ? "repository:" + route.Repository + ":pull" : null;
        var credentials = access.Credentials.For(registry.Name);
        for (var attempt = 0; ; attempt++)
        {
            var token = await UpstreamTokens.For(registry, scope, credentials, timeout);
            if (token.Failure != null) return UpstreamResult.Failed(token.Failure);
            if (token.Token != null) headers.Set("authorization", "Bearer " + token.Token);
            var result = await UpstreamFetch.Send(url, request.Method, headers, null, timeout);
            if (result.Response != null && result.Response.Status == 401)
                result = await RedirectedChallenges.Resend(result, registry, url, request.Method, headers, timeout);
            if (result.Response == null || result.Response.Status != 401 || token.Token == null) return result;
            await UnreadBodies.Discard(result.Response);
            UpstreamTokens.Forget(registry, scope, credentials);
            // A cached token may have been revoked early: one retry with a fresh one.
            if (!token.FromCache || attempt > 0)
                return UpstreamResult.Failed(new OciError(404, "NAME_UNKNOWN",
                    "repository " + route.Repository + " not found upstream or not readable with the mirror's credentials"));
        }
    }

    private static async Task<UpstreamResult> Sanitize(UpstreamResult result, RouteKind kind)
    {
        var response = result.Response!;
        var status = response.Status;
        if (status == 401)
        {
            var header = response.Headers.Get("www-authenticate");
            var challenge = Challenge.Parse(header);
            var usable = challenge != null && (!challenge.IsBearer
                || (challenge.Realm != null && UpstreamUrl.Normalize(challenge.Realm) != null && URL.CanParse(challenge.Realm)));
            if (!usable)
            {
                await UnreadBodies.Discard(response);
                return UpstreamResult.Failed(OciError.BadGateway("upstream answered 401 with a malformed WWW-Authenticate challenge"));
            }
        }
        if (status < 400) return result;
        var contentType = response.Headers.Get("content-type");
        if (contentType != null && contentType.ToLowerInvariant().IndexOf("json", StringComparison.Ordinal) >= 0) return result;

        // Storage services answer errors in XML or HTML; clients expect registry errors.
        await UnreadBodies.Discard(response);
        var error = new OciError(status, UpstreamErrorCodes.For(status, kind), "upstream answered HTTP " + status);
        var answer = Answers.Error(error);
        foreach (var name in new[] { "www-authenticate", "retry-after" })
        {
            var value = response.Headers.Get(name);
            if (value != null) answer.Headers.Set(name, value);
        }
        return UpstreamResult.Answered(answer, result.FirstDigest);
    }

    private static string FaultName(OciError failure)
    {
        if (failure.Status == 504) return "timeout";
        if (failure.Status == 502) return "bad-gateway";
        return "refused";
    }
}
