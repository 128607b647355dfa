using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`domain remove HOST`: detaches the custom domain (Cloudflare API; wrangler has no command for
/// it) and drops it from wrangler.toml so the next publish does not bring it back.</summary>
public sealed class DomainRemoveCommand : DeployerCommand<DomainSettings>
{
    protected override async Task<ExitCode> RunAsync(DomainSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var host = Hostname.Normalize(settings.Host);
        var project = WorkerProject.Locate();
        var (config, worker) = (project.Config, project.Worker);
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        using var api = await CredentialResolver.ConnectAsync(wrangler, cancellation);

        var bound = (await api.ListAsync<WorkerDomain>($"accounts/{api.AccountId}/workers/domains?hostname={Uri.EscapeDataString(host)}", cancellation))
            .FirstOrDefault(d => string.Equals(d.Hostname, host, StringComparison.OrdinalIgnoreCase));
        if (bound is not null && bound.Service != worker)
            throw new DeployerException(ExitCode.Conflict, $"{host} belongs to the Worker \"{bound.Service}\", not \"{worker}\".",
                $"Remove it from \"{bound.Service}\" in its own project or in the dashboard; this command only detaches {worker}'s domains.");
        if (bound is not null)
            await api.SendAsync<object>(HttpMethod.Delete, $"accounts/{api.AccountId}/workers/domains/{bound.Id}", null, cancellation);

        var wasConfigured = config.CustomDomains.Contains(host, StringComparer.OrdinalIgnoreCase);
        config.SetCustomDomains(config.CustomDomains.Where(h => !string.Equals(h, host, StringComparison.OrdinalIgnoreCase)));
        config.Save();
        if (bound is null && !wasConfigured)
            reporter.Warn($"{host} was neither bound to {worker} nor in wrangler.toml; nothing to remove.");
        else
            reporter.Success($"{host} no longer serves {worker}.");
        reporter.Result(new { worker, hostname = host, detached = bound is not null, removedFromConfig = wasConfigured });
        return ExitCode.Success;
    }
}
