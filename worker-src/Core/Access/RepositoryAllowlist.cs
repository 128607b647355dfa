using System.Collections.Generic;

namespace EdgeMirror.Worker.Core.Access;

/// <summary><c>ALLOWED_REPOSITORIES</c>: when set, the only repositories the mirror serves. Entries are
/// comma- or newline-separated globs (<see cref="RepositoryPattern"/>); an entry whose first segment is a
/// host name (<c>ghcr.io/owner/*</c>) is for that registry, any other (<c>library/*</c>, <c>myorg/*</c>)
/// for Docker Hub, where a one-segment name means an official image (<c>nginx</c> = <c>library/nginx</c>).
/// Registries no entry names are closed. Unset or blank: everything is allowed.</summary>
public sealed class RepositoryAllowlist
{
    public const string DockerHub = "docker.io";

    private readonly List<RepositoryPattern> _patterns;

    private RepositoryAllowlist(List<RepositoryPattern> patterns) => _patterns = patterns;

    public bool IsRestricted => _patterns.Count > 0;

    public IReadOnlyList<RepositoryPattern> Patterns => _patterns;

    public static RepositoryAllowlist Parse(string? text)
    {
        var patterns = new List<RepositoryPattern>();
        if (text != null)
            foreach (var entry in AccessLists.Split(text))
                patterns.Add(ParseEntry(entry.ToLowerInvariant()));
        return new RepositoryAllowlist(patterns);
    }

    /// <param name="registry">The registry's name as the mirror knows it (<c>docker.io</c>, <c>ghcr.io</c>).</param>
    /// <param name="repository">The name the upstream knows (Docker Hub's with <c>library/</c>).</param>
    public bool Allows(string registry, string repository)
    {
        if (_patterns.Count == 0) return true;
        foreach (var pattern in _patterns)
            if (pattern.Matches(registry, repository)) return true;
        return false;
    }

    private static RepositoryPattern ParseEntry(string entry)
    {
        var glob = entry;
        while (glob.StartsWith("/", StringComparison.Ordinal)) glob = glob.Substring(1);
        var slash = glob.IndexOf('/');
        var first = slash < 0 ? glob : glob.Substring(0, slash);
        if (slash > 0 && (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost"))
        {
            var registry = first;
            glob = glob.Substring(slash + 1);
            if (registry != DockerHub) return new RepositoryPattern(registry, glob);
        }
        // Docker Hub: "nginx" is "library/nginx"; "*" (every official image) stays as written.
        if (glob.IndexOf('/') < 0 && glob.IndexOf('*') < 0) glob = "library/" + glob;
        return new RepositoryPattern(DockerHub, glob);
    }
}
