namespace EdgeMirror.Worker.Edge.Logging;

/// <summary>What one request's steps measured, for its log line. Belongs to that request only
/// (it hangs off <see cref="MirrorRequest"/>), never to the module.</summary>
public sealed class RequestMetrics
{
    public RequestMetrics(double startedMs) => StartedMs = startedMs;

    public double StartedMs { get; }

    /// <summary>Time spent waiting for upstream answers (headers), summed over every upstream call.</summary>
    public double UpstreamMs { get; set; }

    /// <summary>A short name for what went wrong upstream (<c>timeout</c>, <c>unreachable</c>, …), or null.</summary>
    public string? Fault { get; set; }
}
