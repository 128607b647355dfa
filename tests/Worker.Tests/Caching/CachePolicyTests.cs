using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>The pure cache decisions (worker-src/Core/Caching) on .NET.</summary>
public sealed class CachePolicyTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static readonly RegistryTable Registries = RegistryTable.Create(null, "{\"ghcr.io\":\"https://ghcr.io\"}", new List<string>());

    private static Route Resolve(string path) => Router.Resolve("GET", "mirror.example", path, null, Registries);

    [Fact]
    public void A_blob_key_depends_on_registry_and_digest_but_not_on_the_repository()
    {
        var a = CachePolicy.Plan(Resolve("/v2/library/alpine/blobs/" + Digest), "GET", null, null, CredentialKind.None);
        var b = CachePolicy.Plan(Resolve("/v2/someone/else/blobs/" + Digest), "GET", "x", null, CredentialKind.MirrorAnonymous);
        var ghcr = CachePolicy.Plan(Resolve("/v2/ghcr.io/owner/img/blobs/" + Digest), "GET", null, null, CredentialKind.None);
        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, ghcr.Key);
        Assert.Equal(Digest, a.ExpectedDigest);
        Assert.True(a.IsBlob);
        Assert.False(a.IsTag);
    }

    [Fact]
    public void Tag_manifests_are_keyed_by_repository_tag_and_accept()
    {
        var oci = CachePolicy.Plan(Resolve("/v2/library/alpine/manifests/3.20"), "GET", "application/vnd.oci.image.index.v1+json", null, CredentialKind.None);
        var docker = CachePolicy.Plan(Resolve("/v2/library/alpine/manifests/3.20"), "GET", "application/vnd.docker.distribution.manifest.list.v2+json", null, CredentialKind.None);
        var other = CachePolicy.Plan(Resolve("/v2/library/debian/manifests/3.20"), "GET", "application/vnd.oci.image.index.v1+json", null, CredentialKind.None);
        Assert.True(oci.IsTag);
        Assert.Null(oci.ExpectedDigest);
        Assert.NotEqual(oci.Key, docker.Key);
        Assert.NotEqual(oci.Key, other.Key);
    }

    [Fact]
    public void Accept_lists_that_differ_only_in_spacing_share_a_key()
    {
        Assert.Equal(CacheKeys.NormalizeAccept("a/b, c/d;q=0.5"), CacheKeys.NormalizeAccept("a/b,c/d; q=0.5"));
        Assert.NotEqual(CacheKeys.NormalizeAccept("a/b,c/d"), CacheKeys.NormalizeAccept("c/d,a/b"));
    }

    [Fact]
    public void A_slash_in_a_repository_cannot_make_two_tags_share_a_key()
    {
        Assert.NotEqual(CacheKeys.TagManifest("docker.io", "a/b", "c", null), CacheKeys.TagManifest("docker.io", "a", "b/c", null));
    }

    [Fact]
    public void Manifests_by_digest_are_immutable_and_keyed_apart_from_blobs()
    {
        var manifest = CachePolicy.Plan(Resolve("/v2/library/alpine/manifests/" + Digest), "HEAD", null, null, CredentialKind.None);
        var blob = CachePolicy.Plan(Resolve("/v2/library/alpine/blobs/" + Digest), "HEAD", null, null, CredentialKind.None);
        Assert.False(manifest.IsTag);
        Assert.Equal(Digest, manifest.ExpectedDigest);
        Assert.NotEqual(manifest.Key, blob.Key);
    }

    [Theory]
    [InlineData("/v2/library/alpine/tags/list")]
    [InlineData("/v2/")]
    [InlineData("/v2/library/alpine/blobs/sha512:abcd")]
    [InlineData("/v2/library/alpine/blobs/sha256:ABCDEF")]
    public void Tag_lists_the_version_check_and_unverifiable_digests_bypass_the_cache(string path)
    {
        Assert.False(CachePolicy.Plan(Resolve(path), "GET", null, null, CredentialKind.None).UsesCache);
    }

    [Theory]
    [InlineData("bytes=100-", 100, ByteRange.ToEnd)]
    [InlineData("bytes=0-1048575", 0, 1048575)]
    [InlineData("Bytes=7-7", 7, 7)]
    public void One_byte_range_of_a_blob_is_read_from_the_cache_but_never_stored(string header, double first, double last)
    {
        var plan = CachePolicy.Plan(Resolve("/v2/library/alpine/blobs/" + Digest), "GET", null, header, CredentialKind.None);
        Assert.True(plan.UsesCache);
        Assert.False(plan.MayStore);
        Assert.Equal(new ByteRange(first, last), plan.Range);
        Assert.Equal(CachePolicy.Plan(Resolve("/v2/library/alpine/blobs/" + Digest), "GET", null, null, CredentialKind.None).Key, plan.Key);
    }

    [Theory]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "bytes=-500")]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "bytes=0-1,5-6")]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "bytes=9-3")]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "items=0-5")]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "bytes=x-")]
    [InlineData("GET", "/v2/library/alpine/blobs/" + Digest, "bytes=1234567890123456-")]
    [InlineData("HEAD", "/v2/library/alpine/blobs/" + Digest, "bytes=0-")]
    [InlineData("GET", "/v2/library/alpine/manifests/" + Digest, "bytes=0-")]
    [InlineData("GET", "/v2/library/alpine/manifests/latest", "bytes=0-")]
    public void Other_partial_requests_bypass_the_cache(string method, string path, string header)
    {
        Assert.False(CachePolicy.Plan(Resolve(path), method, null, header, CredentialKind.None).UsesCache);
    }

    [Fact]
    public void A_range_is_asked_again_as_it_was_parsed_and_only_a_content_range_from_its_first_byte_answers_it()
    {
        Assert.Equal("bytes=100-", ByteRange.Parse("bytes=100-")!.ToHeader());
        Assert.Equal("bytes=0-99", ByteRange.Parse("bytes= 0-99")!.ToHeader());
        var range = ByteRange.Parse("bytes=100-")!;
        Assert.True(range.IsAnsweredBy("bytes 100-999/1000"));
        Assert.False(range.IsAnsweredBy("bytes 0-999/1000"));
        Assert.False(range.IsAnsweredBy("bytes 1000-1999/2000"));
        Assert.False(range.IsAnsweredBy(null));
        Assert.Equal(258, ByteRange.TotalOf("bytes 0-0/258"));
        Assert.Equal(1000, ByteRange.TotalOf("bytes */1000"));
        Assert.Equal(-1, ByteRange.TotalOf("bytes 0-9/*"));
        Assert.Equal(-1, ByteRange.TotalOf(null));
    }

    [Fact]
    public void A_client_with_its_own_credentials_reads_public_entries_but_never_stores()
    {
        var plan = CachePolicy.Plan(Resolve("/v2/library/alpine/manifests/latest"), "GET", null, null, CredentialKind.Client);
        Assert.True(plan.UsesCache);
        Assert.False(plan.MayStore);
        Assert.True(plan.MayServe(CredentialKind.MirrorAnonymous));
        Assert.True(plan.MayServe(CredentialKind.None));
    }

    [Fact]
    public void A_client_without_a_token_is_not_served_what_was_fetched_with_one()
    {
        var plan = CachePolicy.Plan(Resolve("/v2/library/alpine/manifests/latest"), "GET", null, null, CredentialKind.None);
        Assert.True(plan.MayStore);
        Assert.False(plan.MayServe(CredentialKind.MirrorAnonymous));
        Assert.True(plan.MayServe(CredentialKind.None));
    }

    [Theory]
    [InlineData(null, false, CredentialKind.None)]
    [InlineData("Bearer abc", true, CredentialKind.MirrorAnonymous)]
    [InlineData("Bearer abc", false, CredentialKind.Client)]
    [InlineData("Basic YWxpY2U6eA==", false, CredentialKind.Client)]
    public void Authorization_is_classified_by_whether_the_mirror_handed_the_token_out(string? authorization, bool known, CredentialKind expected)
    {
        Assert.Equal(expected, CachePolicy.Classify(authorization, known));
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer  abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("Bearer ", null)]
    public void The_bearer_token_is_read_from_authorization(string authorization, string? token)
    {
        Assert.Equal(token, CachePolicy.BearerToken(authorization));
    }

    [Theory]
    [InlineData(200, null, null, true)]
    [InlineData(200, "public, max-age=60", null, true)]
    [InlineData(200, "private", null, false)]
    [InlineData(200, "no-store", null, false)]
    [InlineData(206, null, null, false)]
    [InlineData(404, null, null, false)]
    [InlineData(200, null, "gzip", false)]
    [InlineData(200, null, "br", false)]
    [InlineData(200, null, " Identity ", true)]
    [InlineData(200, null, "", true)]
    public void Only_complete_uncoded_answers_the_upstream_allows_are_stored(int status, string? cacheControl, string? contentEncoding, bool storable)
    {
        Assert.Equal(storable, CachePolicy.IsStorable(status, cacheControl, contentEncoding));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(401, false)]
    [InlineData(200, false)]
    public void Only_no_answer_429_and_5xx_let_a_stale_entry_stand_in(int? status, bool failure)
    {
        Assert.Equal(failure, CachePolicy.IsUpstreamFailure(status));
    }

    [Fact]
    public void A_tag_is_fresh_for_the_ttl_and_content_by_digest_always()
    {
        Assert.True(Freshness.IsFresh(true, 1_000_000, 1_059_000, 60));
        Assert.False(Freshness.IsFresh(true, 1_000_000, 1_060_000, 60));
        Assert.True(Freshness.IsFresh(false, 1_000_000, 9_000_000_000, 60));
        Assert.Equal(59, Freshness.AgeSeconds(1_000_000, 1_059_999));
        Assert.Equal(0, Freshness.AgeSeconds(2_000_000, 1_000_000));
    }

    [Theory]
    [InlineData(null, 60)]
    [InlineData("", 60)]
    [InlineData("300", 300)]
    [InlineData(" 0 ", 0)]
    [InlineData("-5", 60)]
    [InlineData("ten", 60)]
    public void Manifest_ttl_is_read_in_seconds_with_a_default_of_60(string? text, int seconds)
    {
        Assert.Equal(seconds, Freshness.ParseTtl(text));
    }

    [Theory]
    [InlineData("{\"token\":\"t\",\"expires_in\":300}", 300)]
    [InlineData("{\"token\":\"t\"}", 60)]
    [InlineData("{\"token\":\"t\",\"expires_in\":999999999}", 86400)]
    [InlineData("not json", 60)]
    public void A_token_lives_as_long_as_its_answer_says(string body, int seconds)
    {
        Assert.Equal(seconds, TokenLifetime.Seconds(body));
    }
}
