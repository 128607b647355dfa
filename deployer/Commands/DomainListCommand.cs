using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Output;
using Spectre.Console;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`domain list`: the Worker's custom domains on Cloudflare, next to those wrangler.toml names.</summary>
public sealed class DomainListCommand : DeployerCommand<GlobalSettings>
{
    protected override async Task<ExitCode> RunAsync(GlobalSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var project = WorkerProject.Locate();
        var (config, worker) = (project.Config, project.Worker);
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        using var api = await CredentialResolver.ConnectAsync(wrangler, cancellation);
        var live = await project.LiveDomainsAsync(api, cancellation);

        var hosts = live.Select(d => d.Hostname).Union(config.CustomDomains, StringComparer.OrdinalIgnoreCase).Order().ToArray();
        var table = new Table().AddColumns("Hostname", "Zone", "On Cloudflare", "In wrangler.toml");
        foreach (var host in hosts)
        {
            var bound = live.FirstOrDefault(d => string.Equals(d.Hostname, host, StringComparison.OrdinalIgnoreCase));
            table.AddRow(Markup.Escape(host), Markup.Escape(bound?.ZoneName ?? "-"), bound is null ? "[yellow]no[/]" : "yes",
                config.CustomDomains.Contains(host, StringComparer.OrdinalIgnoreCase) ? "yes" : "[yellow]no[/]");
        }
        if (hosts.Length == 0) reporter.Info($"{worker} has no custom domain. Add one: domain add HOST (or publish --domain HOST).");
        else reporter.Console.Write(table);
        reporter.Result(new
        {
            worker,
            domains = hosts.Select(h => new
            {
                hostname = h,
                zone = live.FirstOrDefault(d => d.Hostname == h)?.ZoneName,
                onCloudflare = live.Any(d => string.Equals(d.Hostname, h, StringComparison.OrdinalIgnoreCase)),
                inConfig = config.CustomDomains.Contains(h, StringComparer.OrdinalIgnoreCase),
            }),
        });
        return ExitCode.Success;
    }
}
