using System.Net;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Core.Auth;
using static EdgeMirror.Worker.Tests.Conformance.RegistryClient;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>Every built-in registry, each behaving as its documentation says (realm on its own host or another,
/// token field, no auth at all, a redirect in front), pulled by path prefix, host label and <c>?ns=</c> with the
/// token dance a client does against the mirror alone.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class PublicRegistryTests(ConformanceFixture mirror)
{
    public static readonly TheoryData<string, string> RegistriesAndRoutes = Cross(
        new[] { "docker.io", "ghcr.io", "quay.io", "gcr.io", "registry.k8s.io", "mcr.microsoft.com", "public.ecr.aws", "nvcr.io", "docker.elastic.co" },
        new[] { "prefix", "label", "ns" });

    private static readonly System.Net.Http.Headers.AuthenticationHeaderValue Alice = new("Basic",
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(PublicRegistryDouble.User + ":" + PublicRegistryDouble.Password)));

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["docker.io"] = "docker", ["ghcr.io"] = "ghcr", ["quay.io"] = "quay", ["gcr.io"] = "gcr", ["registry.k8s.io"] = "k8s",
        ["mcr.microsoft.com"] = "mcr", ["public.ecr.aws"] = "ecr", ["nvcr.io"] = "nvcr", ["docker.elastic.co"] = "elastic",
    };

    [Theory]
    [MemberData(nameof(RegistriesAndRoutes))]
    public async Task An_image_is_pulled_from_every_built_in_registry_by_every_route(string registry, string route)
    {
        var image = mirror.Images.Image;
        using var manifest = await Pull(registry, route, "manifests/latest");
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal(image.ManifestDigest, Header(manifest, "Docker-Content-Digest"));
        Assert.Equal(image.Manifest, await manifest.Content.ReadAsByteArrayAsync());
        if (route == "ns") Assert.Equal(registry, Header(manifest, "OCI-Namespace"));
        foreach (var digest in image.Blobs.Keys)
        {
            using var blob = await Pull(registry, route, "blobs/" + digest);
            Assert.Equal(HttpStatusCode.OK, blob.StatusCode);
            Assert.Equal(digest, TestImage.Digest(await blob.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task A_front_that_answers_the_version_check_itself_and_redirects_to_a_registry_that_challenges_is_pulled()
    {
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        using var response = await client.Send($"/v2/{ConformanceFixture.K8sLike}/pause/manifests/latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.Images.Image.ManifestDigest, Header(response, "Docker-Content-Digest"));
        foreach (var digest in mirror.Images.Image.Blobs.Keys)
        {
            using var blob = await client.Send($"/v2/{ConformanceFixture.K8sLike}/pause/blobs/{digest}");
            Assert.Equal(digest, TestImage.Digest(await blob.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task Registry_k8s_io_public_images_come_with_the_mirrors_anonymous_token_for_the_redirect_targets_challenge()
    {
        var mark = mirror.Mark();
        using var response = await new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort).Send("/v2/registry.k8s.io/pause/manifests/latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var backing = mirror.Since(mark, "ar");
        Assert.Contains(backing, r => r.PathAndQuery.StartsWith("/v2/token?", StringComparison.Ordinal)
                                      && r.PathAndQuery.Contains("scope=repository%3Ak8s-artifacts-prod%2Fimages%2Fpause%3Apull"));
        Assert.Contains(backing, r => r.PathAndQuery.EndsWith("/pause/manifests/latest", StringComparison.Ordinal) && r.Header("authorization") is not null);
    }

    [Fact]
    public async Task Registry_k8s_io_private_images_get_the_clients_own_token_at_the_redirect_target_that_asks_for_it()
    {
        var mark = mirror.Mark();
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        using var response = await client.Send("/v2/registry.k8s.io/private/pause/manifests/latest", login: Alice);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(mirror["pkg.dev"].Grants(client.Token!, RedirectingFront.BackingPrefix + "private/pause", PublicRegistryDouble.User));
        Assert.Contains(mirror.Since(mark, "ar"), r => r.PathAndQuery.EndsWith("/manifests/latest", StringComparison.Ordinal)
                                                      && r.Header("authorization") == "Bearer " + client.Token);
        // Without credentials the same image stays refused.
        using var anonymous = await new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort).Send("/v2/registry.k8s.io/private/pause/manifests/latest");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Behind_a_front_that_answers_the_version_check_itself_docker_login_credentials_reach_the_redirect_targets_realm()
    {
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        using var response = await client.Send($"/v2/{ConformanceFixture.K8sLike}/private/pause/manifests/latest", login: Alice);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(mirror["pkg.dev"].Grants(client.Token!, RedirectingFront.BackingPrefix + "private/pause", PublicRegistryDouble.User));
    }

    [Fact]
    public async Task A_client_token_is_not_resent_to_a_redirect_target_whose_challenge_names_another_realm()
    {
        // gcr.io's CDN is no registry: a 403 from it stays a refusal and never sees the token.
        var mark = mirror.Mark();
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        using var response = await client.Send($"/v2/gcr.io/project/app/blobs/{mirror.Images.Image.LayerDigests[0]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(mirror.Since(mark, "gcr-cdn"), r => Assert.Null(r.Header("authorization")));
    }

    [Fact]
    public async Task A_registry_without_auth_answers_the_version_check_and_the_token_endpoint_hands_out_a_harmless_token()
    {
        using var ping = await mirror.Worker.Client.GetAsync("/v2/mcr.microsoft.com/");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        using var token = await mirror.Worker.Client.GetAsync("/token?scope=repository:mcr.microsoft.com/dotnet/runtime:pull");
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Contains("\"token\"", await token.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Public_ecr_s_challenge_keeps_its_aws_scope_and_points_at_the_mirrors_realm_for_that_registry()
    {
        using var ping = await mirror.Worker.Client.GetAsync("/v2/public.ecr.aws/");
        Assert.Equal(HttpStatusCode.Unauthorized, ping.StatusCode);
        var challenge = Challenge.Parse(ChallengeHeader(ping))!;
        Assert.Equal($"http://{mirror.MirrorHostPort}/token?ns=public.ecr.aws", challenge.Realm);
        Assert.Equal("aws", challenge.Get("scope"));
        Assert.Equal("public.ecr.aws", challenge.Service);
    }

    [Fact]
    public async Task A_realm_on_another_host_is_learned_from_the_upstream_and_asked_by_the_mirror()
    {
        var mark = mirror.Mark();
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        using var response = await client.Send("/v2/docker.elastic.co/elasticsearch/elasticsearch/manifests/latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asked = Assert.Single(mirror.Since(mark, "elastic-auth"));
        Assert.StartsWith("/auth?", asked.PathAndQuery);
        Assert.Contains("service=token-service", asked.PathAndQuery);
    }

    [Theory]
    [InlineData("/v2/index.docker.io/library/app/manifests/latest")]
    [InlineData("/v2/library/app/manifests/latest?ns=index.docker.io")]
    public async Task Docker_hubs_other_names_pull_from_docker_hub(string path)
    {
        var mark = mirror.Mark();
        using var response = await new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort).Send(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mirror.Since(mark, "hub"), r => r.PathAndQuery == "/v2/library/app/manifests/latest" && r.Header("authorization") is not null);
    }

    [Fact]
    public async Task A_host_label_that_names_no_registry_is_docker_hub()
    {
        using var response = await Pull("docker.io", "label:www", "manifests/latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // docker.io's path-prefix form is how daemon.json mirrors and podman's docker.io mirror ask: /v2/library/app
    // (the default registry) — the explicit /v2/docker.io/… prefix is tested too.
    private async Task<HttpResponseMessage> Pull(string registry, string route, string rest)
    {
        var client = new RegistryClient(mirror.Worker.Client, mirror.MirrorHostPort);
        var repository = registry == "registry.k8s.io" ? "pause" : registry == "docker.io" ? "library/app" : "owner/app";
        if (route == "prefix") return await client.Send($"/v2/{registry}/{repository}/{rest}");
        if (route == "ns") return await client.Send($"/v2/{repository}/{rest}?ns={registry}");
        var label = route.StartsWith("label:", StringComparison.Ordinal) ? route["label:".Length..] : Labels[registry];
        var host = label + ".mirror.example.com";
        var labelled = new HttpClient(new HostRewriter(host, mirror.Worker.BaseAddress) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } })
        {
            BaseAddress = mirror.Worker.BaseAddress,
        };
        return await new RegistryClient(labelled, host).Send($"/v2/{repository}/{rest}");
    }

    /// <summary>Sends every request with the Host a host-label deployment receives (realms then name that host).</summary>
    private sealed class HostRewriter(string host, Uri mirrorAddress) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Authority == host) request.RequestUri = new Uri(mirrorAddress, request.RequestUri.PathAndQuery);
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static TheoryData<string, string> Cross(string[] registries, string[] routes)
    {
        var data = new TheoryData<string, string>();
        foreach (var registry in registries)
            foreach (var route in routes)
                data.Add(registry, route);
        return data;
    }
}
