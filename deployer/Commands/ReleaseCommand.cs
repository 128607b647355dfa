using EdgeMirror.Deployer.Build;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Release;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`release --repo OWNER/NAME --tag TAG`: a GitHub release carrying worker.js, its map and the
/// page, for people who paste the Worker into the Cloudflare dashboard instead of running publish.</summary>
public sealed class ReleaseCommand : DeployerCommand<ReleaseSettings>
{
    protected override async Task<ExitCode> RunAsync(ReleaseSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Locate();
        var publisher = ReleasePublisher.FromEnvironment();
        var builder = new WorkerBuilder(layout, reporter);
        if (!settings.NoBuild) await builder.CompileAsync();
        else if (!File.Exists(layout.WorkerJs))
            throw new DeployerException(ExitCode.Configuration, "--no-build, but dist/worker.js does not exist.",
                "Run `dotnet run --project deployer -- build` first, or drop --no-build.");

        // The release carries wrangler's bundle, not dist/worker.js: the bundle is what the dashboard runs
        // (imports resolved; the page beside it under the module name worker.js imports).
        var wrangler = await Wrangler.PrepareAsync(layout, reporter, cancellation);
        var bundle = await builder.CheckBundleAsync(wrangler, cancellation);
        var bundleDir = Path.GetDirectoryName(bundle.File)!;
        var assets = Directory.GetFiles(bundleDir)
            .Where(f => Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .Select(f => new ReleaseAsset(Path.GetFileName(f), f, ContentType(f)))
            .ToList();
        if (!assets.Any(a => a.Name.EndsWith(".html", StringComparison.Ordinal)))
            reporter.Warn("The Worker imports no page: the release carries worker.js and its map only.");

        var (owner, name) = (settings.Repo!.Split('/')[0], settings.Repo.Split('/')[1]);
        var tag = settings.Tag!;
        var notes = settings.Notes ?? DefaultNotes(tag, assets.Select(a => a.Name).Where(n => n.EndsWith(".html", StringComparison.Ordinal)));
        var release = await reporter.StepAsync($"Publishing release {tag} on {owner}/{name}", () =>
            publisher.PublishAsync(owner, name, tag, settings.Title ?? $"EdgeMirror {tag}", notes, assets));

        reporter.Success($"Release {tag}: {release.HtmlUrl}");
        foreach (var asset in release.Assets) reporter.Info($"  {asset.Name} ({asset.Size} bytes)");
        reporter.Result(new
        {
            repo = settings.Repo,
            tag,
            url = release.HtmlUrl,
            assets = release.Assets.Select(a => new { name = a.Name, size = a.Size, url = a.BrowserDownloadUrl }),
        });
        return ExitCode.Success;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".js" or ".mjs" => "application/javascript",
        ".map" => "application/json",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    private static string DefaultNotes(string tag, IEnumerable<string> pages)
    {
        var pageFiles = string.Join(", ", pages.Select(p => $"`{p}`"));
        return $"""
            EdgeMirror {tag}: a Docker Hub / OCI registry mirror that runs as a Cloudflare Worker.

            Without the .NET tools: in the Cloudflare dashboard create a Worker, open the code editor, replace its
            code with `worker.js`{(pageFiles.Length > 0 ? $" and add {pageFiles} beside it under exactly that name (worker.js imports it)" : "")},
            then deploy and add a custom domain under Settings → Domains & Routes (workers.dev is blocked in many places).
            `worker.js.map` maps errors back to the C# sources.

            With the tools: `dotnet run --project deployer -- publish --domain hub.example.com`.
            """;
    }
}
