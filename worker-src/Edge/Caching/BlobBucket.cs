using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>The optional R2 bucket bound as <c>BLOBS</c>: blobs by digest, without the Cache API's 512 MB
/// limit and shared by every data centre. R2 checks the bytes itself (the put's <c>sha256</c> option),
/// so a body that does not match its digest is refused, never stored.</summary>
public static class BlobBucket
{
    public const string Binding = "BLOBS";

    public static R2Bucket? Of(Env env) => env.Bucket(Binding);

    public static async Task<StoredEntry?> Find(R2Bucket bucket, string digest, bool head)
    {
        R2Object? found = head ? await bucket.Head(CacheKeys.R2Blob(digest)) : await bucket.Get(CacheKeys.R2Blob(digest));
        if (found == null) return null;
        var headers = new Headers();
        headers.Set("content-type", found.CustomMetadata("contentType") ?? "application/octet-stream");
        headers.Set("content-length", ((long)found.Size).ToString());
        headers.Set("docker-content-digest", digest);
        headers.Set("etag", "\"" + digest + "\"");
        var body = head ? null : ((R2ObjectBody)found).Body;
        var storedAt = found.CustomMetadata("storedAt");
        return new StoredEntry(headers, body, storedAt == null ? 0 : double.Parse(storedAt),
            StoredEntry.ParseCredentials(found.CustomMetadata("credentials")));
    }

    /// <summary>Stores a blob of known length; false (logged) on a refusal, which is what a digest mismatch is.</summary>
    public static async Task<bool> Store(R2Bucket bucket, string digest, ReadableStream body, double length, string? contentType, CredentialKind credentials)
    {
        try
        {
            var metadata = new BlobMetadata
            {
                Digest = digest,
                ContentType = contentType ?? "application/octet-stream",
                Credentials = StoredEntry.CredentialsText(credentials),
                StoredAt = Timers.Now().ToString(),
            };
            var sized = body.PipeThrough(new FixedLengthStream(length));
            await bucket.Put(CacheKeys.R2Blob(digest), sized, new R2PutOptions { CustomMetadata = metadata, Sha256 = ContentDigest.Hex(digest) });
            return true;
        }
        catch (Exception e)
        {
            JsConsole.Warn("edgemirror: cache: blob " + digest + " not stored in R2: " + e.Message);
            return false;
        }
    }
}
