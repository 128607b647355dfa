using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

/// <summary>What every command shares: a reporter for its settings, failures turned into their message,
/// their next step and their exit code, and Ctrl+C/SIGTERM turned into exit code 130.</summary>
public abstract class DeployerCommand<TSettings> : AsyncCommand<TSettings> where TSettings : GlobalSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellation)
    {
        var reporter = Reporter.Create(settings.Json);
        try
        {
            return (int)await RunAsync(settings, reporter, cancellation);
        }
        catch (DeployerException error)
        {
            reporter.Failure(error);
            return (int)error.ExitCode;
        }
        catch (Cloudflare.CloudflareApiException error)
        {
            var failure = new DeployerException(ExitCode.Failed, error.Message,
                "Check the Cloudflare status page and the token's permissions (`doctor`), then run the command again.", error);
            reporter.Failure(failure);
            return (int)failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            reporter.Failure(new DeployerException(ExitCode.Interrupted, "Interrupted.",
                "Run the command again when you are ready; nothing it started is left running."));
            return (int)ExitCode.Interrupted;
        }
    }

    protected abstract Task<ExitCode> RunAsync(TSettings settings, Reporter reporter, CancellationToken cancellation);
}
