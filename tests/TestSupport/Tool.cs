using System.Diagnostics;

namespace EdgeMirror.TestSupport;

/// <summary>Runs a command-line tool to completion and returns its output; a non-zero exit is an exception
/// carrying everything it printed.</summary>
public static class Tool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static async Task<Result> Run(string file, IEnumerable<string> args, TimeSpan timeout, bool check = true)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} took longer than {timeout}:\n{await stderr}");
        }
        var result = new Result(process.ExitCode, await stdout, await stderr);
        if (check && result.ExitCode != 0)
            throw new InvalidOperationException(
                $"{file} {string.Join(' ', start.ArgumentList)} exited with {result.ExitCode}:\n{result.StdOut}\n{result.StdErr}");
        return result;
    }

    /// <summary>skopeo with the flags every test needs: no signature policy, plain HTTP to 127.0.0.1.</summary>
    public static Task<Result> Skopeo(params string[] args) =>
        Run("/usr/bin/skopeo", new[] { "--insecure-policy" }.Concat(args), TimeSpan.FromMinutes(3));
}
