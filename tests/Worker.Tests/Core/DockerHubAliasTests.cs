using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>Docker Hub goes by several names in image references (go-containerregistry normalises to
/// <c>index.docker.io</c>); each of them is Docker Hub as a path prefix, an ns and a scope prefix.</summary>
public sealed class DockerHubAliasTests
{
    private static readonly RegistryTable Registries = RegistryTable.Create(null, null, new List<string>());

    [Theory]
    [InlineData("index.docker.io")]
    [InlineData("registry-1.docker.io")]
    [InlineData("registry.hub.docker.com")]
    [InlineData("INDEX.DOCKER.IO")]
    public void Every_name_of_docker_hub_routes_there_with_library_added(string alias)
    {
        var prefixed = Router.Resolve("GET", "m.example", "/v2/" + alias + "/alpine/manifests/3", null, Registries);
        Assert.Equal("docker.io", prefixed.Registry!.Name);
        Assert.Equal("/v2/library/alpine/manifests/3", prefixed.UpstreamPath);
        var byNs = Router.Resolve("GET", "m.example", "/v2/library/alpine/manifests/3", alias, Registries);
        Assert.Equal("docker.io", byNs.Registry!.Name);
    }

    [Fact]
    public void A_scope_prefixed_with_an_alias_is_for_docker_hub_without_the_prefix()
    {
        var target = TokenScopes.Resolve(new List<string> { "repository:index.docker.io/alpine:pull" }, null, Registries);
        Assert.Equal("docker.io", target.Registry.Name);
        Assert.Equal(new[] { "repository:library/alpine:pull" }, target.Scopes);
    }

    [Fact]
    public void A_name_that_merely_contains_docker_io_is_no_alias()
    {
        Assert.Null(Registries.FindByName("notdocker.io"));
        Assert.Null(Registries.FindByName("docker.io.example"));
    }
}
