namespace EdgeMirror.Worker.Core.Access;

/// <summary>One entry of <c>ALLOWED_REPOSITORIES</c>: the registry it is for and a glob over repository
/// names in which <c>*</c> stands for any run of characters, slashes included (<c>myorg/*</c> admits
/// <c>myorg/team/app</c>). A pattern ending in <c>/</c> is a prefix; one without <c>*</c> an exact name.</summary>
public sealed record RepositoryPattern(string Registry, string Glob)
{
    public bool Matches(string registry, string repository)
    {
        if (registry != Registry) return false;
        var glob = Glob.EndsWith("/", StringComparison.Ordinal) ? Glob + "*" : Glob;
        return GlobMatch(glob, 0, repository.ToLowerInvariant(), 0);
    }

    // Iterative wildcard matching with one backtrack point: linear in practice, never exponential.
    private static bool GlobMatch(string glob, int g, string text, int t)
    {
        var starGlob = -1;
        var starText = 0;
        while (t < text.Length)
        {
            if (g < glob.Length && glob[g] == '*')
            {
                starGlob = g++;
                starText = t;
            }
            else if (g < glob.Length && glob[g] == text[t])
            {
                g++;
                t++;
            }
            else if (starGlob >= 0)
            {
                g = starGlob + 1;
                t = ++starText;
            }
            else return false;
        }
        while (g < glob.Length && glob[g] == '*') g++;
        return g == glob.Length;
    }
}
