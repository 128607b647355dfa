using System.Collections.Generic;

namespace EdgeMirror.Worker.Core.Access;

/// <summary><c>BLOCKED_USER_AGENTS</c>: comma- or newline-separated substrings (the seed's
/// <c>$blocked_agent</c>); a request whose User-Agent contains any of them, ignoring case, is refused.</summary>
public sealed class UserAgentBlocklist
{
    private readonly List<string> _fragments;

    private UserAgentBlocklist(List<string> fragments) => _fragments = fragments;

    public int Count => _fragments.Count;

    public static UserAgentBlocklist Parse(string? text)
    {
        var fragments = new List<string>();
        if (text != null)
            foreach (var part in AccessLists.Split(text))
                fragments.Add(part.ToLowerInvariant());
        return new UserAgentBlocklist(fragments);
    }

    public bool Blocks(string? userAgent)
    {
        if (userAgent == null || _fragments.Count == 0) return false;
        var agent = userAgent.ToLowerInvariant();
        foreach (var fragment in _fragments)
            if (agent.IndexOf(fragment, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
