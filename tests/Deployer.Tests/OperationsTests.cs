using System.Text.Json.Nodes;
using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EdgeMirror.Deployer.Tests;

/// <summary>secret, domain, status and doctor against the fake Cloudflare API, for a Worker already published.</summary>
public sealed class OperationsTests : IDisposable
{
    private readonly FakeCloudflareApi _cloudflare = new();
    private readonly TempProject _project = new();
    private readonly ITestOutputHelper _output;
    private readonly FakeZone _zone;
    private readonly IReadOnlyList<string> _versions;

    public OperationsTests(ITestOutputHelper output)
    {
        _output = output;
        _zone = _cloudflare.AddZone("example.com");
        _versions = _cloudflare.SeedPublished("edgemirror", 3);
    }

    private async Task<DeployerResult> RunAsync(string[] arguments, string? stdin = null, Action<Dictionary<string, string?>>? adjust = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["CLOUDFLARE_API_TOKEN"] = _cloudflare.Token,
            ["CLOUDFLARE_ACCOUNT_ID"] = _cloudflare.AccountId,
            ["CLOUDFLARE_API_BASE_URL"] = _cloudflare.BaseUrl,
        };
        adjust?.Invoke(environment);
        var result = await DeployerProcess.RunAsync(_project, arguments, environment, stdin);
        _output.WriteLine($"$ {string.Join(' ', arguments)}\n{result}\ncalls:\n{string.Join("\n", _cloudflare.Calls)}\nunhandled: {string.Join(", ", _cloudflare.Unhandled)}");
        return result;
    }

    [Fact]
    public async Task Secret_set_sends_the_value_from_stdin_to_wrangler_and_never_prints_it()
    {
        const string value = "s3cr3t-value-that-must-not-leak";

        var result = await RunAsync(["secret", "set", "UPSTREAM_TOKEN", "--json"], value + "\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(value, _cloudflare.Secrets["UPSTREAM_TOKEN"]);
        Assert.DoesNotContain(value, result.AllOutput);
        Assert.DoesNotContain(value, _project.ReadWranglerToml());
        Assert.Equal("UPSTREAM_TOKEN", result.Json["secret"]!.GetValue<string>());
    }

    [Fact]
    public async Task Secret_set_with_an_empty_value_is_refused()
    {
        var result = await RunAsync(["secret", "set", "UPSTREAM_TOKEN"], "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("empty", result.StandardOutput);
        Assert.Empty(_cloudflare.Secrets);
    }

    [Fact]
    public async Task Domain_add_checks_binds_and_records_the_domain_and_remove_detaches_it()
    {
        var add = await RunAsync(["domain", "add", "mirror.example.com"]);

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal(("mirror.example.com", "edgemirror"), (Assert.Single(_cloudflare.Domains).Hostname, _cloudflare.Domains[0].Service));
        Assert.Contains("{ pattern = \"mirror.example.com\", custom_domain = true }", _project.ReadWranglerToml());
        Assert.Empty(_cloudflare.CallsTo("PUT", "/workers/scripts/edgemirror$"));

        var list = await RunAsync(["domain", "list", "--json"]);
        Assert.True(list.ExitCode == 0, list.ToString());
        var listed = Assert.Single(list.Json["domains"]!.AsArray())!;
        Assert.Equal("mirror.example.com", listed["hostname"]!.GetValue<string>());
        Assert.True(listed["onCloudflare"]!.GetValue<bool>() && listed["inConfig"]!.GetValue<bool>());

        var remove = await RunAsync(["domain", "remove", "mirror.example.com"]);
        Assert.True(remove.ExitCode == 0, remove.ToString());
        Assert.Empty(_cloudflare.Domains);
        Assert.DoesNotContain("mirror.example.com", _project.ReadWranglerToml());
    }

    [Fact]
    public async Task Domain_add_refuses_a_hostname_with_dns_records_without_force()
    {
        _cloudflare.DnsRecords.Add(new FakeDnsRecord(FakeCloudflareApi.NewId(), _zone.Id, "CNAME", "mirror.example.com", "elsewhere.example.net"));

        var result = await RunAsync(["domain", "add", "mirror.example.com"]);

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("elsewhere.example.net", result.StandardOutput);
        Assert.Empty(_cloudflare.Domains);
    }

    [Fact]
    public async Task Doctor_reports_each_problem_with_its_fix()
    {
        File.WriteAllText(_project.WranglerToml, _project.ReadWranglerToml()
            .Replace("compatibility_date = \"2025-09-01\"", "compatibility_date = \"2024-01-01\"")
            .Replace("[vars]", "[vars]\nAPI_TOKEN = \"oops\""));

        var result = await RunAsync(["doctor", "--json"], adjust: env => env.Remove("CLOUDFLARE_API_TOKEN"));

        Assert.Equal(1, result.ExitCode);
        var checks = result.Json["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!);
        Assert.True(checks["node"]["ok"]!.GetValue<bool>());
        Assert.True(checks["wrangler"]["ok"]!.GetValue<bool>());
        Assert.False(checks["compatibility_date"]["ok"]!.GetValue<bool>());
        Assert.Contains("2025-09-01", checks["compatibility_date"]["fix"]!.GetValue<string>());
        Assert.False(checks["vars"]["ok"]!.GetValue<bool>());
        Assert.Contains("secret set", checks["vars"]["fix"]!.GetValue<string>());
        Assert.False(checks["credentials"]["ok"]!.GetValue<bool>());
        Assert.Contains("CLOUDFLARE_API_TOKEN", checks["credentials"]["fix"]!.GetValue<string>());
        Assert.False(result.Json["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Doctor_is_happy_with_the_repository_config_and_working_credentials()
    {
        File.WriteAllText(_project.WranglerToml, _project.ReadWranglerToml()
            .Replace("workers_dev = false", "workers_dev = false\nroutes = [{ pattern = \"hub.example.com\", custom_domain = true }]"));

        var result = await RunAsync(["doctor"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("All good.", result.StandardOutput);
        Assert.Single(_cloudflare.CallsTo("GET", "/user/tokens/verify$"));
    }

    [Fact]
    public async Task Status_shows_the_live_version_the_recent_versions_and_the_domains()
    {
        _cloudflare.Domains.Add(new FakeWorkerDomain(FakeCloudflareApi.NewId(), "hub.example.com", "edgemirror", _zone.Id, _zone.Name));
        _cloudflare.Domains.Add(new FakeWorkerDomain(FakeCloudflareApi.NewId(), "other.example.com", "another-worker", _zone.Id, _zone.Name));

        var result = await RunAsync(["status", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.Equal(_versions[^1], json["deployment"]!["versions"]![0]!["version_id"]!.GetValue<string>());
        Assert.Equal(_versions.Order(), json["versions"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).Order());
        Assert.Equal("https://hub.example.com/", Assert.Single(json["domains"]!.AsArray())!["url"]!.GetValue<string>());
        Assert.Contains(_versions[^1], result.StandardError);
    }

    [Fact]
    public async Task Rollback_deploys_the_version_asked_for_with_the_reason()
    {
        var result = await RunAsync(["rollback", _versions[0], "--message", "bad realm in v3"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var live = _cloudflare.Deployments["edgemirror"][0];
        Assert.Equal(_versions[0], live["versions"]![0]!["version_id"]!.GetValue<string>());
        Assert.Equal("bad realm in v3", live["annotations"]!["workers/message"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _cloudflare.Dispose();
        _project.Dispose();
    }
}
