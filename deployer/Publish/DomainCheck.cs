using EdgeMirror.Deployer.Cloudflare;

namespace EdgeMirror.Deployer.Publish;

/// <summary>What the Cloudflare account says about a hostname before we bind it.</summary>
public sealed record DomainCheck(string Hostname, Zone Zone, WorkerDomain? Binding, IReadOnlyList<DnsRecord> ConflictingRecords)
{
    public bool BoundToOtherWorker(string worker) =>
        Binding is { } binding && !string.Equals(binding.Service, worker, StringComparison.Ordinal);

    public bool BoundTo(string worker) => Binding is { } binding && string.Equals(binding.Service, worker, StringComparison.Ordinal);
}
