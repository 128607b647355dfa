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
    public static OciError? Screen(Request raw, AccessSettings access)
    {
        ReportProblems(access);
        var headerBytes = 0;
        var entries = HeaderEntries.Of(raw.Headers);
        foreach (var entry in entries) headerBytes += entry[0].Length + 4 + entry[1].Length;
        var tooLarge = RequestLimits.Check(raw.Url.Length, headerBytes, entries.Length);
        if (tooLarge != null) return tooLarge;
        if (access.BlockedAgents.Blocks(raw.Headers.Get("user-agent")))
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
