using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>The checks every request passes before it is even routed: size limits and the user-agent
/// blocklist. Cheap, synchronous, and independent of what the request asks for.</summary>
public static class AccessGate
{
    // Set once per isolate so a configuration mistake is logged, not repeated on every request.
    private static bool _reportedProblems;

    /// <summary>The refusal to answer with, or null to go on.</summary>
    public static OciError? Screen(MirrorRequest request, int urlLength, AccessSettings access)
    {
        ReportProblems(access);
        // Sizes and the user agent from the headers read once for the whole request (Edge/ClientHeaders).
        var headers = request.ClientHeaders;
        var tooLarge = RequestLimits.Check(urlLength, headers.Bytes, headers.Count);
        if (tooLarge != null) return tooLarge;
        if (access.BlockedAgents.Blocks(headers.Get("user-agent")))
            return new OciError(403, "DENIED", "this client is not served by this mirror");
        return null;
    }

    private static void ReportProblems(AccessSettings access)
    {
        if (_reportedProblems || access.Problems.Count == 0) return;
        _reportedProblems = true;
        foreach (var problem in access.Problems)
            JsConsole.Warn("edgemirror: configuration: " + problem);
    }
}
