using System.Net;
using System.Text;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>
/// Serves html/index.html filled in the way the Worker fills it, with a config chosen by the test.
/// Used only for configurations the test Worker does not run with (password, host labels,
/// plain HTTP vs HTTPS wording); everything else is tested against the real Worker.
/// </summary>
public sealed class TemplateServer : ISite, IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;
    private Func<string, MirrorConfig> _config;

    public TemplateServer(Func<string, MirrorConfig> config)
    {
        _config = config;
        _server = new LoopbackHttpServer(Route);
    }

    public int Port => _server.Port;
    public string Host => _server.Host;
    public string Origin => _server.BaseUrl;

    /// <summary>Changes the config for the following requests (host → config).</summary>
    public void Use(Func<string, MirrorConfig> config) => _config = config;

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

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
