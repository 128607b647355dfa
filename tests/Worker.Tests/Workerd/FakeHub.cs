using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>A Docker-Hub-like registry in three servers, as Docker Hub is: the registry API (every
/// request needs a bearer token; blobs answer 307 to storage), a token service on another port
/// (anonymous tokens for the scopes asked, answered as <c>access_token</c> only), and storage on a
/// third port serving "signed URLs" that refuse any request carrying Authorization (as S3 does),
/// with Range support. Special repositories: <c>ratelimited/*</c> answers 429, <c>slow/*</c>
/// answers after <see cref="SlowDelay"/>, <c>missing/*</c> is 404, <c>private/*</c> needs a token
/// issued to user <c>alice</c>, <c>hops/*</c> blobs redirect twice (a relative 302 on the registry, then a 307
/// to storage). Requests relayed by an nginx (they carry X-Real-IP) are rate limited, the
/// way Docker Hub limits a busy server's address.</summary>
public sealed class FakeHub : IDisposable
{
    public const string Service = "fake-hub";
    public const string RetryAfter = "42";
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(10);

    private static readonly Regex ApiPath = new(@"^/v2/(?<name>.+)/(?<kind>manifests|blobs)/(?<ref>[^/]+)$");

    public FakeHub(TestImage image, ConcurrentQueue<RecordedRequest> log)
    {
        Image = image;
        Auth = new TestHttpServer("hub-auth", log, ServeToken);
        Storage = new TestHttpServer("hub-storage", log, ServeStorage);
        Registry = new TestHttpServer("hub", log, ServeRegistry);
    }

    public TestImage Image { get; }
    public TestHttpServer Registry { get; }
    public TestHttpServer Auth { get; }
    public TestHttpServer Storage { get; }

    public string Challenge(string? scope) =>
        $"Bearer realm=\"{Auth.BaseUrl}/token\",service=\"{Service}\"" + (scope is null ? "" : $",scope=\"{scope}\"");

    private async Task ServeRegistry(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/v2/")
        {
            await Unauthorized(context, null);
            return;
        }
        if (path.StartsWith("/hop/", StringComparison.Ordinal))
        {
            // The second hop of a two-hop redirect: same origin, so the client's token must still be there.
            var digest = path["/hop/".Length..];
            if (context.Request.Headers["Authorization"] is null || !Image.Blobs.ContainsKey(digest))
            {
                await LoopbackHttpServer.Answer(context, 403, "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"hop needs the token\"}]}");
                return;
            }
            context.Response.StatusCode = 307;
            context.Response.Headers["Location"] = $"{Storage.BaseUrl}/signed/{digest}?X-Amz-Signature=0123abcd";
            context.Response.ContentLength64 = 0;
            return;
        }
        var match = ApiPath.Match(path);
        if (!match.Success)
        {
            await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"no such path\"}]}");
            return;
        }
        var name = match.Groups["name"].Value;
        if (name.StartsWith("ratelimited/", StringComparison.Ordinal) || context.Request.Headers["X-Real-IP"] is not null)
        {
            await LoopbackHttpServer.Answer(context, 429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"rate limited\"}]}",
                headers: new Dictionary<string, string> { ["Retry-After"] = RetryAfter });
            return;
        }
        if (name.StartsWith("slow/", StringComparison.Ordinal)) await Task.Delay(SlowDelay);

        var scope = $"repository:{name}:pull";
        if (!TokenAllows(context.Request.Headers["Authorization"], scope, name.StartsWith("private/", StringComparison.Ordinal)))
        {
            await Unauthorized(context, scope);
            return;
        }
        if (name.StartsWith("missing/", StringComparison.Ordinal))
        {
            await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"unknown\"}]}");
            return;
        }
        var reference = match.Groups["ref"].Value;
        if (match.Groups["kind"].Value == "manifests")
        {
            if (reference != "latest" && reference != Image.ManifestDigest)
            {
                await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"unknown tag\"}]}");
                return;
            }
            await LoopbackHttpServer.Answer(context, 200, Image.Manifest, TestImage.ManifestMediaType, new Dictionary<string, string>
            {
                ["Docker-Content-Digest"] = Image.ManifestDigest,
                ["ETag"] = "\"" + Image.ManifestDigest + "\"",
            });
            return;
        }
        if (!Image.Blobs.ContainsKey(reference))
        {
            await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"BLOB_UNKNOWN\",\"message\":\"unknown blob\"}]}");
            return;
        }
        var twoHops = name.StartsWith("hops/", StringComparison.Ordinal);
        context.Response.StatusCode = twoHops ? 302 : 307;
        context.Response.Headers["Location"] = twoHops
            ? $"/hop/{reference}"
            : $"{Storage.BaseUrl}/signed/{reference}?X-Amz-Signature=0123abcd&X-Amz-Expires=300";
        context.Response.Headers["Docker-Content-Digest"] = reference;
        context.Response.ContentLength64 = 0;
    }

    private Task Unauthorized(HttpListenerContext context, string? scope) =>
        LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
            headers: new Dictionary<string, string> { ["WWW-Authenticate"] = Challenge(scope) });

    // Tokens are "fake.<user>.<base64 of the scopes>", so the registry can check them without state.
    private static bool TokenAllows(string? authorization, string scope, bool needsAlice)
    {
        if (authorization is null || !authorization.StartsWith("Bearer fake.", StringComparison.Ordinal)) return false;
        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3) return false;
        if (needsAlice && parts[1] != "alice") return false;
        var scopes = Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])).Split(' ');
        return scopes.Contains(scope);
    }

    private async Task ServeToken(HttpListenerContext context)
    {
        var query = context.Request.QueryString;
        var user = "anonymous";
        var authorization = context.Request.Headers["Authorization"];
        if (authorization is not null && authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]));
            if (credentials != "alice:wonderland")
            {
                await LoopbackHttpServer.Answer(context, 401, "{\"details\":\"incorrect username or password\"}");
                return;
            }
            user = "alice";
        }
        if (query["service"] != Service)
        {
            await LoopbackHttpServer.Answer(context, 400, "{\"details\":\"unknown service\"}");
            return;
        }
        var scopes = query.GetValues("scope") ?? Array.Empty<string>();
        var token = "fake." + user + "." + Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(" ", scopes)));
        await LoopbackHttpServer.Answer(context, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"issued_at\":\"2025-01-01T00:00:00Z\"}");
    }

    private async Task ServeStorage(HttpListenerContext context)
    {
        var request = context.Request;
        if (request.Headers["Authorization"] is not null)
        {
            await LoopbackHttpServer.Answer(context, 400,
                "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>", "application/xml");
            return;
        }
        var path = request.Url!.AbsolutePath;
        if (!path.StartsWith("/signed/", StringComparison.Ordinal) || request.QueryString["X-Amz-Signature"] is null
            || !Image.Blobs.TryGetValue(path["/signed/".Length..], out var blob))
        {
            await LoopbackHttpServer.Answer(context, 403, "<Error><Code>AccessDenied</Code></Error>", "application/xml");
            return;
        }
        await ServeBytes(context, blob);
    }

    /// <summary>Serves bytes with single-range support (<c>bytes=a-b</c>, <c>bytes=a-</c>) as a storage service does.</summary>
    public static Task ServeBytes(HttpListenerContext context, byte[] blob)
    {
        var headers = new Dictionary<string, string> { ["Accept-Ranges"] = "bytes", ["ETag"] = "\"storage-etag\"" };
        var range = context.Request.Headers["Range"];
        var m = range is null ? null : Regex.Match(range, @"^bytes=(\d+)-(\d*)$");
        if (m is { Success: true })
        {
            var start = long.Parse(m.Groups[1].Value);
            var end = m.Groups[2].Value.Length > 0 ? Math.Min(long.Parse(m.Groups[2].Value), blob.Length - 1) : blob.Length - 1;
            if (start < blob.Length && start <= end)
            {
                headers["Content-Range"] = $"bytes {start}-{end}/{blob.Length}";
                return LoopbackHttpServer.Answer(context, 206, blob[(int)start..((int)end + 1)], "application/octet-stream", headers);
            }
        }
        return LoopbackHttpServer.Answer(context, 200, blob, "application/octet-stream", headers);
    }

    public void Dispose()
    {
        Registry.Dispose();
        Auth.Dispose();
        Storage.Dispose();
    }
}
