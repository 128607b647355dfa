using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>A token-less registry (like the CNCF registry) whose faults the cache tests switch on and off:
/// answering 429 or 503 to everything, serving wrong bytes for chosen digests, cutting a blob short.
/// Tag <c>latest</c> serves <see cref="Image"/>'s manifest; tag <c>multi</c> answers an OCI index or a Docker
/// manifest list by Accept, as Docker Hub does for multi-platform images; tags named <c>t-*</c> answer the
/// image manifest too (fresh keys for tests that must not share cache entries), those named <c>t-gzip-*</c>
/// gzip-compressed with <c>Content-Encoding: gzip</c>, as a registry behind a compressing front may, those named
/// <c>t-chunked-*</c> chunked, without a Content-Length.</summary>
public sealed class FlakyRegistry : IDisposable
{
    public const string IndexMediaType = "application/vnd.oci.image.index.v1+json";
    public const string ListMediaType = "application/vnd.docker.distribution.manifest.list.v2+json";

    private static readonly Regex ApiPath = new(@"^/v2/(?<name>.+)/(?<kind>manifests|blobs)/(?<ref>[^/]+)$");

    public FlakyRegistry(TestImage image, ConcurrentQueue<RecordedRequest> log, string name = "flaky")
    {
        Image = image;
        Index = Encoding.UTF8.GetBytes("{\"schemaVersion\":2,\"mediaType\":\"" + IndexMediaType + "\",\"manifests\":[{\"mediaType\":\""
            + TestImage.ManifestMediaType + "\",\"digest\":\"" + image.ManifestDigest + "\",\"size\":" + image.Manifest.Length
            + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}");
        List = Encoding.UTF8.GetBytes("{\"schemaVersion\":2,\"mediaType\":\"" + ListMediaType + "\",\"manifests\":[{\"mediaType\":\""
            + TestImage.ManifestMediaType + "\",\"digest\":\"" + image.ManifestDigest + "\",\"size\":" + image.Manifest.Length
            + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}");
        Server = new TestHttpServer(name, log, Serve);
    }

    public TestImage Image { get; }
    public byte[] Index { get; }
    public byte[] List { get; }
    public TestHttpServer Server { get; }

    /// <summary>When set, every registry request is answered with this status (429 carries Retry-After).</summary>
    public volatile int FailWith;

    /// <summary>Digests whose blob is served with one byte flipped (same length, wrong digest).</summary>
    public ConcurrentDictionary<string, bool> Corrupt { get; } = new();

    /// <summary>Digests whose blob announces its full length but sends only half and closes.</summary>
    public ConcurrentDictionary<string, bool> Truncate { get; } = new();

    /// <summary>Digests whose blob is served right to the first GET and answered this way from the second GET on
    /// (what a mirror that downloads a blob twice must survive).</summary>
    public ConcurrentDictionary<string, LaterAnswer> AfterFirstGet { get; } = new();

    /// <summary>Digests of which a GET arrived while the body of an earlier GET was still being sent.</summary>
    public ConcurrentDictionary<string, bool> GetWhileSending { get; } = new();

    private readonly ConcurrentDictionary<string, int> _gets = new();
    private readonly ConcurrentDictionary<string, int> _sending = new();

