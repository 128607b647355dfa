using System.Text;
using System.Text.RegularExpressions;

namespace EdgeMirror.Compiler.Pipeline;

/// <summary>MSBuild-style file globs (<c>**</c> any folders, <c>*</c> and <c>?</c> within a name),
/// relative to a base folder. Enough for &lt;Compile Include/Remove&gt; without loading MSBuild.</summary>
public sealed class Glob
{
    private readonly Regex _regex;

    private Glob(string root, Regex regex)
    {
        Root = root;
        _regex = regex;
    }

    /// <summary>The folder the pattern's wildcards start from (its literal prefix, made absolute).</summary>
    public string Root { get; }

    public static Glob Parse(string baseDirectory, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var literal = segments.TakeWhile(s => !HasWildcard(s)).ToList();
        // A pattern without wildcards names one file: its folder is the root.
        if (literal.Count == segments.Length && literal.Count > 0) literal.RemoveAt(literal.Count - 1);
        var rootPath = Path.IsPathRooted(pattern) ? "/" : baseDirectory;
        var root = Path.GetFullPath(Path.Combine([rootPath, .. literal]));
        var rest = segments.Skip(literal.Count).ToArray();
        return new Glob(root, new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant));
    }

    public bool IsMatch(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(fullPath)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && _regex.IsMatch(relative);
    }

    public IEnumerable<string> Files() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(IsMatch)
            : [];

    private static bool HasWildcard(string segment) => segment.IndexOfAny(['*', '?']) >= 0;

    private static string ToRegex(string[] segments)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] == "**")
            {
                // Zero or more whole folders; a trailing ** matches everything below.
                regex.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            foreach (var c in segments[i])
                regex.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            if (!last) regex.Append('/');
        }
        return regex.ToString();
    }
}
