using EdgeMirror.TestSupport;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// The programs under Programs/, read from the source tree so that editing one needs no rebuild.
/// DIFFTEST_ONLY (comma-separated name prefixes, e.g. "Strings_,Linq_Where") narrows the list.
/// </summary>
public static class ProgramCatalog
{
    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "Differential.Tests", "Programs");

    public static IReadOnlyList<string> Names()
    {
        var only = Environment.GetEnvironmentVariable("DIFFTEST_ONLY")?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return System.IO.Directory.GetFiles(Directory, "*.cs")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => only.Length == 0 || only.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string PathOf(string name) => Path.Combine(Directory, name + ".cs");
}
