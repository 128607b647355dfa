using System.Text.Json;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>A real client (skopeo, which shares containers/image with podman) through the mirror: a registries.conf
/// mirror for ghcr.io, registry.k8s.io behind its redirect, an OCI index resolved to this platform, a short name,
/// and tag lists that only come whole by following the Link header.</summary>
[Collection(ConformanceCollection.Name)]
public sealed class SkopeoConformanceTests(ConformanceFixture mirror)
{
    [Fact]
    public async Task Skopeo_uses_the_mirror_for_ghcr_io_through_a_registries_conf_path_prefix_location()
    {
        var conf = Conf($"""
            [[registry]]
            prefix = "ghcr.io"
            location = "ghcr.io"
            [[registry.mirror]]
            location = "{mirror.MirrorHostPort}/ghcr.io"
            insecure = true
            """);
        var mark = mirror.Mark();
        await CopyAndCheck("docker://ghcr.io/owner/app:latest", "--registries-conf", conf);
        Assert.Contains(mirror.Since(mark, "ghcr"), r => r.PathAndQuery == "/v2/owner/app/manifests/latest");
    }

    [Theory]
    [InlineData("registry.k8s.io")]
    [InlineData(ConformanceFixture.K8sLike)]
    public async Task Skopeo_pulls_through_a_redirecting_front_whose_target_asks_for_the_token(string registry)
    {
        await CopyAndCheck($"docker://{mirror.MirrorHostPort}/{registry}/pause:latest");
    }

    [Fact]
    public async Task Skopeo_pulls_from_a_registry_without_tokens_by_path_prefix_after_the_version_checks_challenge()
    {
        // skopeo answers the mirror's /v2/ challenge (Docker Hub's) with a token from /token before asking for
        // mcr.microsoft.com's image: that placeholder must not reach mcr, which refuses tokens it never issued.
        var mark = mirror.Mark();
        await CopyAndCheck($"docker://{mirror.MirrorHostPort}/mcr.microsoft.com/dotnet/runtime:latest");
        Assert.All(mirror.Since(mark, "mcr"), r => Assert.Null(r.Header("authorization")));
    }

    [Theory]
    [InlineData("index", "latest")]
    [InlineData("list", "docker")]
    [InlineData("docker", "docker")]
    public async Task Skopeo_copies_every_manifest_type_and_resolves_lists_to_this_platform(string tag, string expectedManifestTag)
    {
        await CopyAndCheckAs(expectedManifestTag, $"docker://{mirror.MirrorHostPort}/quay.io/org/app:{tag}");
    }

    [Fact]
    public async Task A_short_name_resolved_to_docker_io_uses_the_docker_io_mirror()
    {
        var conf = Conf($"""
            unqualified-search-registries = ["docker.io"]
            short-name-mode = "permissive"
            [[registry]]
            prefix = "docker.io"
            location = "docker.io"
            [[registry.mirror]]
            location = "{mirror.MirrorHostPort}"
            insecure = true
            """);
        var mark = mirror.Mark();
        await CopyAndCheck("docker://app:latest", "--registries-conf", conf);
        Assert.Contains(mirror.Since(mark, "hub"), r => r.PathAndQuery == "/v2/library/app/manifests/latest");
    }

    [Theory]
    [InlineData("ghcr.io/owner/app")]
    [InlineData("quay.io/org/app")]
    public async Task Skopeo_lists_every_tag_by_following_the_rewritten_link(string repository)
    {
        var result = await Tool.Skopeo("list-tags", "--tls-verify=false", $"docker://{mirror.MirrorHostPort}/{repository}");
        var tags = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Equal(mirror.Images.Tags, tags);
    }

    private Task CopyAndCheck(string source, params string[] globalArgs) => CopyAndCheckAs("latest", source, globalArgs);

    /// <summary>Copies with skopeo and checks the manifest is the one tagged <paramref name="expectedManifestTag"/> and every blob its digest.</summary>
    private async Task CopyAndCheckAs(string expectedManifestTag, string source, params string[] globalArgs)
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-conform-pull-").FullName;
        try
        {
            await Tool.Skopeo(globalArgs.Concat(new[] { "copy", "--src-tls-verify=false", source, "dir:" + dir }).ToArray());
            var image = mirror.Images.Image;
            Assert.Equal(mirror.Images.ByTag[expectedManifestTag].Digest, TestImage.Digest(File.ReadAllBytes(Path.Combine(dir, "manifest.json"))));
            foreach (var (digest, bytes) in image.Blobs)
                Assert.Equal(digest, TestImage.Digest(File.ReadAllBytes(Path.Combine(dir, digest["sha256:".Length..]))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Conf(string text)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("edgemirror-conform-conf-").FullName, "registries.conf");
        File.WriteAllText(file, text);
        return file;
    }
}
