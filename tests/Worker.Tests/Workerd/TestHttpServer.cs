using System.Collections.Concurrent;
using System.Net;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>One request a test server received.</summary>
public sealed record RecordedRequest(string Server, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    public static RecordedRequest Of(string server, HttpListenerRequest request)
    {
        var headers = new Dictionary<string, string>();
        foreach (string? key in request.Headers.Keys)
            if (key is not null) headers[key.ToLowerInvariant()] = request.Headers[key] ?? "";
        return new RecordedRequest(server, request.HttpMethod, request.Url!.PathAndQuery, headers);
    }
}

/// <summary>A <see cref="LoopbackHttpServer"/> that records every request into a log shared by the servers of
/// one fixture (so a test can see the order in which the Worker went to each) before the handler answers.</summary>
public sealed class TestHttpServer : IDisposable
{
    private readonly LoopbackHttpServer _server;

    public TestHttpServer(string name, ConcurrentQueue<RecordedRequest> log, Func<HttpListenerContext, Task> handler)
    {
        Name = name;
        _server = new LoopbackHttpServer(context =>
        {
            log.Enqueue(RecordedRequest.Of(name, context.Request));
            return handler(context);
        });
    }

    public string Name { get; }
    public int Port => _server.Port;
    public string BaseUrl => _server.BaseUrl;

    public void Dispose() => _server.Dispose();
}
