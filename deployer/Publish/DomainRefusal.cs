using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;

namespace EdgeMirror.Deployer.Publish;

/// <summary>Turns a <see cref="DomainCheck"/> into a refusal (without --force) or a warning (with it).</summary>
public static class DomainRefusal
{
    public static void ThrowUnlessAllowed(DomainCheck check, string worker, bool force, Reporter reporter)
    {
        if (check.BoundToOtherWorker(worker))
        {
            var message = $"{check.Hostname} is already the custom domain of the Worker \"{check.Binding!.Service}\".";
            if (!force)
                throw new DeployerException(ExitCode.Conflict, message + " Publishing would move it to \"" + worker + "\".",
                    $"Pick another hostname, or remove it from \"{check.Binding.Service}\" first (dash → Workers → {check.Binding.Service} → " +
                    "Settings → Domains & Routes), or rerun with --force to move it.");
            reporter.Warn(message + " --force: moving it to \"" + worker + "\".");
        }
        if (check.ConflictingRecords.Count > 0)
        {
            var records = string.Join(", ", check.ConflictingRecords.Select(r => $"{r.Type} {r.Content}"));
            var message = $"{check.Hostname} already has DNS records in zone {check.Zone.Name} ({records}).";
            if (!force)
                throw new DeployerException(ExitCode.Conflict, message + " Binding the custom domain would replace them.",
                    $"Delete those records (dash → {check.Zone.Name} → DNS) if nothing needs them, or rerun with --force to replace them.");
            reporter.Warn(message + " --force: the custom domain replaces them.");
        }
    }
}
