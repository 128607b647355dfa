using EdgeMirror.Worker.Core.Access;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>The pure access rules (worker-src/Core/Access) on .NET; the same code runs compiled in the
/// workerd suites.</summary>
public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("BadBot/2.1 (+http://bad.example)", true)]
    [InlineData("Mozilla/5.0 (compatible; badbot)", true)]
    [InlineData("python-requests/2.31", true)]
    [InlineData("docker/27.0.3 go/go1.21", false)]
    [InlineData("", false)]
    public void Blocked_user_agents_match_as_substrings_ignoring_case(string agent, bool blocked)
    {
        var list = UserAgentBlocklist.Parse(" BadBot ,\npython-requests,, ");
        Assert.Equal(2, list.Count);
        Assert.Equal(blocked, list.Blocks(agent));
    }

    [Fact]
    public void An_unset_blocklist_blocks_nobody()
    {
        Assert.False(UserAgentBlocklist.Parse(null).Blocks("BadBot"));
        Assert.False(UserAgentBlocklist.Parse("BadBot").Blocks(null));
    }

    [Theory]
    [InlineData("docker.io", "library/nginx", true)]
    [InlineData("docker.io", "myorg/team/app", true)]
    [InlineData("docker.io", "library/redis", false)]
    [InlineData("docker.io", "otherorg/app", false)]
    [InlineData("docker.io", "myorgextra/app", false)]
    [InlineData("ghcr.io", "owner/tool", true)]
    [InlineData("ghcr.io", "myorg/app", false)]
    [InlineData("quay.io", "library/nginx", false)]
    [InlineData("registry.k8s.io", "pause", true)]
    [InlineData("registry.k8s.io", "coredns/coredns", false)]
    public void The_allowlist_admits_only_named_repositories_per_registry(string registry, string repository, bool allowed)
    {
        var list = RepositoryAllowlist.Parse("nginx, myorg/*\nghcr.io/owner/*,registry.k8s.io/pause");
        Assert.True(list.IsRestricted);
        Assert.Equal(allowed, list.Allows(registry, repository));
    }

    [Fact]
    public void Docker_io_entries_may_name_the_registry_and_a_bare_star_opens_a_whole_registry()
    {
        var list = RepositoryAllowlist.Parse("docker.io/library/*,quay.io/*");
        Assert.True(list.Allows("docker.io", "library/alpine"));
        Assert.False(list.Allows("docker.io", "someone/alpine"));
        Assert.True(list.Allows("quay.io", "anyone/anything/deep"));
        Assert.False(list.Allows("ghcr.io", "anyone/anything"));
    }

    [Fact]
    public void Globs_match_in_the_middle_and_prefixes_end_in_a_slash()
    {
        var list = RepositoryAllowlist.Parse("team/*-base,prefix/");
        Assert.True(list.Allows("docker.io", "team/node-base"));
        Assert.False(list.Allows("docker.io", "team/node-base-extra"));
        Assert.True(list.Allows("docker.io", "prefix/a/b"));
        Assert.False(list.Allows("docker.io", "prefixed/a"));
    }

    [Fact]
    public void A_pathological_glob_is_matched_quickly()
    {
        var list = RepositoryAllowlist.Parse(string.Concat(Enumerable.Repeat("a*", 40)) + "b");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(list.Allows("docker.io", new string('a', 255)));
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void An_unset_allowlist_allows_everything()
    {
        var list = RepositoryAllowlist.Parse("  ");
        Assert.False(list.IsRestricted);
        Assert.True(list.Allows("ghcr.io", "anyone/anything"));
    }

    [Fact]
    public void Upstream_credentials_are_read_per_registry_and_bad_entries_are_reported_without_their_value()
    {
        var problems = new List<string>();
        var credentials = UpstreamCredentials.Parse(
            "{\"docker.io\":\"alice:dckr_pat_123:with:colons\",\"GHCR.IO\":\"bob:ghp_x\",\"quay.io\":\"no-colon-secret\"}", problems);
        Assert.Equal(2, credentials.Count);
        Assert.Equal(new BasicCredentials("alice", "dckr_pat_123:with:colons"), credentials.For("docker.io"));
        Assert.Equal("bob", credentials.For("ghcr.io")!.User);
        Assert.Null(credentials.For("quay.io"));
        Assert.Single(problems);
        Assert.DoesNotContain("no-colon-secret", problems[0]);

        var broken = new List<string>();
        UpstreamCredentials.Parse("{not json secret-value", broken);
        Assert.Single(broken);
        Assert.DoesNotContain("secret-value", broken[0]);
    }

    [Fact]
    public void Basic_credentials_round_trip_and_garbage_is_no_credentials()
    {
        var header = new BasicCredentials("any user", "pässword:with colon").ToHeader();
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("any user:pässword:with colon")), header);
        Assert.Equal(new BasicCredentials("any user", "pässword:with colon"), BasicCredentials.Parse(header));
        Assert.Null(BasicCredentials.Parse("Basic !!!not-base64"));
        Assert.Null(BasicCredentials.Parse("Basic " + Convert.ToBase64String("nocolon"u8.ToArray())));
        Assert.Null(BasicCredentials.Parse("Bearer abc"));
        Assert.Null(BasicCredentials.Parse(null));
    }

    [Theory]
    [InlineData(4096, 100, 10, null)]
    [InlineData(4097, 100, 10, 414)]
    [InlineData(100, 12289, 10, 431)]
    [InlineData(100, 100, 65, 431)]
    public void Requests_beyond_the_size_limits_are_refused(int url, int headerBytes, int headerCount, int? status)
    {
        var error = RequestLimits.Check(url, headerBytes, headerCount);
        Assert.Equal(status, error?.Status);
        if (error is not null) Assert.Equal("UNSUPPORTED", error.Code);
    }

    [Fact]
    public void Settings_manage_upstream_tokens_in_password_mode_or_for_registries_with_credentials()
    {
        var open = AccessSettings.Parse(name => name == "UPSTREAM_CREDENTIALS" ? "{\"ghcr.io\":\"u:t\"}" : null);
        Assert.False(open.PasswordRequired);
        Assert.True(open.ManagesUpstreamTokens("ghcr.io"));
        Assert.False(open.ManagesUpstreamTokens("docker.io"));
        var locked = AccessSettings.Parse(name => name == "MIRROR_PASSWORD" ? "pw" : null);
        Assert.True(locked.PasswordRequired);
        Assert.True(locked.ManagesUpstreamTokens("docker.io"));
        Assert.False(AccessSettings.Parse(name => name == "MIRROR_PASSWORD" ? "" : null).PasswordRequired);
    }
}
