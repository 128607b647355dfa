using System.Net;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>Input validation, size limits, the user-agent blocklist, "no way through" and the request log
/// on an open mirror.</summary>
[Collection(SecurityCollection.Name)]
public sealed class GuardTests(SecurityFixture mirror)
{
    [Theory]
    [InlineData("/v2/Library/Nginx/manifests/latest", 400, "NAME_INVALID")]
    [InlineData("/v2/team/a..b/manifests/latest", 400, "NAME_INVALID")]
    [InlineData("/v2/team/app%2F..%2F..%2Fx/manifests/latest", 400, "NAME_INVALID")]
    [InlineData("/v2/team/-app/manifests/latest", 400, "NAME_INVALID")]
    [InlineData("/v2/team/app/manifests/-latest", 400, "TAG_INVALID")]
    [InlineData("/v2/team/app/manifests/sha256:xyz", 400, "TAG_INVALID")]
    [InlineData("/v2/team/app/blobs/latest", 400, "DIGEST_INVALID")]
    [InlineData("/v2/team/app/blobs/sha256:ABCDEF", 400, "DIGEST_INVALID")]
    [InlineData("/v2/team/app/referrers/sha256:0", 400, "DIGEST_INVALID")]
    public async Task Names_tags_and_digests_outside_the_distribution_grammar_are_400s(string path, int status, string code)
    {
        var mark = mirror.Mark();
        using var response = await mirror.Client.SendAsync(MirrorClient.Get(path));
        await MirrorClient.AssertOciError(response, status, code);
        Assert.Empty(mirror.Since(mark, "hub"));
    }

    [Fact]
    public async Task Overlong_urls_and_oversized_headers_are_refused_before_any_upstream_work()
    {
        var mark = mirror.Mark();
        using var longUrl = await mirror.Client.SendAsync(MirrorClient.Get("/v2/team/app/tags/list?last=" + new string('a', 5000)));
        await MirrorClient.AssertOciError(longUrl, 414, "UNSUPPORTED");

        using var request = MirrorClient.Get("/v2/team/app/manifests/latest");
        for (var i = 0; i < 3; i++) request.Headers.TryAddWithoutValidation("X-Padding-" + i, new string('p', 4500));
        using var bigHeaders = await mirror.Client.SendAsync(request);
        await MirrorClient.AssertOciError(bigHeaders, 431, "UNSUPPORTED");
        Assert.Empty(mirror.Since(mark, "hub"));
    }

    [Theory]
    [InlineData("BadBot/1.0")]
    [InlineData("Mozilla/5.0 (compatible; EVIL-CRAWLER/3)")]
    public async Task Blocked_user_agents_are_refused_on_every_route(string agent)
    {
        foreach (var path in new[] { "/", "/v2/", "/v2/library/testimg/manifests/latest", "/token?scope=repository:x:pull" })
        {
            using var request = MirrorClient.Get(path);
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
            using var response = await mirror.Client.SendAsync(request);
            await MirrorClient.AssertOciError(response, 403, "DENIED");
        }
        // Refused before routing, and still logged (without the agent string, a client-chosen text).
        await LogLines.WaitFor(() => mirror.Worker.Output, l => l.Str("route") == "rejected" && l.Int("status") == 403);
    }

    [Fact]
    public async Task Other_user_agents_pass()
    {
        using var request = MirrorClient.Get("/v2/");
        request.Headers.TryAddWithoutValidation("User-Agent", "docker/27.0 go/1.22 (BadBo t)");
        using var response = await mirror.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Every way a client could name another host; none may make the Worker fetch it.</summary>
    [Fact]
    public async Task Nothing_a_client_sends_makes_the_worker_fetch_another_host()
    {
        var elsewhere = mirror.ElsewhereHostPort;
        var url = "http://" + elsewhere;
        var enc = Uri.EscapeDataString(url);
        var paths = new[]
        {
            $"/v2/{elsewhere}/team/app/manifests/latest",
            $"/v2/{Uri.EscapeDataString(elsewhere)}/team/app/manifests/latest",
            $"/v2/team/app/manifests/latest?ns={elsewhere}",
            $"/v2/team/app/manifests/latest?ns={enc}",
            $"/v2/../../{elsewhere}/v2/team/app/manifests/latest",
            $"/v2/%2e%2e/%2e%2e/{elsewhere}/manifests/latest",
            $"/v2/team%2F..%2F..%2F{elsewhere}/manifests/latest",
            $"/v2/@{elsewhere}/app/manifests/latest",
            $"/v2/team/app/blobs/sha256:{new string('0', 64)}?redirect={enc}",
            $"/token?realm={enc}/token&service=x&scope=repository:team/app:pull",
            $"/token?scope=repository:{elsewhere}/team/app:pull",
            $"/token?ns={elsewhere}&scope=repository:team/app:pull",
            $"/token?service={enc}&scope=repository:team/app:pull&realm={url}",
            $"//{elsewhere}/v2/",
            $"/v2/team/app/tags/list?last={enc}&n=1",
            $"/{url}/v2/",
        };
        foreach (var path in paths)
        {
            // Absolute, so that "//host/…" stays a path of the mirror instead of becoming a URL of its own.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mirror.Worker.BaseAddress.GetLeftPart(UriPartial.Authority) + path));
            request.Headers.TryAddWithoutValidation("X-Forwarded-Host", elsewhere);
            request.Headers.TryAddWithoutValidation("Forwarded", "host=" + elsewhere);
            request.Headers.TryAddWithoutValidation("Referer", url + "/");
            using var response = await mirror.Client.SendAsync(request);
            Assert.NotEqual(500, (int)response.StatusCode);
        }
        // Host header naming the other place (host-label routing must only pick configured registries).
        foreach (var host in new[] { elsewhere, "127.0.0.1." + mirror.Elsewhere.Port + ".example", "elsewhere.127.0.0.1.nip.io" })
        {
            using var request = MirrorClient.Get("/v2/team/app/manifests/latest");
            request.Headers.Host = host;
            using var response = await mirror.Client.SendAsync(request);
            Assert.NotEqual(500, (int)response.StatusCode);
        }
        Assert.Empty(mirror.ElsewhereLog);
    }

    [Fact]
    public async Task Every_request_gets_one_json_log_line_with_route_registry_status_cache_bytes_and_upstream_time()
    {
        var repository = "library/logged" + Guid.NewGuid().ToString("N")[..8];
        var (token, _) = await MirrorClient.Token(mirror.Client, $"service={FakeHub.Service}&scope=repository:{repository}:pull");
        using (var response = await mirror.Client.SendAsync(MirrorClient.Get($"/v2/{repository}/manifests/latest", token)))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = await LogLines.WaitFor(() => mirror.Worker.Output, l => l.Str("repository") == repository);
        Assert.Equal("GET", line.Str("method"));
        Assert.Equal("manifest", line.Str("route"));
        Assert.Equal("docker.io", line.Str("registry"));
        Assert.Equal(200, line.Int("status"));
        Assert.Equal("MISS", line.Str("cache"));
        Assert.Equal(mirror.Image.Manifest.Length, line.Int("bytes"));
        Assert.True(line.TryGetProperty("upstreamMs", out var upstreamMs) && upstreamMs.GetInt32() >= 0);
        Assert.True(line.TryGetProperty("ms", out _));
        Assert.DoesNotContain(token, mirror.Worker.Output);
        var lines = LogLines.Requests(mirror.Worker.Output);
        Assert.Single(lines, l => l.Str("repository") == repository);
    }
}
