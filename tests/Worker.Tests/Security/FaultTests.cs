using System.Diagnostics;
using System.Net;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>Each upstream fault, injected by a test upstream, gets a clean OCI error (or, once the body has
/// started, a broken-off transfer the client notices) and a log line; the Worker keeps serving.</summary>
[Collection(SecurityCollection.Name)]
public sealed class FaultTests(SecurityFixture mirror)
{
    private async Task<System.Text.Json.JsonElement> AssertFault(string path, int status, string code)
    {
        using var response = await mirror.Client.SendAsync(MirrorClient.Get(path));
        await MirrorClient.AssertOciError(response, status, code);
        // Every path here is "/v2/<registry>/<repository>/…": match both, since earlier tests in this
        // fixture log lines for the same repository under other registries.
        var segments = path.Split('/');
        var registry = segments[2];
        var repository = segments[3] + "/" + segments[4];
        return await LogLines.WaitFor(() => mirror.Worker.Output,
            l => l.Int("status") == status && l.Str("registry") == registry && l.Str("repository") == repository);
    }

    [Fact]
    public async Task An_upstream_that_refuses_connections_is_a_502()
    {
        var line = await AssertFault("/v2/dead.test/team/app/manifests/latest", 502, "UNAVAILABLE");
        Assert.Equal("bad-gateway", line.Str("fault"));
        Assert.Equal("dead.test", line.Str("registry"));
    }

    [Fact]
    public async Task An_upstream_that_hangs_is_a_504_with_retry_after_once_the_timeout_passes()
    {
        var watch = Stopwatch.StartNew();
        using var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/faulty.test/hang/app/manifests/latest"));
        await MirrorClient.AssertOciError(response, 504, "UNAVAILABLE");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(SecurityFixture.UpstreamTimeoutMs - 200), FaultyRegistry.HangFor - TimeSpan.FromSeconds(1));
        var line = await LogLines.WaitFor(() => mirror.Worker.Output, l => l.Str("repository") == "hang/app" && l.Int("status") == 504);
        Assert.Equal("timeout", line.Str("fault"));
        Assert.True(line.Int("upstreamMs") >= SecurityFixture.UpstreamTimeoutMs - 100, line.ToString());
    }

    [Fact]
    public async Task An_upstream_that_closes_mid_body_breaks_the_transfer_off_and_the_worker_keeps_serving()
    {
        using var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/faulty.test/cut/app/blobs/sha256:" + new string('c', 64)),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The client must not mistake the fragment for a whole body: it sees an error or a short count.
        var received = 0L;
        try
        {
            received = (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            received = -1;
        }
        Assert.NotEqual(FaultyRegistry.CutBodyLength, received);
        using var after = await mirror.Client.SendAsync(MirrorClient.Get("/v2/faulty.test/fine/app/manifests/latest"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        // Its log line announces the length the client did not get.
        var line = await LogLines.WaitFor(() => mirror.Worker.Output, l => l.Str("repository") == "cut/app");
        Assert.Equal(FaultyRegistry.CutBodyLength, line.Int("bytes"));
        // No uncaught exception (what Cloudflare shows as error 1101) and the Worker's own catch-all never ran.
        Assert.DoesNotContain("Uncaught", mirror.Worker.Output);
        Assert.DoesNotContain("unhandled exception", mirror.Worker.Output);
    }

    [Fact]
    public async Task The_header_timeout_never_cuts_a_body_that_streams_for_longer_than_it()
    {
        var watch = Stopwatch.StartNew();
        using var response = await mirror.Client.SendAsync(MirrorClient.Get("/v2/faulty.test/slow/app/blobs/sha256:" + new string('d', 64)),
            HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(watch.Elapsed.TotalMilliseconds > SecurityFixture.UpstreamTimeoutMs, "the body ended before the timeout: " + watch.Elapsed);
        Assert.Equal(FaultyRegistry.SlowBodyLength, body.Length);
        // Every piece arrived in order: piece i is all bytes i.
        for (var i = 0; i < 10; i++) Assert.Equal((byte)i, body[i * (FaultyRegistry.SlowBodyLength / 10) + 7]);
    }

    [Theory]
    [InlineData("/v2/faulty.test/badauth/app/manifests/latest")]
    [InlineData("/v2/faulty.test/norealm/app/manifests/latest")]
    [InlineData("/v2/faulty.test/badrealm/app/manifests/latest")]
    public async Task A_malformed_www_authenticate_challenge_is_a_502(string path)
    {
        var line = await AssertFault(path, 502, "UNAVAILABLE");
        Assert.Equal("bad-gateway", line.Str("fault"));
    }

    [Fact]
    public async Task A_token_service_answering_html_instead_of_a_token_is_a_502()
    {
        using var response = await mirror.Client.GetAsync("/token?service=badtoken&scope=repository:badtoken.test/team/app:pull");
        await MirrorClient.AssertOciError(response, 502, "UNAVAILABLE");
        using var byNamespace = await mirror.Client.GetAsync("/token?ns=badtoken.test&scope=repository:team/app:pull");
        await MirrorClient.AssertOciError(byNamespace, 502, "UNAVAILABLE");
        await LogLines.WaitFor(() => mirror.Worker.Output, l => l.Str("route") == "token" && l.Int("status") == 502);
    }

    [Fact]
    public async Task A_rate_limited_token_service_is_a_429_with_its_own_retry_after()
    {
        using var response = await mirror.Client.GetAsync("/token?ns=badtoken.test&scope=repository:team/ratelimited:pull");
        await MirrorClient.AssertOciError(response, 429, "TOOMANYREQUESTS");
        Assert.Equal(BadTokenRegistry.RetryAfterSeconds.ToString(), MirrorClient.Header(response, "Retry-After"));
    }

    [Fact]
    public async Task A_token_realm_that_is_no_url_is_a_502_not_an_exception()
    {
        using var response = await mirror.Client.GetAsync("/token?ns=badrealm.test&scope=repository:team/app:pull");
        await MirrorClient.AssertOciError(response, 502, "UNAVAILABLE");
        using var api = await mirror.Client.SendAsync(MirrorClient.Get("/v2/badrealm.test/team/app/manifests/latest"));
        await MirrorClient.AssertOciError(api, 502, "UNAVAILABLE");
    }

    [Theory]
    [InlineData("/v2/faulty.test/loop/app/blobs/sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("/v2/faulty.test/badredirect/app/blobs/sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_redirect_loop_or_an_unparsable_location_is_a_502(string path)
    {
        await AssertFault(path, 502, "UNAVAILABLE");
    }

    [Fact]
    public async Task An_upstream_error_in_xml_reaches_the_client_as_an_oci_error_with_its_status()
    {
        await AssertFault("/v2/faulty.test/xml/app/manifests/latest", 403, "DENIED");
    }
}
