using System.Diagnostics;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Compiler.Tests;

/// <summary>What a child process printed and how it ended.</summary>
public sealed record ProcessOutcome(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs node 22 and other tools as child processes.</summary>
public static class Processes
{
    public static ProcessOutcome Node(string scriptPath, string? workingDirectory = null) =>
        Run(RepoPaths.Node, [scriptPath], workingDirectory);

    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish");
        }
        process.WaitForExit();
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fresh folder under the system temp folder, deleted with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cs2js-tests-").FullName;

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
