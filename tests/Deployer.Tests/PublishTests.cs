using Xunit.Abstractions;
using System.Text.Json.Nodes;
using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`publish` with the real wrangler against the fake Cloudflare API.</summary>
public sealed class PublishTests(ITestOutputHelper output) : IDisposable
{
    private const string Host = "hub.example.com";
    private readonly FakeCloudflareApi _cloudflare = new();
    private readonly TempProject _project = new();

    private Dictionary<string, string?> Credentials() => new()
    {
        ["CLOUDFLARE_API_TOKEN"] = _cloudflare.Token,
        ["CLOUDFLARE_ACCOUNT_ID"] = _cloudflare.AccountId,
        ["CLOUDFLARE_API_BASE_URL"] = _cloudflare.BaseUrl,
    };

    /// <summary>publish of the stand-in bundle (--no-build); the first test builds the real Worker instead.</summary>
    private Task<DeployerResult> PublishAsync(params string[] extra) => PublishAsync(true, extra);

    private async Task<DeployerResult> PublishAsync(bool useTestBundle, params string[] extra)
    {
        string[] arguments = ["publish", "--domain", Host, "--no-verify", "--json", .. extra];
        if (useTestBundle) arguments = [.. arguments, "--no-build"];
        var result = await DeployerProcess.RunAsync(_project, arguments, Credentials());
        output.WriteLine(result.ToString());
        output.WriteLine("calls:\n" + string.Join("\n", _cloudflare.Calls));
        return result;
    }

    [Fact]
    public async Task Publishing_a_new_worker_uploads_the_bundle_with_its_vars_and_binds_the_domain()
    {
        var zone = _cloudflare.AddZone("example.com");
        _project.WithRepositoryFolders("worker-src", "html");

        var result = await PublishAsync(useTestBundle: false);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_cloudflare.Unhandled);

        // The deployer looked before it leapt: zone, existing binding, DNS records.
        Assert.NotEmpty(_cloudflare.CallsTo("GET", "^/client/v4/zones$"));
        Assert.NotEmpty(_cloudflare.CallsTo("GET", "/workers/domains$"));
        Assert.NotEmpty(_cloudflare.CallsTo("GET", $"^/client/v4/zones/{zone.Id}/dns_records$"));

        // wrangler uploaded the bundle with the vars of wrangler.toml as plain-text bindings.
        var upload = Assert.Single(_cloudflare.CallsTo("PUT", $"^/client/v4/accounts/{_cloudflare.AccountId}/workers/scripts/edgemirror$"));
        Assert.StartsWith("multipart/form-data", upload.ContentType);
        var script = _cloudflare.Scripts["edgemirror"];
        var bindings = script.Metadata["bindings"]!.AsArray().Select(b => b!.AsObject()).ToArray();
        Assert.Contains(bindings, b => b["name"]!.GetValue<string>() == "UPSTREAM" && b["type"]!.GetValue<string>() == "plain_text"
                                       && b["text"]!.GetValue<string>() == "https://registry-1.docker.io");
        Assert.Contains(bindings, b => b["name"]!.GetValue<string>() == "REGISTRIES");
        Assert.Contains(bindings, b => b["name"]!.GetValue<string>() == "FALLBACK");
        Assert.Equal("2025-09-01", script.Metadata["compatibility_date"]!.GetValue<string>());
        // The module is the Worker compiled from worker-src, with the page it imports beside it.
        var main = script.Metadata["main_module"]!.GetValue<string>();
        Assert.Contains("var $Exception = class extends Error", script.Modules[main]);
        Assert.Contains("IndexHtml$import", script.Modules[main]);
        var page = Assert.Single(script.Modules, m => m.Key.EndsWith("index.html"));
        Assert.Equal(File.ReadAllText(Path.Combine(_project.Root, "html", "index.html")), page.Value);

        // …and bound the custom domain, overriding nothing because nothing was there.
        var changeset = Assert.Single(_cloudflare.CallsTo("POST", "/workers/scripts/edgemirror/domains/changeset$"));
        Assert.Equal(Host, JsonNode.Parse(changeset.BodyText)![0]!["hostname"]!.GetValue<string>());
        var records = JsonNode.Parse(Assert.Single(_cloudflare.CallsTo("PUT", "/workers/scripts/edgemirror/domains/records$")).BodyText)!;
        Assert.Equal(Host, records["origins"]![0]!["hostname"]!.GetValue<string>());
        var bound = Assert.Single(_cloudflare.Domains);
        Assert.Equal((Host, "edgemirror", zone.Id), (bound.Hostname, bound.Service, bound.ZoneId));

