using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;

namespace EdgeMirror.Deployer.Tests;

/// <summary>After deploying, publish checks https://HOST/v2/ (sent to EDGEMIRROR_VERIFY_ORIGIN with Host: HOST).</summary>
public sealed class PublishVerificationTests : IDisposable
{
    private const string Host = "hub.example.com";
    private readonly FakeCloudflareApi _cloudflare = new();
    private readonly TempProject _project = new();

    private Task<DeployerResult> PublishVerifiedAgainstAsync(FakeEdge edge) =>
        DeployerProcess.RunAsync(_project, ["publish", "--domain", Host, "--no-build", "--json"], new Dictionary<string, string?>
        {
            ["CLOUDFLARE_API_TOKEN"] = _cloudflare.Token,
            ["CLOUDFLARE_ACCOUNT_ID"] = _cloudflare.AccountId,
            ["CLOUDFLARE_API_BASE_URL"] = _cloudflare.BaseUrl,
            ["EDGEMIRROR_VERIFY_ORIGIN"] = edge.Origin,
            ["EDGEMIRROR_VERIFY_TIMEOUT"] = "5",
        });

    [Fact]
    public async Task Publish_passes_when_v2_answers_401_with_the_realm_on_the_domain()
    {
        _cloudflare.AddZone("example.com");
        using var edge = new FakeEdge(host => $"https://{host}/token");

        var result = await PublishVerifiedAgainstAsync(edge);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.Json["verified"]!.GetValue<bool>());
        Assert.Contains(Host, edge.HostsSeen);
        Assert.Contains($"realm https://{Host}/token", result.StandardError);
    }

    [Fact]
    public async Task Publish_fails_when_the_realm_still_points_at_docker_hub()
    {
        _cloudflare.AddZone("example.com");
        using var edge = new FakeEdge(_ => "https://auth.docker.io/token");

        var result = await PublishVerifiedAgainstAsync(edge);

        Assert.Equal(7, result.ExitCode);
        Assert.Contains("auth.docker.io", result.Json["error"]!.GetValue<string>());
        Assert.Equal("edgemirror", Assert.Single(_cloudflare.Domains).Service);
    }

    public void Dispose()
    {
        _cloudflare.Dispose();
        _project.Dispose();
    }
}
