using System.Diagnostics;

namespace EdgeMirror.Bench.Compiler;

/// <summary>Timing helpers: the median of several runs, and child processes timed from the outside.</summary>
public static class Measure
{
    public static double MedianMs(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return Median(times);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Runs a process to completion; throws with its output when it fails.</summary>
    public static (string StdOut, string StdErr, double WallMs) Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return (stdout.Result, stderr.Result, wall);
    }

    /// <summary>The "elapsed-ms: N" line a timed child prints last on stderr.</summary>
    public static double ReportedMs(string stderr) =>
        double.Parse(stderr.Split('\n').Last(l => l.StartsWith("elapsed-ms: ", StringComparison.Ordinal))["elapsed-ms: ".Length..],
            System.Globalization.CultureInfo.InvariantCulture);
}
