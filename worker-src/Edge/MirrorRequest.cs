using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Edge.Logging;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>One incoming request with what every step needs to know about it. Lives exactly as long as
/// the request (nothing request-specific is kept in module globals).</summary>
public sealed record MirrorRequest(
    Request Raw,
    URL Url,
    string Method,
    // The host clients use for the mirror, with port: it goes into realms and the page.
    string Host,
    // "https" or "http", as the client connected (X-Forwarded-Proto when a proxy says so).
    string Scheme,
    MirrorSettings Settings,
    Env Env,
    WorkerContext Context)
{
    public bool IsHead => Method == "HEAD";

    /// <summary>Timings and faults for this request's log line (Logging/RequestLog).</summary>
    public RequestMetrics Metrics { get; } = new RequestMetrics(Timers.Now());
}
