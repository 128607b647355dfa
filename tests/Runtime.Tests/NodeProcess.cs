using System.Diagnostics;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Runtime.Tests;

/// <summary>What node printed and how it ended.</summary>
public sealed record NodeOutcome(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs node 22 (the project-local one) on a script.</summary>
public static class NodeProcess
{
    public static string RuntimeDirectory => Path.Combine(RepoPaths.Root, "compiler", "Runtime");

    public static string JsDirectory => Path.Combine(RepoPaths.Root, "tests", "Runtime.Tests", "js");

    public static NodeOutcome Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = JsDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node " + string.Join(' ', arguments) + " did not finish");
        }
        process.WaitForExit();
        return new NodeOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
