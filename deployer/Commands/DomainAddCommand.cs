using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Publish;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`domain add HOST`: checked like publish, written to wrangler.toml, applied with
/// `wrangler triggers deploy` (no new upload of the Worker).</summary>
public sealed class DomainAddCommand : DeployerCommand<DomainSettings>
{
    protected override async Task<ExitCode> RunAsync(DomainSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var host = Hostname.Normalize(settings.Host);
        var project = WorkerProject.Locate();
        var (config, worker) = (project.Config, project.Worker);
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        using var api = await CredentialResolver.ConnectAsync(wrangler, cancellation);

        var check = await reporter.StepAsync($"Checking {host} on the Cloudflare account",
            () => new DomainPreflight(api).CheckAsync(host, cancellation));
        DomainRefusal.ThrowUnlessAllowed(check, worker, settings.Force, reporter);

        config.SetCustomDomains(config.CustomDomains.Append(host));
        config.Save();
        await reporter.StepAsync($"Binding {host} to {worker} (wrangler triggers deploy)", () =>
            wrangler.RunCheckedAsync(["triggers", "deploy"], "wrangler triggers deploy",
                "The domain is recorded in wrangler.toml; fix the cause above and run `publish` (or `domain add` again).", cancellation));
        reporter.Success($"{host} now serves {worker}: https://{host}/");
        reporter.Result(new { worker, hostname = host, url = $"https://{host}/" });
        return ExitCode.Success;
    }
}
