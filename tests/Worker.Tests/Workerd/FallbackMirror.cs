using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>Another Docker Hub mirror, for the 429 fallback: anonymous, serves the test image under any
/// name (or, when <c>refuses</c>, answers 429 to everything; <c>*/everywhere/*</c> is refused by every fallback).</summary>
public sealed class FallbackMirror : IDisposable
{
    private static readonly Regex ApiPath = new(@"^/v2/(?<name>.+)/(?<kind>manifests|blobs)/(?<ref>[^/]+)$");
    /// <summary>The anonymous token this mirror's own /token hands out; <c>*/authed/*</c> paths need it.</summary>
    public const string Token = "fallback-anonymous-token";

    private readonly TestImage _image;
    private readonly bool _refuses;

    public FallbackMirror(string name, TestImage image, bool refuses, ConcurrentQueue<RecordedRequest> log)
    {
        _image = image;
        _refuses = refuses;
        Server = new TestHttpServer(name, log, Serve);
    }

    public TestHttpServer Server { get; }

    private async Task Serve(HttpListenerContext context)
    {
        if (_refuses || context.Request.Url!.AbsolutePath.Contains("/everywhere/", StringComparison.Ordinal))
        {
            await LoopbackHttpServer.Answer(context, 429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"also limited\"}]}",
                headers: new Dictionary<string, string> { ["Retry-After"] = "7" });
            return;
        }
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/token")
        {
            await LoopbackHttpServer.Answer(context, 200, "{\"token\":\"" + Token + "\"}");
            return;
        }
        if (path.Contains("/authed/", StringComparison.Ordinal) && context.Request.Headers["Authorization"] != "Bearer " + Token)
        {
            await LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"token needed\"}]}",
                headers: new Dictionary<string, string>
                {
                    ["WWW-Authenticate"] = $"Bearer realm=\"{Server.BaseUrl}/token\",service=\"fallback\",scope=\"repository:x:pull\"",
                });
            return;
        }
        var match = ApiPath.Match(path);
        if (match.Success && match.Groups["kind"].Value == "manifests")
        {
            await LoopbackHttpServer.Answer(context, 200, _image.Manifest, TestImage.ManifestMediaType,
                new Dictionary<string, string> { ["Docker-Content-Digest"] = _image.ManifestDigest, ["X-Served-By"] = "fallback" });
            return;
        }
        if (match.Success && _image.Blobs.TryGetValue(match.Groups["ref"].Value, out var blob))
        {
            await FakeHub.ServeBytes(context, blob);
            return;
        }
        await LoopbackHttpServer.Answer(context, 404, "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"unknown\"}]}");
    }

    public void Dispose() => Server.Dispose();
}
