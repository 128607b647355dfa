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

    public static FrozenDictionary<string, string> Types { get; } =
        Areas.SelectMany(a => a.Types).ToFrozenDictionary(t => t.Id, t => t.RuntimeName, StringComparer.Ordinal);
}
