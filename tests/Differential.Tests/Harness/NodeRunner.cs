using System.Diagnostics;
using System.Text;
using System.Text.Json;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// One long-lived node 22 process (runner.mjs) that imports compiled modules one at a time and answers
/// what each printed. A program that hangs or kills node costs one restart, not the rest of the suite.
/// </summary>
public sealed class NodeRunner : IDisposable
{
    // Read from the source tree, like the programs: editing the runner needs no rebuild.
    private static readonly string RunnerScript = Path.Combine(RepoPaths.Root, "tests", "Differential.Tests", "Harness", "runner.mjs");

    private readonly object gate = new();
    private Process? node;
    private StringBuilder nodeStderr = new();

    public int Starts { get; private set; }

    /// <summary>Runs one module; on a hang, a crash or a module that fails to load, says so in OtherStderr.</summary>
    public RunOutcome Run(string modulePath, TimeSpan timeout)
    {
        lock (gate)
        {
            var process = EnsureStarted();
            process.StandardInput.WriteLine(JsonSerializer.Serialize(new { path = modulePath }));
            process.StandardInput.Flush();

            var answer = process.StandardOutput.ReadLineAsync();
            if (!answer.Wait(timeout))
            {
                Stop();
                return new RunOutcome("", null, -1, $"node did not finish {Path.GetFileName(modulePath)} within {timeout.TotalSeconds:0} s (runner restarted)");
            }
            if (answer.Result is not { } json)
            {
                var why = NodeStderr();
                Stop();
                return new RunOutcome("", null, -1, $"node died while running {Path.GetFileName(modulePath)}:\n{why}");
            }
            var outcome = Parse(json);
            return outcome.OtherStderr.Contains("SyntaxError") ? outcome with { OtherStderr = outcome.OtherStderr + "\n" + SyntaxCheck(modulePath) } : outcome;
        }
    }

    /// <summary>
    /// A SyntaxError raised by import() carries no line; `node --check` prints the offending line and a caret,
    /// which is what the printer's author needs to see.
    /// </summary>
    private static string SyntaxCheck(string modulePath)
    {
        var start = new ProcessStartInfo(RepoPaths.Node) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add(modulePath);
        using var check = Process.Start(start)!;
        var report = check.StandardError.ReadToEnd();
        check.WaitForExit(10_000);
        return "node --check says:\n" + string.Join('\n', report.Split('\n').Take(8));
    }

    private static RunOutcome Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var stdout = root.GetProperty("stdout").GetString() ?? "";
        var stderr = root.GetProperty("stderr").GetString() ?? "";
        var exitCode = root.GetProperty("exitCode").ValueKind == JsonValueKind.Number ? root.GetProperty("exitCode").GetInt32() : -1;
        if (root.GetProperty("loadError").GetString() is { } loadError)
            return new RunOutcome(stdout, null, -1, $"the module failed to load or threw at top level:\n{loadError}\n{stderr}");
        return RunOutcome.FromNode(stdout, stderr, exitCode);
    }

    private Process EnsureStarted()
    {
        if (node is { HasExited: false })
            return node;
        Stop();
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(RunnerScript);
        var started = Process.Start(start) ?? throw new InvalidOperationException("could not start node at " + RepoPaths.Node);
        var stderr = new StringBuilder();
        started.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        started.BeginErrorReadLine();
        nodeStderr = stderr;
        node = started;
        Starts++;
        return started;
    }

    private string NodeStderr()
    {
        Thread.Sleep(100); // let the last stderr lines of a dying node arrive
        lock (nodeStderr) return nodeStderr.ToString();
    }

    private void Stop()
    {
        if (node is null) return;
        try
        {
            if (!node.HasExited) node.Kill(entireProcessTree: true);
            node.WaitForExit(5000);
        }
        catch (InvalidOperationException) { /* already gone */ }
        node.Dispose();
        node = null;
    }

    public void Dispose()
    {
        lock (gate) Stop();
    }
}
