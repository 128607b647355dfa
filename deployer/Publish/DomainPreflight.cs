using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;

namespace EdgeMirror.Deployer.Publish;

/// <summary>Checks a hostname through the Cloudflare API before wrangler binds it: non-interactive wrangler
/// silently moves a hostname away from another Worker and replaces existing DNS records.</summary>
public sealed class DomainPreflight(CloudflareApi api)
{
    public async Task<DomainCheck> CheckAsync(string hostname, CancellationToken cancellation)
    {
        var zone = await FindZoneAsync(hostname, cancellation);
        var bindings = await api.ListAsync<WorkerDomain>(
            $"accounts/{api.AccountId}/workers/domains?hostname={Uri.EscapeDataString(hostname)}", cancellation);
        var binding = bindings.FirstOrDefault(d => string.Equals(d.Hostname, hostname, StringComparison.OrdinalIgnoreCase));

        // Once a hostname is a Worker's custom domain, its DNS record belongs to that binding.
        IReadOnlyList<DnsRecord> conflicts = [];
        if (binding is null)
            conflicts = (await api.ListAsync<DnsRecord>($"zones/{zone.Id}/dns_records?name={Uri.EscapeDataString(hostname)}", cancellation))
                .Where(r => string.Equals(r.Name, hostname, StringComparison.OrdinalIgnoreCase))
                .ToArray();
        return new DomainCheck(hostname, zone, binding, conflicts);
    }

    /// <summary>The zone that holds the hostname: the longest suffix that is a zone on this account.</summary>
    private async Task<Zone> FindZoneAsync(string hostname, CancellationToken cancellation)
    {
        var labels = hostname.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            var candidate = string.Join('.', labels[i..]);
            var zones = await api.ListAsync<Zone>(
                $"zones?name={Uri.EscapeDataString(candidate)}&account.id={Uri.EscapeDataString(api.AccountId)}", cancellation);
            if (zones.FirstOrDefault(z => string.Equals(z.Name, candidate, StringComparison.OrdinalIgnoreCase)) is { } zone)
                return zone;
        }
        throw new DeployerException(ExitCode.Configuration,
            $"No zone on Cloudflare account {api.AccountId} contains {hostname}.",
            $"Add the domain to this account first (dash.cloudflare.com → Add a domain), or choose a hostname under a zone " +
            "this account already has; if the zone is on another account, set CLOUDFLARE_ACCOUNT_ID to that account.");
    }
}
