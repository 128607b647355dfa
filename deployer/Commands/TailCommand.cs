using CliWrap;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`tail`: the live Worker's logs (wrangler tail) until Ctrl+C. Log lines go to stdout as wrangler
/// writes them; with --json they are wrangler's own JSON events.</summary>
public sealed class TailCommand : DeployerCommand<TailSettings>
{
    protected override async Task<ExitCode> RunAsync(TailSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var project = WorkerProject.Locate();
        var config = project.Config;
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        var arguments = new List<string> { "tail", project.Worker, "--format", settings.Json ? "json" : settings.Format };
        foreach (var status in settings.Status) arguments.AddRange(["--status", status]);
        if (settings.Search is { } search) arguments.AddRange(["--search", search]);

        reporter.Info($"Tailing {config.Name} (Ctrl+C stops)…");
        var stdout = Console.OpenStandardOutput();
        var running = wrangler.Command(arguments)
            .WithStandardOutputPipe(PipeTarget.ToStream(stdout, autoFlush: true))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => reporter.Detail(Wrangler.StripAnsi(line))))
            .ExecuteAsync(CancellationToken.None);
        try
        {
            var finished = await Task.WhenAny(running.Task, Task.Delay(Timeout.Infinite, cancellation));
            if (finished == running.Task && running.Task.Result.ExitCode != 0)
                throw new DeployerException(ExitCode.Failed, $"wrangler tail exited with {running.Task.Result.ExitCode}.",
                    "Read wrangler's message above; tail needs credentials (`doctor`) and a published Worker (`publish`).");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            await Wrangler.StopAsync(running);
        }
        return ExitCode.Success;
    }
}
