using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`rollback [VERSION_ID]`: deploys an earlier version again (wrangler rollback, without prompts).</summary>
public sealed class RollbackCommand : DeployerCommand<RollbackSettings>
{
    protected override async Task<ExitCode> RunAsync(RollbackSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var project = WorkerProject.Locate();
        var config = project.Config;
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        var arguments = new List<string> { "rollback" };
        if (settings.VersionId is { } version) arguments.Add(version);
        arguments.AddRange(["--yes", "--message", settings.Message ?? "Rolled back with the EdgeMirror deployer"]);
        var result = await reporter.StepAsync($"Rolling back {config.Name}", () =>
            wrangler.RunCheckedAsync(arguments, "wrangler rollback",
                "List the versions with `status` and pass one: `rollback <VERSION_ID>`.", cancellation));
        foreach (var line in Wrangler.StripAnsi(result.StandardOutput).Split('\n').Where(l => l.Trim().Length > 0))
            reporter.Detail(line.TrimEnd());
        reporter.Success(settings.VersionId is null ? $"{config.Name} rolled back to its previous version."
            : $"{config.Name} rolled back to version {settings.VersionId}.");
        reporter.Result(new { worker = config.Name, versionId = settings.VersionId });
        return ExitCode.Success;
    }
}
