using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>What a rewritten challenge tells /token about the registry, for every way of choosing one.</summary>
public sealed class MirrorRealmTests
{
    private static readonly RegistryTable Registries = RegistryTable.Create(null, null, new List<string>());
    private static RegistryEntry Ecr => Registries.FindByName("public.ecr.aws")!;

    [Theory]
    [InlineData(RegistrySource.Default, "https://m.example/token")]
    [InlineData(RegistrySource.HostLabel, "https://m.example/token")]
    [InlineData(RegistrySource.PathPrefix, "https://m.example/token?ns=public.ecr.aws")]
    [InlineData(RegistrySource.Namespace, "https://m.example/token?ns=public.ecr.aws")]
    public void Path_prefix_and_ns_routes_name_the_registry_in_the_realm(RegistrySource source, string realm)
    {
        Assert.Equal(realm, ChallengeRewriter.MirrorRealm("https", "m.example", Ecr, source));
    }

    [Fact]
    public void A_challenge_without_a_repository_scope_still_leads_to_its_registry()
    {
        var realm = ChallengeRewriter.MirrorRealm("https", "m.example", Ecr, RegistrySource.PathPrefix);
        var rewritten = Challenge.Parse(ChallengeRewriter.Rewrite(
            "Bearer realm=\"https://public.ecr.aws/token/\",service=\"public.ecr.aws\",scope=\"aws\"", realm, Ecr, RegistrySource.PathPrefix))!;
        Assert.Equal("aws", rewritten.Get("scope"));
        var ns = new Uri(rewritten.Realm!).Query.TrimStart('?');
        var route = Router.Resolve("GET", "m.example", "/token", ns["ns=".Length..], Registries);
        var target = TokenScopes.Resolve(new List<string> { "aws" }, route.Registry, Registries);
        Assert.Equal("public.ecr.aws", target.Registry.Name);
        Assert.Equal(new[] { "aws" }, target.Scopes);
    }

    [Fact]
    public void Several_actions_in_a_quoted_scope_survive_the_prefix()
    {
        var ghcr = Registries.FindByName("ghcr.io")!;
        var rewritten = Challenge.Parse(ChallengeRewriter.Rewrite(
            "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:o/a:pull,push repository:o/b:pull\"",
            "https://m/token?ns=ghcr.io", ghcr, RegistrySource.PathPrefix))!;
        Assert.Equal("repository:ghcr.io/o/a:pull,push repository:ghcr.io/o/b:pull", rewritten.Get("scope"));
        var target = TokenScopes.Resolve(new List<string> { rewritten.Get("scope")! }, ghcr, Registries);
        Assert.Equal(new[] { "repository:o/a:pull,push", "repository:o/b:pull" }, target.Scopes);
    }
}
