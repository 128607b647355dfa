using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EdgeMirror.Compiler.Linker;

/// <summary>Whether a runtime class (or object) can answer a BCL member by its C# name. The lowering calls
/// members of BCL types the table maps to a runtime class by name (<c>match.Groups</c>); a member the runtime
/// never wrote would be <c>undefined</c> in JavaScript, so such a use must be a CS2JS error instead. A member
/// counts as present when its name is a word of the class's declaration, of the classes it extends, or of the
/// module's statements that add to it (<c>$X.prototype.y = …</c>).</summary>
public static partial class RuntimeMembers
{
    private static readonly ConcurrentDictionary<(RuntimeLibrary, string), IReadOnlySet<string>> WordsByClass = new();

    [GeneratedRegex(@"\bextends\s+(\$[\w$]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Extends();

    public static bool Mentions(RuntimeLibrary library, string runtimeName, string member) =>
        WordsByClass.GetOrAdd((library, runtimeName), key => Collect(key.Item1, key.Item2)).Contains(member);

    private static IReadOnlySet<string> Collect(RuntimeLibrary library, string runtimeName)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([runtimeName]);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || library.ModuleDeclaring(name) is not { } module) continue;
            foreach (var chunk in library.ChunksOf(module))
            {
                var declares = chunk.Declares.Contains(name);
                if (!declares && !(chunk.Declares.Count == 0 && chunk.References.Contains(name))) continue;
                RuntimeLibrary.WordsOf(chunk.Text, words);
                if (declares)
                    foreach (Match m in Extends().Matches(chunk.Text)) pending.Enqueue(m.Groups[1].Value);
            }
        }
        return words;
    }
}
