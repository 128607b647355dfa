using System.Collections.Frozen;

namespace EdgeMirror.Compiler.Bcl;

/// <summary>The whole BCL mapping, gathered once from every <see cref="IBclArea"/>.</summary>
public static class BclTable
{
    private static readonly IBclArea[] Areas = typeof(IBclArea).Assembly.GetTypes()
        .Where(t => typeof(IBclArea).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IBclArea)Activator.CreateInstance(t)!)
        .ToArray();

    public static FrozenDictionary<string, string> Members { get; } =
        Areas.SelectMany(a => a.Members).ToFrozenDictionary(m => m.Id, m => m.Template, StringComparer.Ordinal);

    /// <summary>"M:Type.Name" of every method the table maps at least one overload of: a runtime class's
    /// other overloads of that name are not implemented under the C# name, so they must not fall back to it.</summary>
    public static FrozenSet<string> MappedMethodNames { get; } =
        Members.Keys.Where(k => k.StartsWith("M:", StringComparison.Ordinal)).Select(MethodNameOf).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A method's documentation id without its parameter list and generic arity.</summary>
    public static string MethodNameOf(string docId)
    {
        var paren = docId.IndexOf('(');
        var name = paren < 0 ? docId : docId[..paren];
        var arity = name.IndexOf("``", StringComparison.Ordinal);
        return arity < 0 ? name : name[..arity];
    }

    public static FrozenDictionary<string, string> Types { get; } =
        Areas.SelectMany(a => a.Types).ToFrozenDictionary(t => t.Id, t => t.RuntimeName, StringComparer.Ordinal);
}
