using System.Net;
using System.Text;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The least a registry upstream does for the page's live check: /v2/ asks for a token
/// (401 with a Bearer realm) and /token hands out an anonymous one.</summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;

    public FakeUpstream() => _server = new LoopbackHttpServer(Answer);

    public int Port => _server.Port;
    public string BaseUrl => _server.BaseUrl;

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        var authorized = (context.Request.Headers["Authorization"] ?? "").StartsWith("Bearer ", StringComparison.Ordinal);
        string body;
        if (path == "/token")
        {
            body = "{\"token\":\"page-test-token\",\"expires_in\":300}";
        }
        else if (path == "/v2/" && authorized)
        {
            body = "{}";
        }
        else if (path == "/v2/")
        {
            response.StatusCode = 401;
            response.AddHeader("WWW-Authenticate", $"Bearer realm=\"{BaseUrl}/token\",service=\"page-test\"");
            body = "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}";
        }
        else
        {
            response.StatusCode = 404;
            body = "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"no such repository\"}]}";
        }
        response.ContentType = "application/json";
        response.AddHeader("Docker-Distribution-API-Version", "registry/2.0");
        response.OutputStream.Write(Encoding.UTF8.GetBytes(body));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
