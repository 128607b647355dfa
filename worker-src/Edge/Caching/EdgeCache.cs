using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>The edge cache around the upstream fetch: <see cref="Look"/> before it, <see cref="Answer"/>
/// for a hit, <see cref="StaleOnFailure"/> when the upstream fails, <see cref="StoreWhileServing"/> for a
/// miss. The Cache API (<c>caches.default</c>) holds manifests and blobs up to
/// <see cref="CacheApiLimitBytes"/>; the optional R2 bucket holds blobs of any size.</summary>
public static class EdgeCache
{
    /// <summary>The Cache API's largest object; bigger layers go only to R2.</summary>
    public const double CacheApiLimitBytes = 512.0 * 1024 * 1024;

    // One lookup for every request the cache cannot serve (cache off, a tag list, a range other than one blob range…): its plan is a bypass.
    private static readonly CacheLookup CacheOff = new CacheLookup(CachePlan.Bypass(CredentialKind.Client), null, null);

    /// <summary>The lookup of a request the cache cannot serve, known without awaiting anything (the caller
    /// goes on synchronously: no task on the path of a relayed request), or null when <see cref="Look"/> must ask.</summary>
    public static CacheLookup? Bypassed(MirrorRequest request, Route route)
    {
        if (!request.Settings.CacheEnabled) return CacheOff;
        var plan = CachePolicy.Plan(route, request.Method, request.ClientHeaders.Get("accept"), request.ClientHeaders.Get("range"), CredentialKind.Client);
        return plan.UsesCache ? null : new CacheLookup(plan, null, null);
    }

    /// <summary>Looks in the cache for a request <see cref="Bypassed"/> did not settle.</summary>
    public static async Task<CacheLookup> Look(MirrorRequest request, Route route)
    {
        // Only requests the cache can serve pay for telling the mirror's anonymous tokens apart.
        var plan = CachePolicy.Plan(route, request.Method, request.ClientHeaders.Get("accept"), request.ClientHeaders.Get("range"),
            await Credentials(request, route));
        try
        {
            var entry = await FindInCacheApi(plan.Key!, plan.Range, request.IsHead);
            // R2 is asked for whole blobs only: a range the Cache API cannot answer goes to the upstream.
            if (entry == null && plan.IsBlob && plan.Range == null)
            {
                var bucket = BlobBucket.Of(request.Env);
                if (bucket != null) entry = await BlobBucket.Find(bucket, plan.ExpectedDigest!, request.IsHead);
            }
            if (entry == null) return new CacheLookup(plan, null, null);
            if (!plan.MayServe(entry.StoredWith))
            {
                entry.Discard();
                return new CacheLookup(plan, null, null);
            }
            var ttl = Freshness.ParseTtl(request.Env.Var("MANIFEST_TTL"));
            return Freshness.IsFresh(plan.IsTag, entry.StoredAtMs, Timers.Now(), ttl)
                ? new CacheLookup(plan, entry, null)
                : new CacheLookup(plan, null, entry);
        }
        catch (Exception e)
        {
            // A cache that fails to answer is a miss, never an error for the client.
            JsConsole.Warn("edgemirror: cache: lookup failed: " + e.Message);
            return new CacheLookup(plan, null, null);
        }
    }

    /// <summary>The client's answer from a stored entry: X-Cache HIT (or STALE with a Warning), its Age.</summary>
    public static Response Answer(MirrorRequest request, Route route, StoredEntry entry, string status)
    {
        // The Response copies the stored headers (those of a cache match are immutable); they are edited on that copy.
        var response = new Response(request.IsHead ? null : entry.Body, new ResponseInit { Status = entry.Status, Headers = entry.Headers });
        var headers = response.Headers;
        headers.Delete(Freshness.StoredAtHeader);
        headers.Delete(Freshness.CredentialsHeader);
        headers.Delete("cache-control");
        headers.Delete("cf-cache-status");
        if (entry.StoredAtMs > 0) headers.Set("age", Freshness.AgeSeconds(entry.StoredAtMs, Timers.Now()).ToString());
        if (status == CacheStatus.Stale) headers.Set("warning", Freshness.StaleWarning);
        if (route.Source == RegistrySource.Namespace) headers.Set("oci-namespace", route.Registry!.Name);
        headers.Set(CacheStatus.Header, status);
        if (request.IsHead) entry.Discard();
        return response;
    }

