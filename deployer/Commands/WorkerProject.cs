using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>What the commands that act on the Worker start from: the checkout, its wrangler.toml and the
/// Worker it names; wrangler and the Worker's custom domains on Cloudflare when a command needs them.</summary>
public sealed record WorkerProject(ProjectLayout Layout, WranglerConfig Config)
{
    /// <summary>The Worker's name, "edgemirror" when wrangler.toml leaves it out.</summary>
    public string Worker => Config.Name ?? "edgemirror";

    /// <summary>The checkout around the current directory (or EDGEMIRROR_ROOT) and its wrangler.toml.</summary>
    public static WorkerProject Locate()
    {
        var layout = ProjectLayout.Locate();
        return new WorkerProject(layout, WranglerConfig.Load(layout.WranglerToml));
    }

    public Task<Wrangler> PrepareWranglerAsync(Reporter reporter, CancellationToken cancellation) =>
        Wrangler.PrepareAsync(Layout, reporter, cancellation);

    /// <summary>The custom domains Cloudflare has bound to this Worker.</summary>
    public async Task<WorkerDomain[]> LiveDomainsAsync(CloudflareApi api, CancellationToken cancellation) =>
        (await api.ListAsync<WorkerDomain>($"accounts/{api.AccountId}/workers/domains?service={Uri.EscapeDataString(Worker)}", cancellation))
            .Where(d => d.Service == Worker).ToArray();
}
