using System.Text;
using CliWrap;
using EdgeMirror.Deployer.Build;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`dev`: the compiled Worker in workerd (through wrangler dev) on 127.0.0.1, until Ctrl+C/SIGTERM,
/// which stop wrangler and the workerd it started.</summary>
public sealed class DevCommand : DeployerCommand<DevSettings>
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    protected override async Task<ExitCode> RunAsync(DevSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Locate();
        if (LocalPorts.InUse(settings.Port))
            throw new DeployerException(ExitCode.Usage, $"Port {settings.Port} on 127.0.0.1 is already in use.",
                $"Stop whatever listens there, or pick another port: dev --port {settings.Port + 1}.");
        if (!settings.NoBuild) await new WorkerBuilder(layout, reporter).CompileAsync();
        else if (!File.Exists(layout.WorkerJs))
            throw new DeployerException(ExitCode.Configuration, "--no-build, but dist/worker.js does not exist.",
                "Run `dotnet run --project deployer -- build` first, or drop --no-build.");
        var wrangler = await Wrangler.PrepareAsync(layout, reporter, cancellation);

        var url = $"http://127.0.0.1:{settings.Port}";
        var arguments = new List<string>
        {
            "dev", "--ip", "127.0.0.1", "--port", settings.Port.ToString(),
            "--inspector-port", LocalPorts.Free().ToString(),
            "--show-interactive-dev-session=false",
            // The Worker sees the local origin, so the realm it writes points back at this dev server.
            "--infer-origin-from-routes=false",
        };
        foreach (var assignment in settings.Vars)
        {
            VarAssignment.TryParse(assignment, out var parsed);
            arguments.AddRange(["--var", $"{parsed!.Key}:{parsed.Value}"]);
        }

        var log = new StringBuilder();
        void Forward(string line)
        {
            lock (log) log.AppendLine(line);
            reporter.Detail(Wrangler.StripAnsi(line));
        }
        var running = wrangler.Command(arguments, new Dictionary<string, string?> { ["FORCE_COLOR"] = "0" })
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Forward))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Forward))
            .ExecuteAsync(CancellationToken.None);
        try
        {
            var ready = await WaitUntilAnsweringAsync(url, running.Task, cancellation);
            if (!ready)
            {
                string output;
                lock (log) output = log.ToString();
                throw new DeployerException(ExitCode.Failed,
                    $"wrangler dev did not start answering on {url}: {Wrangler.StripAnsi(output).Trim()}",
                    "Read wrangler's output above; `dotnet run --project deployer -- doctor` checks node, wrangler and wrangler.toml.");
            }
            reporter.Success($"EdgeMirror is running at {url} (workerd; Ctrl+C stops it)");
            reporter.Result(new { url, port = settings.Port });

            var stopped = await Task.WhenAny(running.Task, Task.Delay(Timeout.Infinite, cancellation));
            if (stopped == running.Task)
                throw new DeployerException(ExitCode.Failed, $"wrangler dev exited on its own (exit {running.Task.Result.ExitCode}).",
                    "Read wrangler's output above, fix the cause, then run dev again.");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C / SIGTERM is how dev is meant to end: fall through to the clean stop.
        }
        finally
        {
            await Wrangler.StopAsync(running);
        }
        reporter.Info("Stopped (wrangler and workerd).");
        return ExitCode.Success;
    }

    /// <summary>Polls GET /v2/ until any HTTP answer comes back (the Worker, not wrangler's proxy alone).</summary>
    private static async Task<bool> WaitUntilAnsweringAsync(string url, Task exited, CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (DateTime.UtcNow < deadline && !exited.IsCompleted)
        {
            try
            {
                using var response = await http.GetAsync(url + "/v2/", cancellation);
                // wrangler answers 503 while workerd is still starting.
                if ((int)response.StatusCode != 503) return true;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested) { }
            await Task.Delay(300, cancellation);
        }
        return false;
    }
}