    /// <summary>A stale tag manifest standing in for an upstream that failed (no answer, 429, 5xx), or null.</summary>
    public static Response? StaleOnFailure(MirrorRequest request, Route route, CacheLookup lookup, UpstreamResult result)
    {
        if (lookup.Stale == null) return null;
        if (!CachePolicy.IsUpstreamFailure(result.Response == null ? null : result.Response.Status))
        {
            lookup.Stale.Discard();
            return null;
        }
        if (result.Response != null && result.Response.Body != null) _ = result.Response.Body.Cancel();
        return Answer(request, route, lookup.Stale, CacheStatus.Stale);
    }

    /// <summary>X-Cache: MISS on an error the Worker answers itself for a <c>/v2/</c> path before the registry
    /// proxy (refused by access control, no route), so every /v2/ answer carries the header.</summary>
    public static Response MarkApiError(MirrorRequest request, Response error)
    {
        var path = request.Url.Pathname;
        if (path == "/v2" || path.StartsWith("/v2/", StringComparison.Ordinal)) error.Headers.Set(CacheStatus.Header, CacheStatus.Miss);
        return error;
    }

    /// <summary>Marks an answer that did not come from the cache (X-Cache: MISS).</summary>
    public static Response Miss(Response answer) => WithStatus(answer, answer.Body, CacheStatus.Miss);

    /// <summary>The answer's status and headers around another body (the client's side of a store), X-Cache: MISS.</summary>
    public static Response MissWithBody(Response answer, ReadableStream body) => WithStatus(answer, body, CacheStatus.Miss);

    /// <summary>The client's answer for a miss, streamed as it downloads; when the plan allows it, the same bytes are
    /// verified against their digest and stored after the response (ctx.waitUntil): for a large blob from a second
    /// download once the client has its own (<see cref="SecondDownload"/>, when <paramref name="downloadAgain"/> is
    /// given), for everything else from a tee of this one.
    /// <paramref name="answer"/> must be a Response the Worker built itself (RegistryProxy.Rewrite): its headers
    /// are mutable and nobody else holds it, so X-Cache is set on it in place rather than on yet another copy.</summary>
    public static Response StoreWhileServing(MirrorRequest request, CacheLookup lookup, Response answer,
        Func<Task<UpstreamResult>>? downloadAgain = null)
    {
        var plan = lookup.Plan;
        if (lookup.Stale != null) lookup.Stale.Discard();
        if (!plan.UsesCache || !plan.MayStore || request.IsHead || answer.Body == null) return MissInPlace(answer);
        if (!CachePolicy.IsStorable(answer.Status, answer.Headers.Get("cache-control"), answer.Headers.Get("content-encoding")))
            return MissInPlace(answer);
        var digest = plan.ExpectedDigest ?? answer.Headers.Get("docker-content-digest");
        if (!ContentDigest.IsSha256(digest)) return MissInPlace(answer);
        var length = ContentLength(answer.Headers);
        var toCacheApi = !plan.IsBlob || length <= CacheApiLimitBytes;
        var bucket = plan.IsBlob && length >= 0 ? BlobBucket.Of(request.Env) : null;
        if (!toCacheApi && bucket == null) return MissInPlace(answer);
        if (downloadAgain != null && plan.IsBlob && length >= SecondDownload.FromBytes)
            return SecondDownload.RelayThenStore(request, plan, bucket, digest!, answer, length, toCacheApi, downloadAgain);

        // One tee only: the client's branch streams at the upstream's pace while the other is stored.
        var branches = answer.Body.Tee();
        var toClient = branches[0];
        Task served = Task.CompletedTask;
        if (length >= 0)
        {
            // Piped by hand rather than PipeThrough so the store knows when the client has had every byte.
            var sized = new FixedLengthStream(length);
            served = Settling.Of(branches[0].PipeTo(sized.Writable));
            toClient = sized.Readable;
        }
        request.Context.WaitUntil(VerifiedStore.Store(plan, bucket, digest!, branches[1], answer.Headers, length, toCacheApi, served));
        return MissWithBody(answer, toClient);
    }

