using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Web;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>The Docker token auth spec through the mirror's /token: GET with repeated scopes and the optional
/// parameters (offline_token, account, client_id), the OAuth2 form post (grant_type=password|refresh_token, what
/// containerd sends with credentials and docker sends with a refresh token), which the mirror relays to the real
/// token service with the upstream's names, and the answer fields clients read.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class TokenProtocolTests(ConformanceFixture mirror)
{
    private HttpClient Client => mirror.Worker.Client;
    private static readonly AuthenticationHeaderValue Alice =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(PublicRegistryDouble.User + ":" + PublicRegistryDouble.Password)));

    [Fact]
    public async Task Repeated_scopes_of_a_path_prefixed_registry_reach_its_token_service_without_the_prefix()
    {
        var mark = mirror.Mark();
        var answer = await Get("/token?service=ghcr.io&scope=repository:ghcr.io/owner/one:pull&scope=repository:ghcr.io/owner/two:pull");
        var token = answer.GetProperty("token").GetString()!;
        Assert.True(mirror["ghcr.io"].Grants(token, "owner/one"));
        Assert.True(mirror["ghcr.io"].Grants(token, "owner/two"));
        var asked = HttpUtility.ParseQueryString(new Uri("http://x" + Assert.Single(mirror.Since(mark, "ghcr"),
            r => r.PathAndQuery.StartsWith("/token?", StringComparison.Ordinal)).PathAndQuery).Query);
        Assert.Equal(new[] { "repository:owner/one:pull", "repository:owner/two:pull" }, asked.GetValues("scope"));
        Assert.Empty(mirror.Since(mark, "hub-auth"));
    }

    [Fact]
    public async Task A_scope_with_several_actions_keeps_them()
    {
        var mark = mirror.Mark();
        await Get("/token?service=ghcr.io&scope=" + Uri.EscapeDataString("repository:ghcr.io/owner/app:pull,push"));
        var asked = Assert.Single(mirror.Since(mark, "ghcr"), r => r.PathAndQuery.StartsWith("/token?", StringComparison.Ordinal));
        Assert.Contains("scope=repository%3Aowner%2Fapp%3Apull%2Cpush", asked.PathAndQuery);
    }

    [Fact]
    public async Task Docker_login_parameters_offline_token_account_and_client_id_reach_the_token_service_and_the_refresh_token_comes_back()
    {
        var mark = mirror.Mark();
        var answer = await Get("/token?account=alice&client_id=docker&offline_token=true&service=registry.docker.io", Alice);
        Assert.Equal(PublicRegistryDouble.RefreshToken, answer.GetProperty("refresh_token").GetString());
        var asked = HttpUtility.ParseQueryString(new Uri("http://x" + Assert.Single(mirror.Since(mark, "hub-auth")).PathAndQuery).Query);
        Assert.Equal("alice", asked["account"]);
        Assert.Equal("docker", asked["client_id"]);
        Assert.Equal("true", asked["offline_token"]);
        Assert.Equal("registry.docker.io", asked["service"]);
    }

    [Fact]
    public async Task Expires_in_and_issued_at_are_relayed_and_both_token_fields_are_always_there()
    {
        foreach (var (registry, scope) in new[] { ("ghcr.io", "repository:ghcr.io/o/a:pull"), ("docker.io", "repository:a:pull"), ("quay.io", "repository:quay.io/o/a:pull") })
        {
            var answer = await Get("/token?scope=" + Uri.EscapeDataString(scope));
            Assert.Equal(300, answer.GetProperty("expires_in").GetInt32());
            Assert.Equal("2026-01-01T00:00:00Z", answer.GetProperty("issued_at").GetString());
            Assert.Equal(answer.GetProperty("token").GetString(), answer.GetProperty("access_token").GetString());
            Assert.StartsWith($"tok.{mirror[registry].Behaviour.Name}.", answer.GetProperty("token").GetString());
        }
    }

    [Fact]
    public async Task A_password_grant_form_post_reaches_the_real_token_service_with_library_scopes_and_its_service()
    {
        var mark = mirror.Mark();
        using var response = await Post("/token", new()
        {
            ["grant_type"] = "password", ["username"] = PublicRegistryDouble.User, ["password"] = PublicRegistryDouble.Password,
            ["client_id"] = "containerd-client", ["service"] = "registry.docker.io", ["scope"] = "repository:private/app:pull repository:app:pull",
            ["access_type"] = "offline",
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var answer = JsonDocument.Parse(body).RootElement;
        var token = answer.GetProperty("access_token").GetString()!;
        Assert.Equal(token, answer.GetProperty("token").GetString());
        Assert.Equal(PublicRegistryDouble.RefreshToken, answer.GetProperty("refresh_token").GetString());
        Assert.True(mirror["docker.io"].Grants(token, "private/app", PublicRegistryDouble.User));
        Assert.True(mirror["docker.io"].Grants(token, "library/app", PublicRegistryDouble.User));
        var asked = Assert.Single(mirror.Since(mark, "hub-auth"));
        Assert.Equal("POST", asked.Method);
        Assert.Equal("/token", asked.PathAndQuery);
    }

    [Fact]
    public async Task A_refresh_token_post_for_a_path_prefixed_registry_gets_a_token_for_the_unprefixed_repository()
    {
        using var response = await Post("/token", new()
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = PublicRegistryDouble.RefreshToken, ["client_id"] = "docker",
            ["service"] = "us-west1-docker.pkg.dev", ["scope"] = "repository:registry.k8s.io/k8s-artifacts-prod/images/pause:pull",
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
        Assert.True(mirror["pkg.dev"].Grants(token, "k8s-artifacts-prod/images/pause", PublicRegistryDouble.User));
    }

    [Fact]
    public async Task A_form_post_on_an_ns_realm_goes_to_that_registry()
    {
        var mark = mirror.Mark();
        using var response = await Post("/token?ns=docker.io", new()
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = PublicRegistryDouble.RefreshToken, ["client_id"] = "containerd-client",
            ["service"] = "registry.docker.io", ["scope"] = "repository:library/app:pull",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(mirror.Since(mark, "hub-auth"));
    }

    [Fact]
    public async Task A_form_post_to_a_registry_that_takes_none_keeps_its_404_so_containerd_falls_back_to_get()
    {
        using var response = await Post("/token", new()
        {
            ["grant_type"] = "password", ["username"] = PublicRegistryDouble.User, ["password"] = PublicRegistryDouble.Password,
            ["client_id"] = "containerd-client", ["service"] = "gcr.io", ["scope"] = "repository:gcr.io/project/app:pull",
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_form_credentials_are_a_401()
    {
        using var response = await Post("/token", new()
        {
            ["grant_type"] = "password", ["username"] = "alice", ["password"] = "guess", ["client_id"] = "docker",
            ["service"] = "registry.docker.io", ["scope"] = "repository:library/app:pull",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_post_that_is_no_form_is_refused_without_asking_upstream()
    {
        var mark = mirror.Mark();
        using var response = await Client.PostAsync("/token", new StringContent("{\"grant_type\":\"password\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(mirror.Log.Skip(mark));
    }

    private async Task<JsonElement> Get(string path, AuthenticationHeaderValue? login = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = login;
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private Task<HttpResponseMessage> Post(string path, Dictionary<string, string> form) =>
        Client.PostAsync(path, new FormUrlEncodedContent(form));
}