        // workers.dev stays off.
        var subdomain = JsonNode.Parse(Assert.Single(_cloudflare.CallsTo("POST", "/workers/scripts/edgemirror/subdomain$")).BodyText)!;
        Assert.False(subdomain["enabled"]!.GetValue<bool>());

        // wrangler.toml records the domain, keeps its comments; the output names the version and the URL.
        var toml = _project.ReadWranglerToml();
        Assert.Contains("routes = [{ pattern = \"hub.example.com\", custom_domain = true }]", toml);
        Assert.Contains("workers_dev = false", toml);
        Assert.Contains("# JSON array of base URLs tried in order when the upstream answers 429.", toml);
        var json = result.Json;
        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.Equal(script.DeploymentId, json["versionId"]!.GetValue<string>());
        Assert.Equal($"https://{Host}/", json["urls"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hostname_bound_to_another_worker_is_refused_without_force()
    {
        var zone = _cloudflare.AddZone("example.com");
        _cloudflare.Domains.Add(new FakeWorkerDomain(FakeCloudflareApi.NewId(), Host, "someone-elses-worker", zone.Id, zone.Name));
        var before = _project.ReadWranglerToml();

        var result = await PublishAsync();

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("someone-elses-worker", result.StandardError);
        Assert.Contains("--force", result.StandardError);
        Assert.False(result.Json["ok"]!.GetValue<bool>());
        Assert.Empty(_cloudflare.CallsTo("PUT", "/workers/scripts/edgemirror"));
        Assert.Equal("someone-elses-worker", Assert.Single(_cloudflare.Domains).Service);
        Assert.Equal(before, _project.ReadWranglerToml());
    }

    [Fact]
    public async Task With_force_a_hostname_bound_to_another_worker_is_moved_to_the_mirror()
    {
        var zone = _cloudflare.AddZone("example.com");
        _cloudflare.Domains.Add(new FakeWorkerDomain(FakeCloudflareApi.NewId(), Host, "someone-elses-worker", zone.Id, zone.Name));

        var result = await PublishAsync("--force");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("someone-elses-worker", result.StandardError);
        Assert.Equal("edgemirror", Assert.Single(_cloudflare.Domains).Service);
    }

    [Fact]
    public async Task An_existing_dns_record_for_the_hostname_is_refused_without_force()
    {
        var zone = _cloudflare.AddZone("example.com");
        _cloudflare.DnsRecords.Add(new FakeDnsRecord(FakeCloudflareApi.NewId(), zone.Id, "A", Host, "203.0.113.7"));

        var result = await PublishAsync();

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("203.0.113.7", result.StandardError);
        Assert.Empty(_cloudflare.CallsTo("PUT", "/workers/scripts/edgemirror"));
        Assert.Single(_cloudflare.DnsRecords);
    }

    [Fact]
    public async Task Without_a_token_publish_fails_with_a_clear_error_and_calls_nothing()
    {
        _cloudflare.AddZone("example.com");
        var environment = Credentials();
        environment.Remove("CLOUDFLARE_API_TOKEN");

        var result = await DeployerProcess.RunAsync(_project, ["publish", "--domain", Host, "--no-build", "--no-verify"], environment);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("CLOUDFLARE_API_TOKEN is not set", result.StandardOutput);
        Assert.Contains("export CLOUDFLARE_API_TOKEN", result.StandardOutput);
        Assert.Empty(_cloudflare.Calls);
    }

    [Fact]
    public async Task A_rejected_token_is_reported_as_a_credentials_problem()
    {
        _cloudflare.AddZone("example.com");
        var environment = Credentials();
        environment["CLOUDFLARE_API_TOKEN"] = "not-the-right-token";

        var result = await DeployerProcess.RunAsync(_project, ["publish", "--domain", Host, "--no-build", "--no-verify"], environment);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("rejected the API token", result.StandardOutput);
        Assert.Empty(_cloudflare.CallsTo("PUT", "/workers/scripts/"));
    }

    [Fact]
    public async Task A_hostname_outside_every_zone_of_the_account_is_a_clear_error()
    {
        _cloudflare.AddZone("other-domain.org");

        var result = await PublishAsync();

        Assert.Equal(6, result.ExitCode);
        Assert.Contains($"No zone on Cloudflare account {_cloudflare.AccountId} contains {Host}", result.StandardError);
        Assert.Contains("Add the domain", result.Json["fix"]!.GetValue<string>());
        Assert.Empty(_cloudflare.CallsTo("PUT", "/workers/scripts/"));
    }

    public void Dispose()
    {
        _cloudflare.Dispose();
        _project.Dispose();
    }
}
