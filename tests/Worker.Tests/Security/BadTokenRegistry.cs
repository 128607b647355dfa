using System.Collections.Concurrent;
using System.Net;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>A registry whose token service answers 200 with an HTML login page instead of a token
/// (what a captive portal or a misconfigured proxy does) — or, for repositories named <c>*/ratelimited</c>,
/// 429 with a Retry-After, as Docker Hub's token service does when it rate-limits.</summary>
public sealed class BadTokenRegistry : IDisposable
{
    public BadTokenRegistry(ConcurrentQueue<RecordedRequest> log) => Server = new TestHttpServer("badtoken", log, Serve);

    public const int RetryAfterSeconds = 42;

    public TestHttpServer Server { get; }

    private Task Serve(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (path == "/token" && (context.Request.QueryString["scope"] ?? "").Contains("/ratelimited:", StringComparison.Ordinal))
            return LoopbackHttpServer.Answer(context, 429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}",
                headers: new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds.ToString() });
        if (path == "/token")
            return LoopbackHttpServer.Answer(context, 200, "<html><body>Please log in</body></html>", "text/html");
        return LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"token needed\"}]}",
            headers: new Dictionary<string, string> { ["WWW-Authenticate"] = $"Bearer realm=\"{Server.BaseUrl}/token\",service=\"badtoken\"" });
    }

    public void Dispose() => Server.Dispose();
}
