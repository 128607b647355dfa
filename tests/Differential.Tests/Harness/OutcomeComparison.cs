using System.Text;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>Compares what a program showed on .NET with what its compiled JS showed on node.</summary>
public static class OutcomeComparison
{
    /// <summary>Null when they agree; otherwise every disagreement, readable in a test log.</summary>
    public static string? Problems(RunOutcome dotnet, RunOutcome js)
    {
        var problems = new StringBuilder();
        // The most telling fact first: a JS-side crash explains every other difference.
        if (js.ExitCode != dotnet.ExitCode && js.UnhandledLine is { } jsCrash && dotnet.UnhandledLine is null)
            problems.AppendLine("JS threw where .NET did not: " + jsCrash);
        if (js.ExitCode == -1 && js.OtherStderr.Length > 0)
            problems.AppendLine("JS did not run to the end: " + string.Join(" ", js.OtherStderr.Split('\n').Take(2)));
        if (OutputDiff.FirstDifference(dotnet.Stdout, js.Stdout) is { } stdoutDiff)
            problems.AppendLine(stdoutDiff);
        if (dotnet.UnhandledLine != js.UnhandledLine)
            problems.AppendLine($"unhandled exception differs:\n   .NET | {dotnet.UnhandledLine ?? "<none>"}\n   JS   | {js.UnhandledLine ?? "<none>"}");
        if (dotnet.ExitCode != js.ExitCode)
            problems.AppendLine($"exit code differs: .NET {dotnet.ExitCode}, JS {js.ExitCode}");
        if (problems.Length == 0)
            return null;
        if (js.OtherStderr.Length > 0)
            problems.AppendLine("JS stderr:\n" + Indent(js.OtherStderr));
        return problems.ToString().TrimEnd();
    }

    private static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Take(40).Select(line => "   " + line));
}
