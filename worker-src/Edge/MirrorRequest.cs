using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Edge.Access;
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
    MirrorSettings Settings,
    Env Env,
    WorkerContext Context)
{
    private string? _scheme;
    private AccessSettings? _access;

    public bool IsHead => Method == "HEAD";

    /// <summary>The client's headers, read once (see <see cref="ClientHeaders"/>).</summary>
    public ClientHeaders ClientHeaders { get; } = new ClientHeaders(Raw.Headers);

    /// <summary>"https" or "http", as the client connected (X-Forwarded-Proto when a proxy says so). Worked out
    /// when first asked: only realms, pagination links and the page need it, not a relayed 200.</summary>
    public string Scheme => _scheme ??= SchemeOf(ClientHeaders, Url);

    /// <summary>The access settings of this request's environment (Access/AccessOf), looked up once: the gate,
    /// the authorize step and the upstream call each ask, and every lookup re-checks the vars it was parsed from.</summary>
    public AccessSettings Access => _access ??= AccessOf.Request(this);

    /// <summary>Timings and faults for this request's log line (Logging/RequestLog).</summary>
    public RequestMetrics Metrics { get; } = new RequestMetrics(Timers.Now());

    private static string SchemeOf(ClientHeaders headers, URL url)
    {
        var forwarded = headers.Get("x-forwarded-proto");
        if (forwarded == "https" || forwarded == "http") return forwarded;
        return url.Protocol == "http:" ? "http" : "https";
    }
}
