using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Core.Auth;
using static EdgeMirror.Worker.Tests.Workerd.MirrorClient;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>The registry API through the compiled Worker in workerd, against the Docker-Hub-like upstream.</summary>
[Collection(MirrorCollection.Name)]
public sealed class RegistryProxyTests(MirrorFixture mirror)
{
    private HttpClient Client => mirror.Worker.Client;
    private TestImage Image => mirror.HubImage;

    [Fact]
    public async Task The_version_check_challenges_with_the_mirrors_own_token_realm()
    {
        using var response = await Client.SendAsync(Get("/v2/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Challenge.Parse(Header(response, "WWW-Authenticate"))!;
        Assert.Equal($"http://{mirror.MirrorHostPort}/token", challenge.Realm);
        Assert.Equal(FakeHub.Service, challenge.Service);
    }

    [Fact]
    public async Task A_401_on_a_manifest_keeps_service_and_scope_and_points_at_the_mirror()
    {
        using var response = await Client.SendAsync(Get("/v2/library/testimg/manifests/latest"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Challenge.Parse(Header(response, "WWW-Authenticate"))!;
        Assert.Equal($"http://{mirror.MirrorHostPort}/token", challenge.Realm);
        Assert.Equal("repository:library/testimg:pull", challenge.Get("scope"));
    }

    [Fact]
    public async Task The_token_endpoint_asks_the_real_realm_with_library_scopes_and_answers_both_token_fields()
    {
        var mark = mirror.Mark();
        var (token, answer) = await Token(Client, "service=fake-hub&scope=repository:testimg:pull");
        Assert.Equal(token, answer.GetProperty("access_token").GetString());
        var asked = Assert.Single(mirror.Since(mark, "hub-auth"));
        Assert.Contains("scope=repository%3Alibrary%2Ftestimg%3Apull", asked.PathAndQuery);
        Assert.Contains("service=fake-hub", asked.PathAndQuery);
    }

    [Fact]
    public async Task Every_scope_of_a_multi_scope_token_request_reaches_the_token_service()
    {
        var mark = mirror.Mark();
        var (token, _) = await Token(Client, "service=fake-hub&scope=repository:library/testimg:pull&scope=repository:other/img:pull");
        var scopes = Encoding.UTF8.GetString(Convert.FromBase64String(token.Split('.')[2])).Split(' ');
        Assert.Equal(new[] { "repository:library/testimg:pull", "repository:other/img:pull" }, scopes);
        Assert.Single(mirror.Since(mark, "hub-auth"));
    }

    [Fact]
    public async Task A_realm_given_by_the_client_is_ignored()
    {
        var mark = mirror.Mark();
        await Token(Client, "service=fake-hub&scope=repository:x/y:pull&realm=http%3A%2F%2F127.0.0.1%3A1%2Fsteal");
        Assert.Single(mirror.Since(mark, "hub-auth"));
    }

    [Fact]
    public async Task Manifests_pass_through_with_digest_type_length_and_etag()
    {
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        var mark = mirror.Mark();
        using var response = await Client.SendAsync(Get("/v2/library/testimg/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ManifestAccept, mirror.Since(mark, "hub").Single().Header("accept"));
        Assert.Equal(Image.Manifest, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Image.ManifestDigest, Header(response, "Docker-Content-Digest"));
        Assert.Equal(TestImage.ManifestMediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Image.Manifest.Length, response.Content.Headers.ContentLength);
        Assert.Equal("\"" + Image.ManifestDigest + "\"", response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Head_stays_head_and_carries_the_headers_without_a_body()
    {
        var mark = mirror.Mark();
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        using var response = await Client.SendAsync(Get("/v2/library/testimg/manifests/latest", token, HttpMethod.Head));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Image.ManifestDigest, Header(response, "Docker-Content-Digest"));
        Assert.Equal(Image.Manifest.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.All(mirror.Since(mark, "hub").Where(r => r.PathAndQuery.Contains("/manifests/")), r => Assert.Equal("HEAD", r.Method));
    }

    [Fact]
    public async Task Official_image_names_get_library_in_the_upstream_path()
    {
        var mark = mirror.Mark();
        var (token, _) = await Token(Client, "scope=repository:testimg:pull");
        using var response = await Client.SendAsync(Get("/v2/testimg/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mirror.Since(mark, "hub"), r => r.PathAndQuery == "/v2/library/testimg/manifests/latest");
    }

    [Fact]
    public async Task Blobs_follow_the_redirect_inside_the_worker_without_sending_authorization_to_storage()
    {
        var mark = mirror.Mark();
        var layer = Image.LayerDigests[0];
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        using var response = await Client.SendAsync(Get($"/v2/library/testimg/blobs/{layer}", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(layer, TestImage.Digest(body));
        Assert.Equal(layer, Header(response, "Docker-Content-Digest"));
        var storage = Assert.Single(mirror.Since(mark, "hub-storage"));
        Assert.Null(storage.Header("authorization"));
        Assert.NotNull(mirror.Since(mark, "hub").Single(r => r.PathAndQuery.Contains("/blobs/")).Header("authorization"));
    }

    [Fact]
    public async Task Relative_and_chained_redirects_keep_authorization_only_on_the_registrys_origin()
    {
        var mark = mirror.Mark();
        var layer = Image.LayerDigests[1];
        var (token, _) = await Token(Client, "scope=repository:hops/img:pull");
        using var response = await Client.SendAsync(Get($"/v2/hops/img/blobs/{layer}", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(layer, TestImage.Digest(await response.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(mirror.Since(mark, "hub").Single(r => r.PathAndQuery == "/hop/" + layer).Header("authorization"));
        Assert.Null(Assert.Single(mirror.Since(mark, "hub-storage")).Header("authorization"));
    }

    [Fact]
    public async Task Range_requests_reach_storage_and_answer_206()
    {
        var layer = Image.LayerDigests[1];
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        using var request = Get($"/v2/library/testimg/blobs/{layer}", token);
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(Image.Blobs[layer][100..200], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 100-199/{Image.Blobs[layer].Length}", response.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Head_on_a_blob_reports_its_length()
    {
        var layer = Image.LayerDigests[2];
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        var mark = mirror.Mark();
        using var response = await Client.SendAsync(Get($"/v2/library/testimg/blobs/{layer}", token, HttpMethod.Head));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Image.Blobs[layer].Length, response.Content.Headers.ContentLength);
        Assert.Equal("HEAD", Assert.Single(mirror.Since(mark, "hub-storage")).Method);
    }

    [Fact]
    public async Task Docker_login_credentials_reach_the_token_service_for_private_images()
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:wonderland")));
        var (token, _) = await Token(Client, "scope=repository:private/app:pull", basic);
        using var allowed = await Client.SendAsync(Get("/v2/private/app/manifests/latest", token));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        var (anonymous, _) = await Token(Client, "scope=repository:private/app:pull");
        using var refused = await Client.SendAsync(Get("/v2/private/app/manifests/latest", anonymous));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Docker_login_without_a_scope_reaches_the_default_registrys_token_service_with_its_parameters()
    {
        var mark = mirror.Mark();
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:wonderland")));
        var (token, _) = await Token(Client, "account=alice&client_id=docker&offline_token=true&service=registry.docker.io", basic);
        Assert.StartsWith("fake.alice.", token);
        var asked = Assert.Single(mirror.Since(mark, "hub-auth"));
        Assert.Contains("account=alice", asked.PathAndQuery);
        Assert.Contains("client_id=docker", asked.PathAndQuery);
        Assert.Contains("service=fake-hub", asked.PathAndQuery);
    }

    [Fact]
    public async Task Wrong_credentials_get_the_token_services_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/token?scope=repository:private/app:pull");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:wrong")));
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task As_the_nginx_429_fallback_target_a_docker_hub_token_and_foreign_host_work()
    {
        // nginx sends the Worker's own domain as Host and the client's Docker Hub token as it is.
        using var hubToken = await new HttpClient().GetAsync($"{mirror.Hub.Auth.BaseUrl}/token?service=fake-hub&scope=repository:library/testimg:pull");
        var token = System.Text.Json.JsonDocument.Parse(await hubToken.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        using var request = Get("/v2/library/testimg/manifests/latest", token);
        request.Headers.Host = "edgemirror.example.workers.dev";
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Image.ManifestDigest, Header(response, "Docker-Content-Digest"));
    }

    [Fact]
    public async Task Concurrent_pulls_with_different_tokens_do_not_interfere()
    {
        var (token, _) = await Token(Client, "scope=repository:library/testimg:pull");
        var (otherToken, _) = await Token(Client, "scope=repository:team/other:pull");
        var tasks = Enumerable.Range(0, 24).Select(async i =>
        {
            var mine = i % 2 == 0;
            var path = mine ? $"/v2/library/testimg/blobs/{Image.LayerDigests[i % 3]}" : "/v2/team/other/manifests/latest";
            using var response = await Client.SendAsync(Get(path, mine ? token : otherToken));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mine ? Image.LayerDigests[i % 3] : Image.ManifestDigest, TestImage.Digest(body));
        });
        await Task.WhenAll(tasks);
    }
}
