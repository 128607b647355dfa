using System.Net;
using System.Text;

namespace EdgeMirror.TestSupport.Http;

/// <summary>A small HTTP server on 127.0.0.1 for the fakes the test suites stand up (System.Net.HttpListener;
/// Kestrel is not available here). Each request runs <c>handler</c> on its own task; the server closes the
/// response afterwards, so a handler only sets status, headers and body.</summary>
public sealed class LoopbackHttpServer : IDisposable, IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public LoopbackHttpServer(Func<HttpListenerContext, Task> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort.Next();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between FreePort and Start; try another.
            }
        }
        _acceptLoop = Task.Run(AcceptLoop);
    }

    /// <summary>For handlers that answer synchronously.</summary>
    public LoopbackHttpServer(Action<HttpListenerContext> handler)
        : this(context => { handler(context); return Task.CompletedTask; })
    {
    }

    public int Port { get; }
    public string Host => $"127.0.0.1:{Port}";
    public string BaseUrl => $"http://{Host}";

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            catch (HttpListenerException) { continue; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        try
        {
            await _handler(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away mid-answer (a cancelled download); nothing to do.
        }
        catch (Exception e)
        {
            // A fault in the fake itself: say so to the client rather than answer an empty 200.
            try
            {
                context.Response.StatusCode = 500;
                await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(e.ToString()));
            }
            catch (Exception) { }
        }
        finally
        {
            try { context.Response.Close(); } catch (Exception) { }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); _listener.Close(); } catch (ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _acceptLoop;
    }

    /// <summary>Writes a whole answer; for HEAD only the headers (with the Content-Length of the body).</summary>
    public static async Task Answer(HttpListenerContext context, int status, byte[] body, string? contentType = null,
        IDictionary<string, string>? headers = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (contentType is not null) response.ContentType = contentType;
        if (headers is not null)
            foreach (var (k, v) in headers) response.Headers[k] = v;
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod != "HEAD" && body.Length > 0)
            await response.OutputStream.WriteAsync(body);
    }

    public static Task Answer(HttpListenerContext context, int status, string body, string contentType = "application/json",
        IDictionary<string, string>? headers = null) =>
        Answer(context, status, Encoding.UTF8.GetBytes(body), contentType, headers);
}
