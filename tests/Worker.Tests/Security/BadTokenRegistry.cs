using System.Collections.Concurrent;
using System.Net;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>A registry whose token service answers 200 with an HTML login page instead of a token
/// (what a captive portal or a misconfigured proxy does).</summary>
public sealed class BadTokenRegistry : IDisposable
{
    public BadTokenRegistry(ConcurrentQueue<RecordedRequest> log) => Server = new TestHttpServer("badtoken", log, Serve);

    public TestHttpServer Server { get; }

    private Task Serve(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/token")
            return LoopbackHttpServer.Answer(context, 200, "<html><body>Please log in</body></html>", "text/html");
        return LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"token needed\"}]}",
            headers: new Dictionary<string, string> { ["WWW-Authenticate"] = $"Bearer realm=\"{Server.BaseUrl}/token\",service=\"badtoken\"" });
    }

    public void Dispose() => Server.Dispose();
}
