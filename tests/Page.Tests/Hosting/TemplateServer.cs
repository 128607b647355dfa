using System.Net;
using System.Text;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>
/// Serves html/index.html filled in the way the Worker fills it, with a config chosen by the test.
/// Used only for configurations the test Worker does not run with (password, host labels,
/// plain HTTP vs HTTPS wording); everything else is tested against the real Worker.
/// </summary>
public sealed class TemplateServer : ISite, IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private Func<string, MirrorConfig> _config;

    public TemplateServer(Func<string, MirrorConfig> config)
    {
        _config = config;
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Host => $"127.0.0.1:{Port}";
    public string Origin => $"http://{Host}";

    /// <summary>Changes the config for the following requests (host → config).</summary>
    public void Use(Func<string, MirrorConfig> config) => _config = config;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try { Route(context); }
        catch (Exception e)
        {
            response.StatusCode = 500;
            response.OutputStream.Write(Encoding.UTF8.GetBytes(e.ToString()));
        }
        response.Close();
    }

    private void Route(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        var host = context.Request.Headers["Host"] ?? Host;
        if (path is "/" or "/index.html")
        {
            var body = Encoding.UTF8.GetBytes(Template.Fill(Template.Read(), _config(host)));
            response.ContentType = "text/html; charset=utf-8";
            response.OutputStream.Write(body);
        }
        else if (path == "/v2/")
        {
            // What a registry says to an anonymous client: 401 with a token realm.
            response.StatusCode = 401;
            response.AddHeader("WWW-Authenticate", $"Bearer realm=\"http://{host}/token\",service=\"test\"");
            response.OutputStream.Write("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}"u8);
        }
        else
        {
            response.StatusCode = 404;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (ObjectDisposedException) { }
    }
}
