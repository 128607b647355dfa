using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>How a large blob is cached without slowing its first client: the client's answer is the upstream
/// body relayed untouched (no tee), and the cache is filled from a second download of the same digest in
/// ctx.waitUntil, stored and verified like any other store (<see cref="VerifiedStore"/>).
///
/// Why: workerd's tee splits a body in 16 KiB pieces on the Worker's thread; teeing a 256 MiB blob cost about
/// four times the CPU of relaying it and held the first client to about half the upstream's speed, while two
/// plain downloads each run at relay speed (bench/README.md, "Mirror"). The price is a second upstream
/// download of each cold blob from <see cref="FromBytes"/> up, once per blob and data centre: Docker Hub counts
/// manifest requests, not blob requests, against its pull limits, and its blobs come from its CDN.
///
/// When: the second download starts once the first client has every byte (or hung up), so the two never share
/// the Worker's thread and the upstream's bandwidth, but no later than <see cref="StartAfterMs"/> into the
/// first one: Cloudflare ends waitUntil work 30 s after the response is complete, and a download of the same
/// bytes from the same upstream that starts at most 10 s after the first ends about 10 s after it.</summary>
public static class SecondDownload
{
    /// <summary>Blobs from this size up are stored from a second download; smaller ones (configs, small layers,
    /// every manifest) are teed, where one upstream request less matters more than the tee's per-byte cost.</summary>
    public const double FromBytes = 16.0 * 1024 * 1024;

    /// <summary>The latest the second download starts, in milliseconds after the client's answer began.</summary>
    public const int StartAfterMs = 10_000;

    /// <summary>The first client's answer (X-Cache: MISS), its body the upstream's, piped into a FixedLengthStream so
    /// the store knows when the client has had every byte; the store runs after it (ctx.waitUntil).</summary>
    /// <param name="downloadAgain">Asks the upstream for the same blob again, the way the first answer was fetched.</param>
    public static Response RelayThenStore(MirrorRequest request, CachePlan plan, R2Bucket? bucket, string digest, Response answer,
        double length, bool toCacheApi, Func<Task<UpstreamResult>> downloadAgain)
    {
        var sized = new FixedLengthStream(length);
        var served = Settling.Of(answer.Body!.PipeTo(sized.Writable));
        request.Context.WaitUntil(StoreWhenServed(plan, bucket, digest, answer.Headers, length, toCacheApi, served, downloadAgain));
        return EdgeCache.MissWithBody(answer, sized.Readable);
    }

    private static async Task StoreWhenServed(CachePlan plan, R2Bucket? bucket, string digest, Headers answerHeaders, double length,
        bool toCacheApi, Task served, Func<Task<UpstreamResult>> downloadAgain)
    {
        await ServedOrDue(served);
        UpstreamResult again;
        try
        {
            again = await downloadAgain();
        }
        catch (Exception e)
        {
            JsConsole.Warn("edgemirror: cache: blob " + digest + " not stored: second download failed: " + e.Message);
            return;
        }
        var response = again.Response;
        var problem = response == null ? again.Failure!.Message
            : response.Status != 200 ? "it answered HTTP " + response.Status
            : response.Body == null ? "it had no body"
            : !SameLength(response.Headers, length) ? "it announced " + response.Headers.Get("content-length") + " bytes, not " + length
            : null;
        if (problem != null)
        {
            if (response != null && response.Body != null) _ = response.Body.Cancel();
            JsConsole.Warn("edgemirror: cache: blob " + digest + " not stored: second download: " + problem);
            return;
        }
        await VerifiedStore.Store(plan, bucket, digest, response!.Body!, answerHeaders, length, toCacheApi, served);
    }

    // A length it does not announce is checked all the same: the store's FixedLengthStream refuses any other count.
    private static bool SameLength(Headers headers, double length)
    {
        var announced = EdgeCache.ContentLength(headers);
        return announced < 0 || announced == length;
    }

    private static async Task ServedOrDue(Task served)
    {
        var due = new TaskCompletionSource<bool>();
        var timer = Timers.SetTimeout(() => due.TrySetResult(true), StartAfterMs);
        await Task.WhenAny(served, due.Task);
        Timers.ClearTimeout(timer);
    }
}
