using EdgeMirror.Worker.Core.Config;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class SettingsTests
{
    private static MirrorSettings Parse(Dictionary<string, string> vars) =>
        MirrorSettings.Parse(name => vars.TryGetValue(name, out var v) ? v : null);

    [Fact]
    public void Without_vars_the_built_in_registries_are_served_with_docker_hub_first()
    {
        var settings = Parse(new Dictionary<string, string>());
        var names = settings.Registries.Entries.Select(e => e.Name).ToArray();
        Assert.Equal(new[] { "docker.io", "ghcr.io", "quay.io", "gcr.io", "registry.k8s.io", "nvcr.io",
            "mcr.microsoft.com", "public.ecr.aws", "docker.elastic.co" }, names);
        Assert.True(settings.Registries.Default.IsDefault);
        Assert.Equal("https://registry-1.docker.io", settings.Registries.Default.Upstream);
        Assert.Empty(settings.Fallbacks);
        Assert.Empty(settings.Problems);
        Assert.Equal(MirrorSettings.DefaultUpstreamTimeoutMs, settings.UpstreamTimeoutMs);
    }

    [Fact]
    public void Upstream_registries_fallback_and_timeout_come_from_the_vars()
    {
        var settings = Parse(new Dictionary<string, string>
        {
            ["UPSTREAM"] = "http://127.0.0.1:9000/",
            ["REGISTRIES"] = "{\"ghcr.io\":\"https://ghcr.example\",\"Registry.Test\":\"http://127.0.0.1:5000\"}",
            ["FALLBACK"] = "[\"https://mirror.gcr.io\", \"http://127.0.0.1:9001\"]",
            ["UPSTREAM_TIMEOUT_MS"] = "2500",
            ["HOST_LABELS"] = "true",
            ["MIRROR_PASSWORD"] = "secret",
        });
        Assert.Equal("http://127.0.0.1:9000", settings.Registries.Default.Upstream);
        Assert.Equal("https://ghcr.example", settings.Registries.FindByName("ghcr.io")!.Upstream);
        var added = settings.Registries.FindByName("registry.test")!;
        Assert.Equal("registry", added.Label);
        Assert.False(added.IsDefault);
        Assert.Equal(new[] { "https://mirror.gcr.io", "http://127.0.0.1:9001" }, settings.Fallbacks);
        Assert.Equal(2500, settings.UpstreamTimeoutMs);
        Assert.True(settings.HostLabels);
        Assert.True(settings.PasswordRequired);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void A_registry_whose_first_label_is_taken_gets_a_dashed_label()
    {
        var settings = Parse(new Dictionary<string, string> { ["REGISTRIES"] = "{\"ghcr.example.com\":\"https://x.example\"}" });
        Assert.Equal("ghcr-example-com", settings.Registries.FindByName("ghcr.example.com")!.Label);
    }

    [Theory]
    [InlineData("REGISTRIES", "not json")]
    [InlineData("REGISTRIES", "{\"ghcr.io\":\"ftp://x\"}")]
    [InlineData("REGISTRIES", "{\"no_dots\":\"https://x\"}")]
    [InlineData("REGISTRIES", "{\"x.io\":\"https://user@x\"}")]
    [InlineData("FALLBACK", "{}")]
    [InlineData("FALLBACK", "[\"javascript:alert(1)\"]")]
    [InlineData("UPSTREAM", "registry-1.docker.io")]
    [InlineData("UPSTREAM_TIMEOUT_MS", "soon")]
    public void Bad_vars_are_reported_and_skipped_without_failing(string name, string value)
    {
        var settings = Parse(new Dictionary<string, string> { [name] = value });
        Assert.NotEmpty(settings.Problems);
        Assert.Equal("https://registry-1.docker.io", settings.Registries.Default.Upstream);
        Assert.Equal(9, settings.Registries.Entries.Count);
    }
}
