using System.Net;
using System.Text.Json;
using EdgeMirror.Worker.Core.Auth;
using static EdgeMirror.Worker.Tests.Workerd.MirrorClient;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>Choosing a registry (path prefix, ns, host label), the 429 fallback, OCI errors and the
/// small non-registry answers, through the compiled Worker in workerd.</summary>
[Collection(MirrorCollection.Name)]
public sealed class RoutingAndErrorTests(MirrorFixture mirror)
{
    private HttpClient Client => mirror.Worker.Client;
    private const string RegistryManifest = "/v2/registry.test/team/testimg/manifests/latest";

    [Fact]
    public async Task A_path_prefix_selects_the_configured_registry()
    {
        using var response = await Client.SendAsync(Get(RegistryManifest));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.RegistryImage.ManifestDigest, Header(response, "Docker-Content-Digest"));
    }

    [Fact]
    public async Task The_ns_parameter_selects_the_registry_and_is_echoed_as_oci_namespace()
    {
        using var response = await Client.SendAsync(Get("/v2/team/testimg/manifests/latest?ns=registry.test"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.RegistryImage.ManifestDigest, Header(response, "Docker-Content-Digest"));
        Assert.Equal("registry.test", Header(response, "OCI-Namespace"));
    }

    [Fact]
    public async Task A_host_label_selects_the_registry()
    {
        using var request = Get("/v2/team/testimg/manifests/latest");
        request.Headers.Host = "registry.mirror.example.com";
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.RegistryImage.ManifestDigest, Header(response, "Docker-Content-Digest"));
    }

    [Fact]
    public async Task A_ns_route_challenge_sends_the_client_to_a_token_realm_that_keeps_the_ns()
    {
        using var response = await Client.SendAsync(Get("/v2/library/testimg/manifests/latest?ns=docker.io"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"http://{mirror.MirrorHostPort}/token?ns=docker.io", Challenge.Parse(Header(response, "WWW-Authenticate"))!.Realm);
    }

    [Fact]
    public async Task On_429_the_fallbacks_are_tried_in_order_without_the_clients_authorization()
    {
        var mark = mirror.Mark();
        using var response = await Client.SendAsync(Get("/v2/ratelimited/img/manifests/latest", "client-token"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fallback", Header(response, "X-Served-By"));
        var refused = Assert.Single(mirror.Since(mark, "fallback-refusing"));
        var served = Assert.Single(mirror.Since(mark, "fallback"));
        Assert.Null(refused.Header("authorization"));
        Assert.Null(served.Header("authorization"));
        Assert.Equal("/v2/ratelimited/img/manifests/latest", served.PathAndQuery);
    }

    [Fact]
    public async Task A_fallback_that_wants_a_token_gets_its_own_anonymous_one_never_the_clients()
    {
        var mark = mirror.Mark();
        using var response = await Client.SendAsync(Get("/v2/ratelimited/authed/manifests/latest", "client-token"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.HubImage.ManifestDigest, Header(response, "Docker-Content-Digest"));
        var served = mirror.Since(mark, "fallback");
        Assert.Contains(served, r => r.PathAndQuery.StartsWith("/token?", StringComparison.Ordinal));
        Assert.Contains(served, r => r.Header("authorization") == "Bearer " + FallbackMirror.Token);
        Assert.DoesNotContain(served, r => r.Header("authorization") == "Bearer client-token");
    }

    [Fact]
    public async Task When_every_fallback_refuses_the_upstreams_429_and_retry_after_are_returned()
    {
        using var response = await Client.SendAsync(Get("/v2/ratelimited/everywhere/manifests/latest"));
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal(FakeHub.RetryAfter, Header(response, "Retry-After"));
    }

    [Fact]
    public async Task An_unknown_registry_is_name_unknown()
    {
        using var response = await Client.SendAsync(Get("/v2/unknown.example/x/manifests/latest"));
        await AssertOciError(response, 404, "NAME_UNKNOWN");
        using var byNs = await Client.SendAsync(Get("/v2/x/y/manifests/latest?ns=unknown.example"));
        await AssertOciError(byNs, 404, "NAME_UNKNOWN");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Writes_are_refused_as_unsupported(string method)
    {
        var mark = mirror.Mark();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/v2/library/testimg/manifests/latest")
        {
            Content = new StringContent("{}"),
        };
        using var response = await Client.SendAsync(request);
        await AssertOciError(response, 405, "UNSUPPORTED");
        Assert.Empty(mirror.Since(mark, "hub"));
    }

    [Fact]
    public async Task An_unreachable_upstream_is_a_502()
    {
        using var response = await Client.SendAsync(Get("/v2/dead.test/x/manifests/latest"));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(body.GetProperty("errors")[0].GetProperty("code").GetString()!);
    }

    [Fact]
    public async Task An_upstream_slower_than_the_timeout_is_a_504()
    {
        var started = DateTime.UtcNow;
        using var response = await Client.SendAsync(Get("/v2/slow/img/manifests/latest"));
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.NotNull(Header(response, "Retry-After"));
        Assert.True(DateTime.UtcNow - started < FakeHub.SlowDelay, "the Worker waited for the slow upstream instead of timing out");
    }

    [Fact]
    public async Task Invalid_names_are_rejected_before_any_upstream_request()
    {
        var mark = mirror.Mark();
        using var response = await Client.SendAsync(Get("/v2/Bad_Name/manifests/latest"));
        await AssertOciError(response, 400, "NAME_INVALID");
        Assert.Empty(mirror.Since(mark, "hub"));
    }

    [Fact]
    public async Task The_page_is_served_with_host_and_config_filled_in()
    {
        using var response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("{{host}}", html);
        Assert.DoesNotContain("{{config}}", html);
        Assert.Contains(mirror.MirrorHostPort, html);
        using var index = await Client.GetAsync("/index.html");
        Assert.Equal(html, await index.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Robots_and_favicon_have_small_answers_of_their_own()
    {
        using var robots = await Client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, robots.StatusCode);
        Assert.Equal("text/plain", robots.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Disallow: /v2/", await robots.Content.ReadAsStringAsync());
        using var favicon = await Client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal("image/svg+xml", favicon.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Other_paths_are_a_404_error_not_the_page()
    {
        using var response = await Client.GetAsync("/wp-login.php");
        await AssertOciError(response, 404, "NOT_FOUND");
    }

    [Fact]
    public void The_deployed_compatibility_date_strips_authorization_on_cross_origin_redirects()
    {
        var date = EdgeMirror.TestSupport.WorkerHost.RepositoryCompatibilityDate();
        Assert.True(string.CompareOrdinal(date, "2025-09-01") >= 0, $"compatibility_date {date} is before 2025-09-01");
    }
}