    private async Task Serve(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (FailWith != 0)
        {
            await LoopbackHttpServer.Answer(context, FailWith, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"injected failure\"}]}",
                headers: new Dictionary<string, string> { ["Retry-After"] = "7" });
            return;
        }
        if (path == "/v2/")
        {
            await LoopbackHttpServer.Answer(context, 200, "{}");
            return;
        }
        var match = ApiPath.Match(path);
        if (!match.Success)
        {
            await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"no such path\"}]}");
            return;
        }
        var reference = match.Groups["ref"].Value;
        if (match.Groups["kind"].Value == "manifests")
        {
            await ServeManifest(context, reference);
            return;
        }
        if (!Image.Blobs.TryGetValue(reference, out var blob))
        {
            await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"BLOB_UNKNOWN\",\"message\":\"unknown blob\"}]}");
            return;
        }
        if (context.Request.HttpMethod != "GET")
        {
            await ServeBlob(context, reference, blob, false);
            return;
        }
        if (_sending.AddOrUpdate(reference, 1, (_, n) => n + 1) > 1) GetWhileSending[reference] = true;
        try
        {
            await ServeBlob(context, reference, blob, true);
        }
        finally
        {
            _sending.AddOrUpdate(reference, 0, (_, n) => n - 1);
        }
    }

    private async Task ServeBlob(HttpListenerContext context, string reference, byte[] blob, bool isGet)
    {
        var headers = new Dictionary<string, string> { ["Docker-Content-Digest"] = reference };
        var later = isGet && _gets.AddOrUpdate(reference, 1, (_, n) => n + 1) > 1 && AfterFirstGet.TryGetValue(reference, out var answer)
            ? answer : (LaterAnswer?)null;
        if (later == LaterAnswer.Failure)
        {
            await LoopbackHttpServer.Answer(context, 503, "{\"errors\":[{\"code\":\"UNAVAILABLE\",\"message\":\"injected failure\"}]}");
            return;
        }
        if (Corrupt.ContainsKey(reference) || later == LaterAnswer.OtherBytes)
        {
            var wrong = (byte[])blob.Clone();
            wrong[wrong.Length / 2] ^= 0xFF;
            await LoopbackHttpServer.Answer(context, 200, wrong, "application/octet-stream", headers);
            return;
        }
        if ((Truncate.ContainsKey(reference) && isGet) || later == LaterAnswer.CutShort)
        {
            var response = context.Response;
            response.StatusCode = 200;
            response.ContentType = "application/octet-stream";
            response.Headers["Docker-Content-Digest"] = reference;
            response.ContentLength64 = blob.Length;
            await response.OutputStream.WriteAsync(blob.AsMemory(0, blob.Length / 2));
            await response.OutputStream.FlushAsync();
            response.Abort();
            return;
        }
        await LoopbackHttpServer.Answer(context, 200, blob, "application/octet-stream", headers);
    }

    private Task ServeManifest(HttpListenerContext context, string reference)
    {
        byte[] body;
        string type;
        var accept = context.Request.Headers["Accept"] ?? "";
        if (reference == "multi")
        {
            var wantsOci = accept.Contains(IndexMediaType, StringComparison.Ordinal);
            body = wantsOci ? Index : List;
            type = wantsOci ? IndexMediaType : ListMediaType;
        }
        else if (reference == "latest" || reference.StartsWith("t-", StringComparison.Ordinal) || reference == Image.ManifestDigest)
        {
            body = Image.Manifest;
            type = TestImage.ManifestMediaType;
        }
        else
        {
            return LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"unknown tag\"}]}");
        }
        var headers = new Dictionary<string, string>
        {
            ["Docker-Content-Digest"] = TestImage.Digest(body),
            ["ETag"] = "\"" + TestImage.Digest(body) + "\"",
        };
        if (reference.StartsWith("t-gzip-", StringComparison.Ordinal))
        {
            headers["Content-Encoding"] = "gzip";
            body = Gzip(body);
        }
        if (reference.StartsWith("t-chunked-", StringComparison.Ordinal)) return AnswerChunked(context, body, type, headers);
        return LoopbackHttpServer.Answer(context, 200, body, type, headers);
    }

    private static async Task AnswerChunked(HttpListenerContext context, byte[] body, string type, Dictionary<string, string> headers)
    {
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = type;
        foreach (var (name, value) in headers) response.Headers[name] = value;
        response.SendChunked = true;
        if (context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(bytes);
        return output.ToArray();
    }

    public void Dispose() => Server.Dispose();
}

/// <summary>How <see cref="FlakyRegistry.AfterFirstGet"/> answers a blob's later GETs.</summary>
public enum LaterAnswer
{
    /// <summary>The right length with one byte flipped.</summary>
    OtherBytes,
    /// <summary>503 with an error body.</summary>
    Failure,
    /// <summary>The full length announced, half of it sent, the connection closed.</summary>
    CutShort,
}
