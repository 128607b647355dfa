namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// What one run of a program showed the world: its stdout, the "Unhandled exception. T: message"
/// line if an exception escaped Main (null otherwise), its exit code, and any other stderr text.
/// </summary>
public sealed record RunOutcome(string Stdout, string? UnhandledLine, int ExitCode, string OtherStderr)
{
    public const string UnhandledPrefix = "Unhandled exception.";

    public static RunOutcome ForEscapedException(string stdout, Exception escaped) =>
        new(stdout, $"{UnhandledPrefix} {escaped.GetType().FullName}: {escaped.Message}", 1, "");

    /// <summary>Splits node's stderr into the unhandled-exception line (the first one) and the rest.</summary>
    public static RunOutcome FromNode(string stdout, string stderr, int exitCode)
    {
        var lines = stderr.Split('\n');
        var unhandled = lines.FirstOrDefault(l => l.StartsWith(UnhandledPrefix, StringComparison.Ordinal));
        var rest = string.Join('\n', lines.Where(l => !ReferenceEquals(l, unhandled))).Trim();
        return new(stdout, unhandled?.TrimEnd('\r'), exitCode, rest);
    }
}
