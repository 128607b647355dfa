using System.Collections.Concurrent;
using System.Net;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>One request a test server received.</summary>
public sealed record RecordedRequest(string Server, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}

/// <summary>A small HTTP server on 127.0.0.1 (System.Net.HttpListener; Kestrel is not available here)
/// that records every request into a shared log and answers through a handler.</summary>
public sealed class TestHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, Task> _handler;
    private readonly ConcurrentQueue<RecordedRequest> _log;
    private readonly CancellationTokenSource _stop = new();

    public TestHttpServer(string name, ConcurrentQueue<RecordedRequest> log, Func<HttpListenerContext, Task> handler)
    {
        Name = name;
        _log = log;
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            Port = EdgeMirror.TestSupport.FreePort.Next();
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
        _ = Task.Run(AcceptLoop);
    }

    public string Name { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

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
        var request = context.Request;
        var headers = new Dictionary<string, string>();
        foreach (string? key in request.Headers.Keys)
            if (key is not null) headers[key.ToLowerInvariant()] = request.Headers[key] ?? "";
        _log.Enqueue(new RecordedRequest(Name, request.HttpMethod, request.Url!.PathAndQuery, headers));
        try
        {
            await _handler(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away mid-answer (a cancelled download); nothing to do.
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
        Answer(context, status, System.Text.Encoding.UTF8.GetBytes(body), contentType, headers);
}
