using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Worker.Edge.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>Registry API requests (<c>/v2/…</c>), one small step each:
/// route (done by the Router) → authorize → cache lookup (Caching/EdgeCache) → fetch upstream (stale tag
/// manifest on failure, else 429 fallback) → rewrite → respond (stored while it streams when cacheable).</summary>
public static class RegistryProxy
{
    public static async Task<Response> Handle(MirrorRequest request, Route route)
    {
        // Both steps are synchronous for most requests (no password, nothing the cache can serve): they are only
        // awaited when they must wait, so a relayed request makes no task, promise or state object for them.
        var refusal = AccessControl.DecidedNow(request) ? AccessControl.AllowlistRefusal(request, route) : await Authorize(request, route);
        if (refusal != null) return EdgeCache.Miss(refusal);

        var cached = EdgeCache.Bypassed(request, route) ?? await EdgeCache.Look(request, route);
        if (cached.Fresh != null) return EdgeCache.Answer(request, route, cached.Fresh, CacheStatus.Hit);
        var result = await FetchUpstream(request, route);
        var stale = EdgeCache.StaleOnFailure(request, route, cached, result);
        if (stale != null) return stale;
        if (result.Response == null) return EdgeCache.Miss(Answers.Error(result.Failure!));
        if (result.Response.Status == 429)
        {
            var fallback = await Fallbacks.Try(request, route);
            // A fallback's answer is stored from a tee: asking the upstream again would only meet its 429 again.
            if (fallback != null) return EdgeCache.StoreWhileServing(request, cached, Rewrite(request, route, fallback));
        }
        // A large blob is stored from a second download once this client has it (Caching/SecondDownload).
        return EdgeCache.StoreWhileServing(request, cached, Rewrite(request, route, result), () => FetchUpstream(request, route));
    }

    /// <summary>Whether the mirror lets this request through at all; null means yes, else the answer to give
    /// (the mirror's password challenge, an allowlist refusal). See Access/AccessControl.</summary>
    public static Task<Response?> Authorize(MirrorRequest request, Route route) => AccessControl.Screen(request, route);

    public static Task<UpstreamResult> FetchUpstream(MirrorRequest request, Route route)
    {
        var url = route.Registry!.Upstream + route.UpstreamPath + ForwardedQuery(request.Url);
        // The mirror's placeholder for registries without tokens is nobody's credential: a strict upstream would refuse it.
        var withAuthorization = !TokenAnswer.IsNoTokenNeeded(request.ClientHeaders.Get("authorization"));
        var headers = ForwardedHeaders.From(request.ClientHeaders, withAuthorization);
        // Access/GuardedUpstream: the mirror's own upstream tokens where it manages them, timing and faults for the log.
        return GuardedUpstream.Send(request, route, url, headers);
    }

    /// <summary>The client's query (tags/list pagination, referrers filters) without the mirror's own <c>ns</c>.</summary>
    public static string ForwardedQuery(URL url)
    {
        if (url.Search.Length == 0) return "";
        var query = new URLSearchParams(url.Search);
        query.Delete("ns");
        var text = query.ToString();
        return text.Length == 0 ? "" : "?" + text;
    }

    /// <summary>The upstream's answer as the client must see it: challenges point at the mirror's /token,
    /// the digest survives redirects, and the body streams through untouched (never buffered).</summary>
    public static Response Rewrite(MirrorRequest request, Route route, UpstreamResult result)
    {
        var upstream = result.Response!;
        var registry = route.Registry!;
        // The new Response copies the upstream's headers into Headers of its own, which are then changed in place:
        // a Headers copy built first and handed over would be copied again (measured: ~14,000 instructions a request).
        var init = new ResponseInit { Status = upstream.Status, StatusText = upstream.StatusText, Headers = upstream.Headers };
        var answer = new Response(request.IsHead ? null : upstream.Body, init);
        var headers = answer.Headers;
        // Every header read is a call into the runtime: the challenge is only looked for where there is one.
        var challenge = upstream.Status == 401 ? headers.Get("www-authenticate") : null;
        if (challenge != null)
        {
            var realm = ChallengeRewriter.MirrorRealm(request.Scheme, request.Host, registry, route.Source);
            headers.Set("www-authenticate", ChallengeRewriter.Rewrite(challenge, realm, registry, route.Source));
        }
        // Tag lists and referrers paginate with Link: following it must come back through the mirror to the same registry.
        var link = headers.Get("link");
        if (link != null) headers.Set("link", PaginationLinks.Rewrite(link, request.Scheme + "://" + request.Host, registry, route.Source));
        if (result.FirstDigest != null && !headers.Has("docker-content-digest"))
            headers.Set("docker-content-digest", result.FirstDigest);
        if (route.Source == RegistrySource.Namespace) headers.Set("oci-namespace", registry.Name);
        if (!headers.Has(Answers.ApiVersionHeader)) headers.Set(Answers.ApiVersionHeader, Answers.ApiVersion);
        return answer;
    }
}