    // An entry counts only with the commit marker of exactly its put (stored-at stamp and digest).
    // With a range, the Cache API cuts the stored blob itself (a 206 with Content-Range, no bytes read by the Worker);
    // anything but a 206 for exactly that range (a range past the end, a cache that ignored it) is no entry.
    private static async Task<StoredEntry?> FindInCacheApi(string key, ByteRange? range, bool head)
    {
        // Both lookups at once: a hit costs one round trip to the cache, not two.
        var commitLookup = Caches.Default.Match(CacheKeys.Commit(key));
        var storedLookup = range == null ? Caches.Default.Match(key) : Caches.Default.Match(RangeOf(key, range));
        var commit = await commitLookup;
        var stored = await storedLookup;
        if (commit == null || stored == null)
        {
            if (commit != null) _ = commit.Text();
            if (stored != null && stored.Body != null) _ = stored.Body.Cancel();
            return null;
        }
        var committed = await commit.Text();
        var storedAt = stored.Headers.Get(Freshness.StoredAtHeader);
        var digest = stored.Headers.Get("docker-content-digest");
        var wrongRange = range != null
            && (stored.Status != 206 || !range.IsAnsweredBy(stored.Headers.Get("content-range")));
        if (storedAt == null || digest == null || committed != CacheKeys.CommitText(storedAt, digest) || wrongRange)
        {
            if (stored.Body != null) _ = stored.Body.Cancel();
            return null;
        }
        var headers = stored.Headers;
        if (head && range == null && headers.Get("content-length") == null)
        {
            // Stored from an upstream answer without Content-Length (chunked): the cache knows the length all the
            // same, and a HEAD must tell it (containerd resolves by HEAD, docker's blob Stat needs it).
            var length = await StoredLength(key);
            if (length >= 0)
            {
                headers = new Headers(headers);
                headers.Set("content-length", length.ToString());
            }
        }
        return new StoredEntry(headers, stored.Body, double.Parse(storedAt),
            StoredEntry.ParseCredentials(headers.Get(Freshness.CredentialsHeader)), stored.Status);
    }

    // The total in the Content-Range of the entry's first byte, asked of the cache; -1 when it does not say.
    private static async Task<double> StoredLength(string key)
    {
        var first = await Caches.Default.Match(RangeOf(key, new ByteRange(0, 0)));
        if (first == null) return -1;
        if (first.Body != null) _ = first.Body.Cancel();
        return first.Status == 206 ? ByteRange.TotalOf(first.Headers.Get("content-range")) : -1;
    }

    private static Request RangeOf(string key, ByteRange range)
    {
        var headers = new Headers();
        headers.Set("range", range.ToHeader());
        return new Request(key, new RequestInit { Headers = headers });
    }

    private static async Task<CredentialKind> Credentials(MirrorRequest request, Route route)
    {
        // Where the mirror fetches with its own upstream tokens (password mode, configured upstream
        // credentials), the client's Authorization never reaches the upstream: every client that passed
        // access control gets the same answer, so it is shared like an anonymous one.
        if (request.Access.ManagesUpstreamTokens(route.Registry!.Name)) return CredentialKind.MirrorAnonymous;
        var authorization = request.Raw.Headers.Get("authorization");
        var token = CachePolicy.BearerToken(authorization);
        var anonymous = token != null && await AnonymousTokens.IsKnown(token);
        return CachePolicy.Classify(authorization, anonymous);
    }

    // Only for a Response the Worker built (mutable headers, not shared): saves a Headers copy and a Response per request.
    private static Response MissInPlace(Response answer)
    {
        answer.Headers.Set(CacheStatus.Header, CacheStatus.Miss);
        return answer;
    }

    // The Response copies its init's headers: X-Cache is set on that copy, so the answer's own headers stay as they
    // were and the headers are copied once, not twice.
    private static Response WithStatus(Response answer, ReadableStream? body, string status)
    {
        var response = new Response(body, new ResponseInit { Status = answer.Status, StatusText = answer.StatusText, Headers = answer.Headers });
        response.Headers.Set(CacheStatus.Header, status);
        return response;
    }

    /// <summary>The Content-Length as a number, or -1 when absent or not a plain number.</summary>
    public static double ContentLength(Headers headers)
    {
        var text = headers.Get("content-length");
        if (text == null || text.Length == 0 || text.Length > 15) return -1;
        double value = 0;
        foreach (var c in text)
        {
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
