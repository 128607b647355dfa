using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>Asks an upstream, following redirects inside the Worker (registries send blobs to CDNs and
/// signed storage URLs that clients of the mirror may not reach). Redirects are followed by hand so that
/// Authorization never leaves the origin it was meant for, HEAD stays HEAD, Range is kept, only http(s)
/// targets are followed, and loops end in a clean 502. A timer (<see cref="HeaderDeadline"/>) bounds the wait
/// for the final headers; it is cleared once they arrive, so long bodies stream without a deadline.</summary>
public static class UpstreamFetch
{
    public const int MaxRedirects = 10;

    public static async Task<UpstreamResult> Send(string url, string method, Headers headers, object? body, int timeoutMs)
    {
        var deadline = new HeaderDeadline(timeoutMs);
        Task<Response>? pending = null;
        try
        {
            var current = url;
            var currentMethod = method;
            var currentHeaders = headers;
            string? firstDigest = null;
            for (var hop = 0; hop <= MaxRedirects; hop++)
            {
                var init = new RequestInit { Method = currentMethod, Headers = currentHeaders, Redirect = "manual" };
                if (body != null && hop == 0) init.Body = body;
                pending = Http.Fetch(current, init);
                var response = await deadline.Race(pending);
                var location = IsRedirect(response.Status) ? response.Headers.Get("location") : null;
                if (location == null) return UpstreamResult.Answered(response, firstDigest);
                // Only a redirect's target can lack the registry's digest; an answer without redirects carries its own.
                if (hop == 0) firstDigest = response.Headers.Get("docker-content-digest");

                var next = ResolveRedirect(current, location);
                if (next == null)
                    return UpstreamResult.Failed(OciError.BadGateway("upstream redirected to an unsupported location"));
                if (new URL(next).Origin != new URL(current).Origin && currentHeaders.Has("authorization"))
                {
                    // Credentials are for the registry, never for its CDN or storage (S3 rejects them).
                    currentHeaders = new Headers(currentHeaders);
                    currentHeaders.Delete("authorization");
                }
                if (response.Status == 303 && currentMethod != "HEAD") currentMethod = "GET";
                current = next;
            }
            return UpstreamResult.Failed(OciError.BadGateway("upstream redirected more than " + MaxRedirects + " times"));
        }
        catch (Exception e)
        {
            if (deadline.Expired && pending != null) _ = HeaderDeadline.LetGo(pending);
            return deadline.Expired
                ? UpstreamResult.Failed(OciError.GatewayTimeout("upstream did not answer within " + timeoutMs + " ms"))
                : UpstreamResult.Failed(OciError.BadGateway("upstream unreachable: " + e.Message));
        }
        finally
        {
            deadline.Clear();
        }
    }

    private static bool IsRedirect(int status) =>
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;

    /// <summary>The absolute http(s) URL a Location header means, or null (an unparsable one throws, caught as a 502).</summary>
    private static string? ResolveRedirect(string current, string location)
    {
        var next = new URL(location, current);
        if (next.Protocol != "https:" && next.Protocol != "http:") return null;
        next.Hash = "";
        return next.Href;
    }
}
