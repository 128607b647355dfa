using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>A token-less registry whose repositories each fail one way (the first path segment picks it):
/// <c>hang/*</c> answers only after <see cref="HangFor"/>, <c>cut/*</c> sends half of its promised body and
/// drops the connection, <c>badauth/*</c> answers 401 with an unterminated challenge, <c>norealm/*</c> with a
/// Bearer challenge without realm, <c>badrealm/*</c> with an unparsable realm, <c>loop/*</c> redirects to itself forever, <c>xml/*</c> answers 403 in
/// XML as storage services do, <c>badredirect/*</c> redirects to an unparsable Location, <c>slow/*</c> sends its
/// headers at once and its body in pieces over <see cref="SlowBodyFor"/>. Anything else is a small manifest.</summary>
public sealed class FaultyRegistry : IDisposable
{
    public static readonly TimeSpan HangFor = TimeSpan.FromSeconds(13);
    public const int CutBodyLength = 200_000;
    public const int SlowBodyLength = 10 * 16_384;
    public static readonly TimeSpan SlowBodyFor = TimeSpan.FromMilliseconds(SecurityFixture.UpstreamTimeoutMs + 1500);

    private static readonly Regex ApiPath = new(@"^/v2/(?<fault>[a-z]+)/(?<rest>.+)/(?<kind>manifests|blobs)/(?<ref>[^/]+)$");

    public FaultyRegistry(ConcurrentQueue<RecordedRequest> log) => Server = new TestHttpServer("faulty", log, Serve);

    public TestHttpServer Server { get; }

    private async Task Serve(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/v2/")
        {
            await LoopbackHttpServer.Answer(context, 200, "{}");
            return;
        }
        var match = ApiPath.Match(path);
        switch (match.Success ? match.Groups["fault"].Value : "")
        {
            case "hang":
                await Task.Delay(HangFor);
                await LoopbackHttpServer.Answer(context, 200, "{}");
                return;
            case "cut":
            {
                var response = context.Response;
                response.StatusCode = 200;
                response.ContentType = "application/octet-stream";
                response.ContentLength64 = CutBodyLength;
                await response.OutputStream.WriteAsync(new byte[CutBodyLength / 2]);
                await response.OutputStream.FlushAsync();
                await Task.Delay(200);
                response.Abort();
                return;
            }
            case "slow":
            {
                var response = context.Response;
                response.StatusCode = 200;
                response.ContentType = "application/octet-stream";
                response.ContentLength64 = SlowBodyLength;
                var piece = new byte[SlowBodyLength / 10];
                for (var i = 0; i < 10; i++)
                {
                    Array.Fill(piece, (byte)i);
                    await response.OutputStream.WriteAsync(piece);
                    await response.OutputStream.FlushAsync();
                    await Task.Delay(SlowBodyFor / 10);
                }
                response.Close();
                return;
            }
            case "badauth":
                await LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"x\"}]}",
                    headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"http://127.0.0.1:1/token,service=x" });
                return;
            case "norealm":
                await LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"x\"}]}",
                    headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer service=\"faulty\",scope=\"repository:x:pull\"" });
                return;
            case "badrealm":
                await LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"x\"}]}",
                    headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"http://[::1\",service=\"faulty\"" });
                return;
            case "loop":
                context.Response.StatusCode = 302;
                context.Response.Headers["Location"] = path;
                context.Response.ContentLength64 = 0;
                return;
            case "badredirect":
                context.Response.StatusCode = 307;
                context.Response.Headers["Location"] = "http://[::1";
                context.Response.ContentLength64 = 0;
                return;
            case "xml":
                await LoopbackHttpServer.Answer(context, 403, "<Error><Code>AccessDenied</Code></Error>", "application/xml");
                return;
            default:
                await LoopbackHttpServer.Answer(context, 200, "{\"schemaVersion\":2,\"mediaType\":\"" + TestImage.ManifestMediaType + "\",\"layers\":[]}",
                    TestImage.ManifestMediaType);
                return;
        }
    }

    public void Dispose() => Server.Dispose();
}
