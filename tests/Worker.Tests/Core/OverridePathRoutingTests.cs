using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>containerd's hosts.toml with <c>override_path = true</c> and a server such as
/// <c>https://mirror/v2/ghcr.io</c> sends the registry in the path and as <c>?ns=</c> at once.</summary>
public sealed class OverridePathRoutingTests
{
    private static readonly RegistryTable Registries =
        RegistryTable.Create(null, "{\"registry.test\":\"http://127.0.0.1:5000\"}", new List<string>());

    [Theory]
    [InlineData("/v2/ghcr.io/owner/img/manifests/latest", "ghcr.io", "ghcr.io", "/v2/owner/img/manifests/latest")]
    [InlineData("/v2/docker.io/library/alpine/manifests/3.20", "docker.io", "docker.io", "/v2/library/alpine/manifests/3.20")]
    [InlineData("/v2/docker.io/alpine/manifests/3.20", "docker.io", "docker.io", "/v2/library/alpine/manifests/3.20")]
    [InlineData("/v2/registry.test/team/img/tags/list", "registry.test", "registry.test", "/v2/team/img/tags/list")]
    public void A_path_prefix_that_repeats_the_ns_registry_is_dropped(string path, string ns, string registry, string upstreamPath)
    {
        var route = Router.Resolve("GET", "mirror.example.com", path, ns, Registries);
        Assert.Equal(registry, route.Registry!.Name);
        Assert.Equal(RegistrySource.Namespace, route.Source);
        Assert.Equal(upstreamPath, route.UpstreamPath);
    }

    [Fact]
    public void A_prefix_with_the_ns_registry_and_nothing_after_it_is_the_version_check()
    {
        var route = Router.Resolve("GET", "mirror.example.com", "/v2/ghcr.io/", "ghcr.io", Registries);
        Assert.Equal(RouteKind.ApiBase, route.Kind);
        Assert.Equal("ghcr.io", route.Registry!.Name);
    }

    [Fact]
    public void A_host_label_route_drops_a_prefix_naming_the_same_registry()
    {
        var route = Router.Resolve("GET", "ghcr.mirror.example.com", "/v2/ghcr.io/owner/img/manifests/latest", null, Registries);
        Assert.Equal(RegistrySource.HostLabel, route.Source);
        Assert.Equal("/v2/owner/img/manifests/latest", route.UpstreamPath);
    }

    [Theory]
    [InlineData("/v2/my.org/img/manifests/latest", "registry.test", "/v2/my.org/img/manifests/latest")]
    [InlineData("/v2/quay.io/img/manifests/latest", "registry.test", "/v2/quay.io/img/manifests/latest")]
    public void Under_an_ns_a_dotted_first_component_that_is_not_that_registry_stays_part_of_the_name(string path, string ns, string upstreamPath)
    {
        var route = Router.Resolve("GET", "mirror.example.com", path, ns, Registries);
        Assert.Equal(ns, route.Registry!.Name);
        Assert.Equal(upstreamPath, route.UpstreamPath);
    }
}
