using System.Net;
using System.Text.Json;
using EdgeMirror.Worker.Core.Auth;
using static EdgeMirror.Worker.Tests.Conformance.RegistryClient;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>The OCI distribution spec's pull side through the mirror: the version check, manifests of every media
/// type by tag and digest with Accept negotiation, blobs with Range, the spec's 404 codes, tag lists and referrers
/// with their pagination, names of several components, the name grammar and digests other than sha256.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class DistributionApiTests(ConformanceFixture mirror)
{
    private RegistryClient Client => new(mirror.Worker.Client, mirror.MirrorHostPort);
    private ImageSet Images => mirror.Images;

    [Theory]
    [InlineData("/v2/")]
    [InlineData("/v2")]
    public async Task The_version_check_answers_with_and_without_the_trailing_slash(string path)
    {
        using var response = await mirror.Worker.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("registry/2.0", Header(response, "Docker-Distribution-API-Version"));
        var challenge = Challenge.Parse(ChallengeHeader(response))!;
        Assert.Equal($"http://{mirror.MirrorHostPort}/token", challenge.Realm);
        Assert.Equal("registry.docker.io", challenge.Service);
    }

    [Theory]
    [InlineData("latest", ImageSet.OciManifest)]
    [InlineData("docker", ImageSet.DockerManifest)]
    [InlineData("list", ImageSet.DockerList)]
    [InlineData("index", ImageSet.OciIndex)]
    public async Task Every_manifest_media_type_comes_by_tag_and_by_digest_with_its_type_and_digest(string tag, string mediaType)
    {
        var manifest = Images.ByTag[tag];
        foreach (var reference in new[] { tag, manifest.Digest })
        {
            using var response = await Client.Send($"/v2/ghcr.io/owner/app/manifests/{reference}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(manifest.Digest, Header(response, "Docker-Content-Digest"));
            Assert.Equal(manifest.Bytes, await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Head_on_a_manifest_carries_digest_type_and_length_without_a_body()
    {
        var mark = mirror.Mark();
        var manifest = Images.ByTag["index"];
        using var response = await Client.Send("/v2/library/app/manifests/index", HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(manifest.Digest, Header(response, "Docker-Content-Digest"));
        Assert.Equal(ImageSet.OciIndex, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(manifest.Bytes.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.All(mirror.Since(mark, "hub"), r => Assert.Equal("HEAD", r.Method));
    }

    [Fact]
    public async Task Two_accept_header_lines_reach_the_upstream_as_one_list()
    {
        var token = await Token("ghcr.io", "repository:owner/app:pull");
        var mark = mirror.Mark();
        var (status, headers) = await Raw(mirror.Worker.BaseAddress,
            $"GET /v2/ghcr.io/owner/app/manifests/index HTTP/1.1\nHost: {mirror.MirrorHostPort}\nAuthorization: Bearer {token}\n"
            + $"Accept: {ImageSet.DockerManifest}\nAccept: {ImageSet.OciIndex}\nConnection: close\n");
        Assert.Equal(200, status);
        Assert.Equal(Images.ByTag["index"].Digest, headers["docker-content-digest"]);
        var accept = Assert.Single(mirror.Since(mark, "ghcr")).Header("accept")!;
        Assert.Contains(ImageSet.DockerManifest, accept);
        Assert.Contains(ImageSet.OciIndex, accept);
    }

    [Theory]
    [InlineData(ImageSet.OciIndex + ";q=0, " + ImageSet.OciManifest, 404)]
    [InlineData(ImageSet.OciManifest + ";q=0.5, " + ImageSet.OciIndex + ";q=0.9", 200)]
    [InlineData("*/*", 200)]
    public async Task Accept_with_q_values_and_wildcards_is_negotiated_by_the_upstream_unchanged(string accept, int status)
    {
        var mark = mirror.Mark();
        using var response = await Client.Send("/v2/quay.io/org/app/manifests/index", accept: accept);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(accept, mirror.Since(mark, "quay").Last().Header("accept"));
        if (status == 404) Assert.Equal("MANIFEST_UNKNOWN", await ErrorCode(response));
        else Assert.Equal(Images.ByTag["index"].Digest, Header(response, "Docker-Content-Digest"));
    }

    [Fact]
    public async Task A_blob_range_answers_206_with_content_range_through_the_cdn_redirect()
    {
        var layer = Images.Image.LayerDigests[0];
        var bytes = Images.Image.Blobs[layer];
        using var response = await Client.Send($"/v2/gcr.io/project/app/blobs/{layer}", range: "bytes=100-199");
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{bytes.Length}", Header(response, "Content-Range"));
        Assert.Equal(bytes[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_whole_blob_and_its_head_come_with_the_digest_even_from_a_cdn()
    {
        var layer = Images.Image.LayerDigests[1];
        using var get = await Client.Send($"/v2/gcr.io/project/app/blobs/{layer}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(Images.Image.Blobs[layer], await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(layer, Header(get, "Docker-Content-Digest"));
        using var head = await Client.Send($"/v2/gcr.io/project/app/blobs/{layer}", HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Images.Image.Blobs[layer].Length, head.Content.Headers.ContentLength);
        Assert.Equal(layer, Header(head, "Docker-Content-Digest"));
    }

    [Theory]
    [InlineData("/v2/ghcr.io/owner/app/manifests/nosuchtag", "MANIFEST_UNKNOWN")]
    [InlineData("/v2/ghcr.io/owner/app/blobs/sha256:0000000000000000000000000000000000000000000000000000000000000000", "BLOB_UNKNOWN")]
    [InlineData("/v2/ghcr.io/missing/app/manifests/latest", "NAME_UNKNOWN")]
    [InlineData("/v2/library/app/manifests/nosuchtag", "MANIFEST_UNKNOWN")]
    [InlineData("/v2/gcr.io/project/app/blobs/" + PublicRegistryDouble.LostBlob, "BLOB_UNKNOWN")]
    public async Task Unknown_manifests_blobs_and_names_are_404s_with_the_specs_codes(string path, string code)
    {
        using var response = await Client.Send(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(code, await ErrorCode(response));
    }

    [Fact]
    public async Task Head_of_an_unknown_manifest_is_a_404_without_a_body()
    {
        using var response = await Client.Send("/v2/ghcr.io/owner/app/manifests/nosuchtag", HttpMethod.Head);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_tag_list_page_links_to_the_next_page_through_the_same_path_prefix()
    {
        var (first, link) = await Tags("/v2/ghcr.io/owner/app/tags/list?n=2");
        Assert.Equal(Images.Tags.Take(2), first);
        Assert.Equal($"</v2/ghcr.io/owner/app/tags/list?last={Images.Tags[1]}&n=2>; rel=\"next\"", link);
        var (second, _) = await Tags(LinkTarget(link!));
        Assert.Equal(Images.Tags.Skip(2).Take(2), second);
    }

    [Fact]
    public async Task An_absolute_link_to_the_upstream_becomes_a_link_to_the_mirror()
    {
        var (_, link) = await Tags("/v2/quay.io/org/app/tags/list?n=3");
        Assert.Equal($"<http://{mirror.MirrorHostPort}/v2/quay.io/org/app/tags/list?last={Images.Tags[2]}&n=3>; rel=\"next\"", link);
        var (rest, _) = await Tags(LinkTarget(link!));
        Assert.Equal(Images.Tags.Skip(3), rest);
    }

    [Fact]
    public async Task A_link_on_an_ns_route_keeps_the_ns_and_a_host_label_route_keeps_the_path()
    {
        var (_, nsLink) = await Tags("/v2/owner/app/tags/list?n=1&ns=ghcr.io");
        Assert.Equal($"</v2/owner/app/tags/list?last={Images.Tags[0]}&n=1&ns=ghcr.io>; rel=\"next\"", nsLink);
        var (next, _) = await Tags(LinkTarget(nsLink!));
        Assert.Equal(new[] { Images.Tags[1] }, next);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v2/owner/app/tags/list?n=1");
        request.Headers.Host = "ghcr.mirror.example.com";
        request.Headers.Authorization = new("Bearer", await Token("ghcr.io", "repository:owner/app:pull"));
        using var labelled = await mirror.Worker.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, labelled.StatusCode);
        Assert.Equal($"</v2/owner/app/tags/list?last={Images.Tags[0]}&n=1>; rel=\"next\"", Header(labelled, "Link"));
    }

    [Fact]
    public async Task The_real_registrys_tag_list_comes_through_the_path_prefix()
    {
        // distribution 2.8 (Debian's) neither sorts nor paginates tags; the list passes through whole.
        var (tags, link) = await Tags($"/v2/{ConformanceFixture.RealRegistry}/{ConformanceFixture.RealRepository}/tags/list");
        Assert.Equal(ConformanceFixture.RealTags, tags.Order(StringComparer.Ordinal));
        Assert.Null(link);
    }

    [Fact]
    public async Task A_registry_without_the_referrers_api_answers_404_with_an_oci_error_so_clients_fall_back_to_tags()
    {
        using var response = await Client.Send(
            $"/v2/{ConformanceFixture.RealRegistry}/{ConformanceFixture.RealRepository}/referrers/{mirror.RealImage.ManifestDigest}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await ErrorCode(response));
    }

    [Fact]
    public async Task The_real_registry_answers_head_by_digest_and_ranges_through_the_path_prefix()
    {
        var prefix = $"/v2/{ConformanceFixture.RealRegistry}/{ConformanceFixture.RealRepository}";
        using var head = await Client.Send($"{prefix}/manifests/{mirror.RealImage.ManifestDigest}", HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mirror.RealImage.ManifestDigest, Header(head, "Docker-Content-Digest"));
        Assert.Equal(mirror.RealImage.Manifest.Length, head.Content.Headers.ContentLength);
        var layer = mirror.RealImage.LayerDigests[0];
        using var range = await Client.Send($"{prefix}/blobs/{layer}", range: "bytes=10-19");
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(mirror.RealImage.Blobs[layer][10..20], await range.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("bytes 10-19/", Header(range, "Content-Range"));
    }

    [Fact]
    public async Task Referrers_come_as_an_oci_index_filtered_by_artifact_type_and_paginated_through_the_mirror()
    {
        var subject = Images.Image.ManifestDigest;
        using var filtered = await Client.Send($"/v2/ghcr.io/owner/app/referrers/{subject}?artifactType={Uri.EscapeDataString(ImageSet.SbomType)}");
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.Equal(ImageSet.OciIndex, filtered.Content.Headers.ContentType!.MediaType);
        Assert.Equal("artifactType", Header(filtered, "OCI-Filters-Applied"));
        var only = JsonDocument.Parse(await filtered.Content.ReadAsStringAsync()).RootElement.GetProperty("manifests");
        Assert.Equal(ImageSet.SbomType, Assert.Single(only.EnumerateArray()).GetProperty("artifactType").GetString());

        using var first = await Client.Send($"/v2/ghcr.io/owner/app/referrers/{subject}");
        var link = Header(first, "Link")!;
        Assert.Equal($"</v2/ghcr.io/owner/app/referrers/{subject}?page=2>; rel=\"next\"", link);
        using var second = await Client.Send(LinkTarget(link));
        var next = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("manifests");
        Assert.Equal(ImageSet.SignatureType, Assert.Single(next.EnumerateArray()).GetProperty("artifactType").GetString());
    }

    [Theory]
    [InlineData("/v2/_catalog")]
    [InlineData("/v2/ghcr.io/_catalog")]
    public async Task The_catalog_is_not_offered(string path)
    {
        var mark = mirror.Mark();
        using var response = await mirror.Worker.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("UNSUPPORTED", await ErrorCode(response));
        Assert.Empty(mirror.Log.Skip(mark));
    }

    [Fact]
    public async Task Names_of_several_components_reach_the_upstream_whole()
    {
        var mark = mirror.Mark();
        using var response = await Client.Send("/v2/ghcr.io/org/team/sub/app/manifests/latest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == "/v2/org/team/sub/app/manifests/latest");
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery.Contains("scope=repository%3Aorg%2Fteam%2Fsub%2Fapp%3Apull"));
    }

    [Theory]
    [InlineData("/v2/Library/App/manifests/latest")]
    [InlineData("/v2/ghcr.io/Owner/app/manifests/latest")]
    public async Task Uppercase_names_are_name_invalid_before_any_upstream_request(string path)
    {
        var mark = mirror.Mark();
        using var response = await mirror.Worker.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NAME_INVALID", await ErrorCode(response));
        Assert.Empty(mirror.Log.Skip(mark));
    }

    [Fact]
    public async Task A_sha512_digest_is_passed_through_and_its_manifest_served()
    {
        var mark = mirror.Mark();
        using var response = await Client.Send($"/v2/ghcr.io/owner/app/manifests/{Images.Sha512}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Images.Sha512, Header(response, "Docker-Content-Digest"));
        Assert.Equal(Images.Image.Manifest, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == $"/v2/owner/app/manifests/{Images.Sha512}");
    }

    private async Task<string> Token(string registry, string scope)
    {
        var challenge = new Challenge("Bearer", new List<AuthParam>
        {
            new("realm", $"http://{mirror.MirrorHostPort}/token?ns={registry}"),
            new("service", mirror[registry].Behaviour.Service ?? ""),
            new("scope", scope),
        });
        return await Client.FetchToken(challenge);
    }

    private async Task<(List<string> Tags, string? Link)> Tags(string path)
    {
        using var response = await Client.Send(path, accept: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        var tags = JsonDocument.Parse(body).RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
        return (tags, Header(response, "Link"));
    }

    /// <summary>The URL of a Link header's first target, made relative to the mirror when it names it.</summary>
    private string LinkTarget(string link)
    {
        var target = link[(link.IndexOf('<') + 1)..link.IndexOf('>')];
        var origin = $"http://{mirror.MirrorHostPort}";
        return target.StartsWith(origin, StringComparison.Ordinal) ? target[origin.Length..] : target;
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("code").GetString();
}
