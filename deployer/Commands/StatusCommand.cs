using System.Text.Json.Nodes;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Cloudflare;
using EdgeMirror.Deployer.Output;
using Spectre.Console;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`status`: what is live — the current deployment, recent versions (wrangler's JSON) and the
/// custom domains (Cloudflare API).</summary>
public sealed class StatusCommand : DeployerCommand<GlobalSettings>
{
    protected override async Task<ExitCode> RunAsync(GlobalSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var project = WorkerProject.Locate();
        var worker = project.Worker;
        var wrangler = await project.PrepareWranglerAsync(reporter, cancellation);
        using var api = await CredentialResolver.ConnectAsync(wrangler, cancellation);

        const string fix = "Publish the Worker first (`publish --domain HOST`), or check the credentials with `doctor`.";
        var deployment = ParseJson((await wrangler.RunCheckedAsync(["deployments", "status", "--json"], "wrangler deployments status", fix, cancellation)).StandardOutput);
        var versions = ParseJson((await wrangler.RunCheckedAsync(["versions", "list", "--json"], "wrangler versions list", fix, cancellation)).StandardOutput) as JsonArray ?? [];
        var domains = await project.LiveDomainsAsync(api, cancellation);

        var live = deployment?["versions"] as JsonArray ?? [];
        reporter.Console.MarkupLine($"[bold]{Markup.Escape(worker)}[/] — deployment {Markup.Escape(Text(deployment?["id"]))} ({Markup.Escape(Text(deployment?["created_on"]))})");
        foreach (var v in live)
            reporter.Info($"  live: version {Text(v?["version_id"])} at {Text(v?["percentage"])}%");

        var table = new Table().AddColumns("Version", "Created", "Source", "Message");
        foreach (var v in versions.Reverse().Take(10))
            table.AddRow(Markup.Escape(Text(v?["id"])), Markup.Escape(Text(v?["metadata"]?["created_on"])),
                Markup.Escape(Text(v?["metadata"]?["source"])), Markup.Escape(Text(v?["annotations"]?["workers/message"])));
        reporter.Console.Write(table);
        reporter.Info(domains.Length == 0 ? "Custom domains: none (publish --domain HOST)" :
            "Custom domains: " + string.Join(", ", domains.Select(d => $"https://{d.Hostname}/")));

        reporter.Result(new
        {
            worker,
            deployment,
            versions,
            domains = domains.Select(d => new { hostname = d.Hostname, zone = d.ZoneName, url = $"https://{d.Hostname}/" }),
        });
        return ExitCode.Success;
    }

    private static JsonNode? ParseJson(string output)
    {
        // wrangler may print a notice before the JSON: start at the first bracket.
        var start = output.IndexOfAny(['{', '[']);
        if (start < 0) return null;
        try { return JsonNode.Parse(output[start..]); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    private static string Text(JsonNode? node) => node?.ToString() ?? "-";
}
