using System.Net;
using EdgeMirror.Worker.Core.Auth;
using static EdgeMirror.Worker.Tests.Conformance.RegistryClient;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>Requests as containerd sends them to a hosts.toml mirror: <c>?ns=&lt;registry&gt;</c> on every request,
/// its manifest Accept list ending in <c>*/*</c>, <c>override_path</c> servers that carry the registry in the path
/// as well, and <c>_default</c> mirrors asked for registries the mirror does not serve.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class ContainerdTests(ConformanceFixture mirror)
{
    private RegistryClient Client => new(mirror.Worker.Client, mirror.MirrorHostPort);

    [Fact]
    public async Task A_docker_io_pull_with_ns_on_every_request_gets_a_realm_that_keeps_the_ns()
    {
        var mark = mirror.Mark();
        var client = Client;
        using var manifest = await client.Send("/v2/library/app/manifests/latest?ns=docker.io", accept: ContainerdAccept);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("docker.io", Header(manifest, "OCI-Namespace"));
        Assert.StartsWith($"http://{mirror.MirrorHostPort}/token?ns=docker.io&", client.TokenUrl);
        var hub = mirror.Since(mark, "hub");
        Assert.All(hub, r => Assert.DoesNotContain("ns=", r.PathAndQuery));
        Assert.Equal(ContainerdAccept, hub.Last().Header("accept"));
        var layer = mirror.Images.Image.LayerDigests[0];
        using var blob = await client.Send($"/v2/library/app/blobs/{layer}?ns=docker.io", accept: "application/vnd.oci.image.layer.v1.tar+gzip, */*");
        Assert.Equal(HttpStatusCode.OK, blob.StatusCode);
        Assert.Equal(mirror.Images.Image.Blobs[layer], await blob.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("ghcr.io", "owner/app", "ghcr")]
    [InlineData("docker.io", "library/app", "hub")]
    [InlineData("registry.k8s.io", "pause", "ar")]
    public async Task An_override_path_server_that_names_the_registry_in_the_path_and_in_ns_reaches_the_right_repository(
        string registry, string repository, string upstream)
    {
        var mark = mirror.Mark();
        using var response = await Client.Send($"/v2/{registry}/{repository}/manifests/latest?ns={registry}", accept: ContainerdAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mirror.Images.Image.ManifestDigest, Header(response, "Docker-Content-Digest"));
        Assert.Contains(mirror.Since(mark, upstream), r => r.PathAndQuery.EndsWith($"/{repository}/manifests/latest", StringComparison.Ordinal)
                                                          && !r.PathAndQuery.Contains(registry + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_challenge_on_an_override_path_route_leads_to_a_token_for_the_unprefixed_repository()
    {
        using var response = await mirror.Worker.Client.GetAsync("/v2/ghcr.io/owner/app/manifests/latest?ns=ghcr.io");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Challenge.Parse(ChallengeHeader(response))!;
        var token = await Client.FetchToken(challenge);
        Assert.True(mirror["ghcr.io"].Grants(token, "owner/app"));
    }

    [Fact]
    public async Task A_default_mirror_asked_for_a_registry_it_does_not_serve_answers_name_unknown_without_fetching()
    {
        var mark = mirror.Mark();
        using var response = await mirror.Worker.Client.GetAsync("/v2/team/app/manifests/latest?ns=registry.internal.example");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NAME_UNKNOWN", await response.Content.ReadAsStringAsync());
        Assert.Empty(mirror.Log.Skip(mark));
    }

    [Fact]
    public async Task A_ns_pull_of_an_index_with_containerds_accept_gets_the_index()
    {
        using var response = await Client.Send("/v2/owner/app/manifests/index?ns=quay.io", accept: ContainerdAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImageSet.OciIndex, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("quay.io", Header(response, "OCI-Namespace"));
    }
}
