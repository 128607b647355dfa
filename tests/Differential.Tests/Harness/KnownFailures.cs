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

    /// <summary>DIFFTEST_RECORD=1: a failing program that is not listed gets a line (its test still fails this time).</summary>
    public static bool IsRecording => Environment.GetEnvironmentVariable("DIFFTEST_RECORD") is "1" or "true";

    public static void Record(string program, string problems)
    {
        var why = Summary(problems).Replace(ProgramCatalog.Directory + Path.DirectorySeparatorChar, "");
        File.AppendAllText(FilePath, $"{program}  # {(why.Length > 200 ? why[..200] + "…" : why)}\n");
    }

    /// <summary>One line that says what went wrong: the JS crash, the first compiler error, or the first differing line.</summary>
    public static string Summary(string problems)
    {
        var lines = problems.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var crash = lines.FirstOrDefault(l => l.StartsWith("JS threw", StringComparison.Ordinal) || l.StartsWith("JS did not run", StringComparison.Ordinal));
        if (crash is not null) return crash;
        var rejected = lines.FindIndex(l => l.StartsWith("cs2js", StringComparison.Ordinal));
        if (rejected >= 0) return lines.Skip(rejected + 1).FirstOrDefault() ?? lines[rejected];
        var dotnet = lines.FirstOrDefault(l => l.StartsWith(".NET |", StringComparison.Ordinal));
        var js = lines.FirstOrDefault(l => l.StartsWith("JS   |", StringComparison.Ordinal));
        return dotnet is not null && js is not null ? dotnet + "  " + js : lines.FirstOrDefault(l => !l.EndsWith("disagrees with .NET", StringComparison.Ordinal)) ?? "differs";
    }

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
