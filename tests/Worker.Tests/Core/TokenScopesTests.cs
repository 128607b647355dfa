using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class TokenScopesTests
{
    private static readonly RegistryTable Registries =
        RegistryTable.Create(null, "{\"registry.test\":\"http://127.0.0.1:5000\"}", new List<string>());

    [Fact]
    public void Docker_hub_scopes_for_official_images_get_library()
    {
        var target = TokenScopes.Resolve(new List<string> { "repository:nginx:pull" }, null, Registries);
        Assert.Equal("docker.io", target.Registry.Name);
        Assert.Equal(new[] { "repository:library/nginx:pull" }, target.Scopes);
    }

    [Fact]
    public void Every_scope_parameter_and_every_space_separated_scope_is_kept()
    {
        var target = TokenScopes.Resolve(
            new List<string> { "repository:library/a:pull", "repository:b/c:pull,push repository:d:pull" }, null, Registries);
        Assert.Equal(new[] { "repository:library/a:pull", "repository:b/c:pull,push", "repository:library/d:pull" }, target.Scopes);
    }

    [Fact]
    public void A_registry_prefix_in_the_scope_chooses_the_registry_and_is_removed()
    {
        var target = TokenScopes.Resolve(new List<string> { "repository:ghcr.io/owner/img:pull" }, null, Registries);
        Assert.Equal("ghcr.io", target.Registry.Name);
        Assert.Equal(new[] { "repository:owner/img:pull" }, target.Scopes);
    }

    [Fact]
    public void A_registry_chosen_by_the_request_wins_over_scope_names()
    {
        var quay = Registries.FindByName("quay.io");
        var target = TokenScopes.Resolve(new List<string> { "repository:owner/img:pull" }, quay, Registries);
        Assert.Equal("quay.io", target.Registry.Name);
        Assert.Equal(new[] { "repository:owner/img:pull" }, target.Scopes);
    }

    [Fact]
    public void Docker_io_prefixes_are_removed_and_library_added()
    {
        var target = TokenScopes.Resolve(new List<string> { "repository:docker.io/alpine:pull" }, null, Registries);
        Assert.Equal("docker.io", target.Registry.Name);
        Assert.Equal(new[] { "repository:library/alpine:pull" }, target.Scopes);
    }

    [Fact]
    public void Non_repository_scopes_are_kept_and_duplicates_dropped()
    {
        var target = TokenScopes.Resolve(
            new List<string> { "registry:catalog:*", "repository:a/b:pull", "repository:a/b:pull" }, null, Registries);
        Assert.Equal(new[] { "repository:a/b:pull", "registry:catalog:*" }, target.Scopes);
    }

    [Fact]
    public void Scope_names_may_contain_a_port()
    {
        var scope = Scope.Parse("repository:localhost:5000/img:pull")!;
        Assert.Equal("localhost:5000/img", scope.Name);
        Assert.Equal("pull", scope.Actions);
    }

    [Fact]
    public void No_scope_means_the_default_registry_with_no_scopes()
    {
        var target = TokenScopes.Resolve(new List<string>(), null, Registries);
        Assert.Equal("docker.io", target.Registry.Name);
        Assert.Empty(target.Scopes);
    }
}
