using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>Stores a body under its digest so that it counts only once it is proven right: into R2 when a
/// bucket is bound (R2 checks the sha256 itself) and from there into the Cache API, or into the Cache API
/// alone, where the stored copy is read back and hashed before a commit marker makes it visible. Whatever
/// the body's source — a tee of the client's download or a second download of the same digest — a body that
/// is cut short or has other bytes is never committed.</summary>
public static class VerifiedStore
{
    /// <param name="answerHeaders">The upstream answer's headers: what a stored entry keeps of them (type, length, etag…).</param>
    /// <param name="length">The body's length from Content-Length, or -1 when unknown (the Cache API then takes it as it comes).</param>
    /// <param name="toCacheApi">False for blobs over the Cache API's limit: those go only to R2.</param>
    /// <param name="served">Ends when the first client has had its answer (or hung up); the hashing waits for it,
    /// so it never runs on the thread that is still streaming to that client.</param>
    public static Task Store(CachePlan plan, R2Bucket? bucket, string digest, ReadableStream body, Headers answerHeaders, double length,
        bool toCacheApi, Task served) =>
        bucket != null
            ? StoreInBucketThenCacheApi(plan, bucket, digest, body, answerHeaders, length, toCacheApi, served)
            : PutInCacheApi(plan, digest, body, answerHeaders, length, served);

    // R2 checks the digest itself (the put's sha256 option); the Cache API copy is then made from R2.
    private static async Task StoreInBucketThenCacheApi(CachePlan plan, R2Bucket bucket, string digest, ReadableStream body,
        Headers answerHeaders, double length, bool toCacheApi, Task served)
    {
        var contentType = answerHeaders.Get("content-type");
        if (!await BlobBucket.Store(bucket, digest, body, length, contentType, plan.Credentials) || !toCacheApi) return;
        await served;
        var stored = await BlobBucket.Find(bucket, digest, false);
        if (stored != null && stored.Body != null) await PutInCacheApi(plan, digest, stored.Body, answerHeaders, length, Task.CompletedTask);
    }

    // Verifying means hashing the bytes the cache actually kept: after the put, the entry is read back and
    // hashed (crypto.DigestStream, native), and only a match writes the commit marker that makes it count;
    // a mismatch is deleted again. (Hashing a second tee of the live download instead would cost the first
    // client's throughput; this costs a read after the client is served.) The read-back waits for
    // <paramref name="served"/> because a store that finishes first would otherwise hash on the thread that is
    // still streaming to the client.
    private static async Task PutInCacheApi(CachePlan plan, string digest, ReadableStream body, Headers answerHeaders, double length,
        Task served)
    {
        try
        {
            var headers = new Headers();
            foreach (var name in StoredHeaders)
            {
                var value = answerHeaders.Get(name);
                if (value != null) headers.Set(name, value);
            }
            headers.Set("docker-content-digest", digest);
            headers.Set(Freshness.StoredAtHeader, Timers.Now().ToString());
            headers.Set(Freshness.CredentialsHeader, StoredEntry.CredentialsText(plan.Credentials));
            var keep = "public, max-age=" + (plan.IsTag ? Freshness.StaleKeepSeconds : Freshness.ImmutableKeepSeconds);
            headers.Set("cache-control", keep);
            await Caches.Default.Put(plan.Key!, new Response(Sized(body, length), new ResponseInit { Status = 200, Headers = headers }));
            await served;

            var stored = await Caches.Default.Match(plan.Key!);
            if (stored == null || stored.Body == null) return;
            var storedAt = stored.Headers.Get(Freshness.StoredAtHeader);
            var actual = await DigestVerifier.Digest(stored.Body);
            if (storedAt == null || actual != digest || stored.Headers.Get("docker-content-digest") != digest)
            {
                await Caches.Default.Delete(plan.Key!);
                JsConsole.Warn("edgemirror: cache: " + plan.Key + " not stored: digest mismatch: got " + (actual ?? "a broken body"));
                return;
            }
            var marker = new Headers();
            marker.Set("cache-control", keep);
            await Caches.Default.Put(CacheKeys.Commit(plan.Key!),
                new Response(CacheKeys.CommitText(storedAt, digest), new ResponseInit { Status = 200, Headers = marker }));
        }
        catch (Exception e)
        {
            JsConsole.Warn("edgemirror: cache: " + plan.Key + " not stored: " + e.Message);
        }
    }

    // What a stored entry keeps of the upstream's answer; everything else (challenges, hop-by-hop headers,
    // the mirror's per-request headers) is per request.
    private static readonly string[] StoredHeaders =
    {
        "content-type", "content-length", "docker-content-digest", "etag", "docker-distribution-api-version", "last-modified",
    };

    private static ReadableStream Sized(ReadableStream stream, double length) =>
        length >= 0 ? stream.PipeThrough(new FixedLengthStream(length)) : stream;
}
