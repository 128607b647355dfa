namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// known-failures.txt: programs the compiler does not get right yet, one per line as
/// "Name  # why". A listed program must still fail — once it passes, its test fails and asks for the line
/// to be removed — so the list can only shrink and never hides a regression in another program.
/// DIFFTEST_STRICT=1 ignores the list (every difference fails).
/// </summary>
public static class KnownFailures
{
    public static string FilePath { get; } = Path.Combine(ProgramCatalog.Directory, "..", "known-failures.txt");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Entries = new(Load);

    public static bool IsStrict => Environment.GetEnvironmentVariable("DIFFTEST_STRICT") is "1" or "true";

    /// <summary>The recorded reason, or null when the program is expected to pass.</summary>
    public static string? ReasonFor(string program) =>
        !IsStrict && Entries.Value.TryGetValue(program, out var reason) ? reason : null;

    private static IReadOnlyDictionary<string, string> Load() =>
        File.Exists(FilePath) ? Parse(File.ReadLines(FilePath)) : new Dictionary<string, string>();

    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var hash = line.IndexOf('#');
            var name = (hash < 0 ? line : line[..hash]).Trim();
            entries[name] = hash < 0 ? "(no reason given)" : line[(hash + 1)..].Trim();
        }
        return entries;
    }
}
