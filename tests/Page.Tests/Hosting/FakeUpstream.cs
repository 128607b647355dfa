using System.Net;
using System.Text;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The least a registry upstream does for the page's live check: /v2/ asks for a token
/// (401 with a Bearer realm) and /token hands out an anonymous one.</summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeUpstream()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            Answer(context);
        }
    }

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
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (ObjectDisposedException) { }
    }
}
