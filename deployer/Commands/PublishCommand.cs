using EdgeMirror.Deployer.Build;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Publish;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`publish`: checks the domain through the Cloudflare API, builds, records the domain in
/// wrangler.toml, runs `wrangler deploy`, then checks the live mirror answers as a registry should.</summary>
public sealed class PublishCommand : DeployerCommand<PublishSettings>
{
    protected override async Task<ExitCode> RunAsync(PublishSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var project = WorkerProject.Locate();
        var (layout, config) = (project.Layout, project.Config);
        var worker = config.Name ?? throw new DeployerException(ExitCode.Configuration, "wrangler.toml has no name.",
            "Add name = \"edgemirror\" (the Worker's name) at the top of wrangler.toml.");
        var domains = config.CustomDomains.ToList();
        var newDomain = settings.Domain is { } d ? Hostname.Normalize(d) : null;
        if (newDomain is not null && !domains.Contains(newDomain)) domains.Add(newDomain);
        if (domains.Count == 0 && !settings.WorkersDev)
            reporter.Warn("No custom domain in wrangler.toml and no --domain: the Worker will be uploaded but reachable nowhere. " +
                          "Pass --domain HOST (or --workers-dev).");

        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        using var api = await CredentialResolver.ConnectAsync(wrangler, cancellation);
        await CheckDomainsAsync(api, domains, worker, settings.Force, reporter, cancellation);

        if (!settings.NoBuild) await new WorkerBuilder(layout, reporter).CompileAsync();
        else if (!File.Exists(layout.WorkerJs))
            throw new DeployerException(ExitCode.Configuration, "--no-build, but dist/worker.js does not exist.",
                "Run `dotnet run --project deployer -- build` first, or drop --no-build.");

        config.SetCustomDomains(domains);
        config.SetWorkersDev(settings.WorkersDev);
        config.Save();

        var outputFile = Path.Combine(Path.GetTempPath(), $"edgemirror-deploy-{Guid.NewGuid():N}.ndjson");
        DeployOutput deployed;
        try
        {
            var run = await reporter.StepAsync($"Deploying {worker} (wrangler deploy)", () =>
                wrangler.RunCheckedAsync(["deploy"], "wrangler deploy",
                    "Read wrangler's message above; `dotnet run --project deployer -- doctor` checks credentials and wrangler.toml.",
                    cancellation, new Dictionary<string, string?> { ["WRANGLER_OUTPUT_FILE_PATH"] = outputFile }));
            // wrangler's own summary (upload size, bindings, targets) is worth seeing; keep it quiet-coloured.
            foreach (var line in Wrangler.StripAnsi(run.StandardOutput).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
                reporter.Detail("  " + line);
            deployed = DeployOutput.Read(outputFile);
        }
        finally
        {
            File.Delete(outputFile);
        }

        var urls = domains.Select(h => $"https://{h}/").ToList();
        reporter.Success($"Deployed {worker}, version {deployed.VersionId ?? "(unknown)"}");
        foreach (var url in urls) reporter.Info($"  {url}");

        var verified = new List<VerificationResult>();
        if (!settings.NoVerify)
            foreach (var host in domains)
            {
                var result = await reporter.StepAsync($"Checking https://{host}/v2/ answers 401 with realm on {host}",
                    () => new DeploymentVerifier().VerifyAsync(host, cancellation));
                reporter.Success($"https://{host}/v2/ → {result.Status}, realm {result.Realm}");
                verified.Add(result);
            }

        reporter.Result(new
        {
            worker,
            versionId = deployed.VersionId,
            urls,
            domains,
            workersDev = settings.WorkersDev,
            verified = settings.NoVerify ? (bool?)null : verified.All(v => v.Passed),
        });
        return ExitCode.Success;
    }

    private static async Task CheckDomainsAsync(CloudflareApi api, IEnumerable<string> domains, string worker, bool force,
        Reporter reporter, CancellationToken cancellation)
    {
        var preflight = new DomainPreflight(api);
        foreach (var host in domains)
        {
            var check = await reporter.StepAsync($"Checking {host} on the Cloudflare account", () => preflight.CheckAsync(host, cancellation));
            DomainRefusal.ThrowUnlessAllowed(check, worker, force, reporter);
        }
    }
}
