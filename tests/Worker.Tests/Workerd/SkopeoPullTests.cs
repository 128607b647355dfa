using System.Security.Cryptography;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>A real client (skopeo) copies multi-layer images through the mirror the three ways users
/// configure one; the digests must be the upstream's.</summary>
[Collection(MirrorCollection.Name)]
public sealed class SkopeoPullTests(MirrorFixture mirror)
{
    [Fact]
    public async Task Skopeo_pulls_a_docker_hub_image_by_direct_reference()
    {
        var dir = await Copy($"docker://{mirror.MirrorHostPort}/testimg:latest");
        AssertImage(dir, mirror.HubImage);
    }

    [Fact]
    public async Task Skopeo_pulls_from_another_registry_by_path_prefix()
    {
        var dir = await Copy($"docker://{mirror.MirrorHostPort}/{MirrorFixture.DistributionName}/{MirrorFixture.DistributionRepository}:latest");
        AssertImage(dir, mirror.RegistryImage);
    }

    [Fact]
    public async Task Skopeo_uses_the_mirror_for_docker_io_through_registries_conf()
    {
        var conf = Path.Combine(Directory.CreateTempSubdirectory("edgemirror-conf-").FullName, "registries.conf");
        File.WriteAllText(conf, $"""
            unqualified-search-registries = ["docker.io"]
            [[registry]]
            prefix = "docker.io"
            location = "docker.io"
            [[registry.mirror]]
            location = "{mirror.MirrorHostPort}"
            insecure = true
            """);
        var mark = mirror.Mark();
        var dir = await Copy("docker://docker.io/library/testimg:latest", "--registries-conf", conf);
        AssertImage(dir, mirror.HubImage);
        Assert.Contains(mirror.Since(mark, "hub"), r => r.PathAndQuery == "/v2/library/testimg/manifests/latest");
    }

    [Fact]
    public async Task Skopeo_pulls_through_the_seeds_nginx_whose_429s_fall_back_to_the_worker()
    {
        using var nginx = await NginxFront.StartAsync($"127.0.0.1:{mirror.Hub.Registry.Port}", mirror.MirrorHostPort);
        var mark = mirror.Mark();
        var dir = await Copy($"docker://{nginx.HostPort}/library/testimg:latest");
        AssertImage(dir, mirror.HubImage);
        var hub = mirror.Since(mark, "hub");
        // nginx's own attempts were limited; the Worker's (no X-Real-IP) fetched the manifest and every blob.
        Assert.Contains(hub, r => r.Header("x-real-ip") is not null);
        Assert.Contains(hub, r => r.Header("x-real-ip") is null && r.PathAndQuery == "/v2/library/testimg/manifests/latest"
                                  && r.Header("authorization") is not null);
        Assert.Equal(mirror.HubImage.Blobs.Count, hub.Where(r => r.Header("x-real-ip") is null && r.PathAndQuery.Contains("/blobs/"))
            .Select(r => r.PathAndQuery).Distinct().Count());
    }

    private static async Task<string> Copy(string source, params string[] globalArgs)
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-pull-").FullName;
        await Tool.Skopeo(globalArgs.Concat(new[] { "copy", "--src-tls-verify=false", source, "dir:" + dir }).ToArray());
        return dir;
    }

    private static void AssertImage(string dir, TestImage image)
    {
        var manifest = File.ReadAllBytes(Path.Combine(dir, "manifest.json"));
        Assert.Equal(image.ManifestDigest, TestImage.Digest(manifest));
        foreach (var (digest, bytes) in image.Blobs)
        {
            var file = Path.Combine(dir, digest["sha256:".Length..]);
            Assert.True(File.Exists(file), $"blob {digest} was not pulled");
            Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }
        Directory.Delete(dir, recursive: true);
    }
}
