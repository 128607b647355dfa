namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>A real containerd client (<c>ctr content fetch</c>, the resolver Kubernetes nodes use) pulling through the
/// mirror configured in hosts.toml: as a docker.io mirror (<c>?ns=docker.io</c> on every request), as an
/// <c>override_path</c> server naming the registry in the path, as the <c>_default</c> mirror for every registry, and
/// with credentials (containerd's OAuth2 form post to the mirror's /token).</summary>
[Collection(ConformanceCollection.Name)]
public sealed class ContainerdClientTests(ConformanceFixture mirror)
{
    private string Mirror => "http://" + mirror.MirrorHostPort;

    [Fact]
    public async Task Containerd_pulls_docker_io_through_a_hosts_toml_mirror_with_ns_on_every_request()
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["docker.io"] = $"server = \"https://registry-1.docker.io\"\n[host.\"{Mirror}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await containerd.Fetch(hosts, "docker.io/library/app:latest");
        var hub = mirror.Since(mark, "hub");
        Assert.Contains(hub, r => r.PathAndQuery == "/v2/library/app/manifests/latest" && r.Header("authorization") is not null);
        foreach (var digest in mirror.Images.Image.Blobs.Keys)
            Assert.Contains(hub, r => r.PathAndQuery == $"/v2/library/app/blobs/{digest}");
        Assert.Contains(mirror.Since(mark, "hub-auth"), r => r.PathAndQuery.Contains("scope=repository%3Alibrary%2Fapp%3Apull"));
    }

    [Fact]
    public async Task Containerd_pulls_through_an_override_path_server_that_names_the_registry_in_the_path()
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["ghcr.io"] = $"server = \"https://ghcr.io\"\n[host.\"{Mirror}/v2/ghcr.io\"]\n  capabilities = [\"pull\", \"resolve\"]\n  override_path = true\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await containerd.Fetch(hosts, "ghcr.io/owner/app:index");
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == "/v2/owner/app/manifests/index");
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == $"/v2/owner/app/manifests/{mirror.Images.Image.ManifestDigest}");
    }

    [Theory]
    [InlineData("quay.io/org/app:docker", "quay")]
    [InlineData("registry.k8s.io/pause:list", "ar")]
    [InlineData("mcr.microsoft.com/dotnet/runtime:latest", "mcr")]
    public async Task Containerd_pulls_every_registry_through_the_default_mirror(string reference, string upstream)
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["_default"] = $"[host.\"{Mirror}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await containerd.Fetch(hosts, reference);
        Assert.Contains(mirror.Since(mark, upstream), r => r.PathAndQuery.Contains("/blobs/"));
    }

    [Fact]
    public async Task Containerd_with_credentials_gets_a_private_image_through_the_mirrors_token_endpoint()
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["docker.io"] = $"server = \"https://registry-1.docker.io\"\n[host.\"{Mirror}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await containerd.Fetch(hosts, "docker.io/private/app:latest", "--user", PublicRegistryDouble.User + ":" + PublicRegistryDouble.Password);
        var auth = mirror.Since(mark, "hub-auth");
        Assert.Contains(auth, r => r.Method == "POST");
        Assert.Contains(mirror.Since(mark, "hub"), r => r.PathAndQuery == "/v2/private/app/manifests/latest" && r.Header("authorization") is not null);
    }

    [Fact]
    public async Task Containerd_with_credentials_falls_back_to_get_where_the_token_service_takes_no_form_posts()
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["gcr.io"] = $"server = \"https://gcr.io\"\n[host.\"{Mirror}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await containerd.Fetch(hosts, "gcr.io/project/private/app:latest", "--user", PublicRegistryDouble.User + ":" + PublicRegistryDouble.Password);
        var auth = mirror.Since(mark, "gcr").Where(r => r.PathAndQuery.StartsWith("/v2/token", StringComparison.Ordinal)).ToList();
        Assert.Contains(auth, r => r.Method == "POST");
        Assert.Contains(auth, r => r.Method == "GET" && r.Header("authorization") is not null);
    }

    [Fact]
    public async Task A_missing_tag_fails_the_pull_after_the_upstreams_404_reached_containerd_with_a_token()
    {
        var hosts = ContainerdDaemon.HostsDir(new Dictionary<string, string>
        {
            ["ghcr.io"] = $"server = \"http://127.0.0.1:1\"\n[host.\"{Mirror}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
        });
        var mark = mirror.Mark();
        await using var containerd = await ContainerdDaemon.StartAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => containerd.Fetch(hosts, "ghcr.io/owner/app:nosuchtag"));
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == "/v2/owner/app/manifests/nosuchtag" && r.Header("authorization") is not null);
    }
}
