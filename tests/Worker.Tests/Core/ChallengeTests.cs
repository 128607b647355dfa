using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class ChallengeTests
{
    private const string DockerHubChallenge =
        "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\"";

    private static readonly RegistryTable Registries = RegistryTable.Create(null, null, new List<string>());

    [Fact]
    public void A_bearer_challenge_parses_into_its_parameters()
    {
        var challenge = Challenge.Parse(DockerHubChallenge)!;
        Assert.True(challenge.IsBearer);
        Assert.Equal("https://auth.docker.io/token", challenge.Realm);
        Assert.Equal("registry.docker.io", challenge.Service);
        Assert.Equal("repository:library/nginx:pull", challenge.Get("scope"));
    }

    [Fact]
    public void Quoted_values_may_contain_commas_escaped_quotes_and_spaces()
    {
        var challenge = Challenge.Parse("bearer  realm=\"https://x/t\" , scope=\"a:b:pull repository:c:pull\",error=\"say \\\"hi\\\", then\"")!;
        Assert.Equal("a:b:pull repository:c:pull", challenge.Get("scope"));
        Assert.Equal("say \"hi\", then", challenge.Get("error"));
        Assert.Equal("https://x/t", challenge.Realm);
    }

    [Fact]
    public void Unquoted_token_values_are_accepted()
    {
        var challenge = Challenge.Parse("Bearer realm=https://auth.example/token,service=example")!;
        Assert.Equal("https://auth.example/token", challenge.Realm);
        Assert.Equal("example", challenge.Service);
    }

    [Fact]
    public void Parsing_stops_at_the_next_challenge()
    {
        var challenge = Challenge.Parse("Basic realm=\"r\", Bearer realm=\"other\"")!;
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Single(challenge.Params);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer realm=\"unterminated")]
    [InlineData("Bearer =x")]
    public void Malformed_headers_do_not_parse(string header) => Assert.Null(Challenge.Parse(header));

    [Fact]
    public void Formatting_round_trips_with_escapes()
    {
        var challenge = new Challenge("Bearer", new List<AuthParam> { new("realm", "a\"b\\c"), new("service", "s") });
        var again = Challenge.Parse(challenge.ToString())!;
        Assert.Equal("a\"b\\c", again.Realm);
        Assert.Equal("Bearer realm=\"a\\\"b\\\\c\",service=\"s\"", challenge.ToString());
    }

    [Fact]
    public void The_rewritten_challenge_points_at_the_mirror_and_keeps_service_and_scope()
    {
        var hub = Registries.Default;
        var realm = ChallengeRewriter.MirrorRealm("https", "mirror.example.com", hub, RegistrySource.Default);
        var rewritten = ChallengeRewriter.Rewrite(DockerHubChallenge, realm, hub, RegistrySource.Default);
        Assert.Equal("Bearer realm=\"https://mirror.example.com/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\"", rewritten);
    }

    [Fact]
    public void Path_prefix_routes_name_the_registry_in_every_repository_scope()
    {
        var ghcr = Registries.FindByName("ghcr.io")!;
        var rewritten = ChallengeRewriter.Rewrite(
            "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:owner/img:pull repository:owner/base:pull\"",
            "http://m/token", ghcr, RegistrySource.PathPrefix);
        Assert.Equal("repository:ghcr.io/owner/img:pull repository:ghcr.io/owner/base:pull", Challenge.Parse(rewritten)!.Get("scope"));
    }

    [Fact]
    public void Namespace_routes_carry_the_ns_in_the_realm()
    {
        var quay = Registries.FindByName("quay.io")!;
        Assert.Equal("http://m:1/token?ns=quay.io", ChallengeRewriter.MirrorRealm("http", "m:1", quay, RegistrySource.Namespace));
    }

    [Fact]
    public void Basic_challenges_pass_through_unchanged()
    {
        const string basic = "Basic realm=\"private registry\"";
        Assert.Equal(basic, ChallengeRewriter.Rewrite(basic, "https://m/token", Registries.Default, RegistrySource.Default));
    }
}
