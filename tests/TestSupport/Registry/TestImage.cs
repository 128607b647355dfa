using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace EdgeMirror.TestSupport.Registry;

/// <summary>A small multi-layer OCI image made in memory: every blob by digest, the manifest and its digest.
/// Layers hold pseudo-random (incompressible) bytes so sizes are real.</summary>
public sealed class TestImage
{
    public const string ManifestMediaType = "application/vnd.oci.image.manifest.v1+json";
    public const string ConfigMediaType = "application/vnd.oci.image.config.v1+json";
    public const string LayerMediaType = "application/vnd.oci.image.layer.v1.tar+gzip";

    private TestImage(Dictionary<string, byte[]> blobs, List<string> layerDigests, string configDigest, byte[] manifest)
    {
        Blobs = blobs;
        LayerDigests = layerDigests;
        ConfigDigest = configDigest;
        Manifest = manifest;
        ManifestDigest = Digest(manifest);
    }

    public IReadOnlyDictionary<string, byte[]> Blobs { get; }
    public IReadOnlyList<string> LayerDigests { get; }
    public string ConfigDigest { get; }
    public byte[] Manifest { get; }
    public string ManifestDigest { get; }

    public static TestImage Create(int seed, params int[] layerSizes)
    {
        var random = new Random(seed);
        var blobs = new Dictionary<string, byte[]>();
        var layers = new List<(string Digest, int Size)>();
        var diffIds = new List<string>();
        for (var i = 0; i < layerSizes.Length; i++)
        {
            var content = new byte[layerSizes[i]];
            random.NextBytes(content);
            var tar = new MemoryStream();
            using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, $"layer{i}/data.bin")
                {
                    DataStream = new MemoryStream(content),
                    ModificationTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
                };
                writer.WriteEntry(entry);
            }
            diffIds.Add(Digest(tar.ToArray()));
            var gz = new MemoryStream();
            using (var gzip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
                gzip.Write(tar.ToArray());
            var layer = gz.ToArray();
            var digest = Digest(layer);
            blobs[digest] = layer;
            layers.Add((digest, layer.Length));
        }
        var config = Encoding.UTF8.GetBytes(
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"/bin/true\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
            + string.Join(",", diffIds.Select(d => "\"" + d + "\"")) + "]}}");
        var configDigest = Digest(config);
        blobs[configDigest] = config;
        var manifest = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":2,\"mediaType\":\"" + ManifestMediaType + "\",\"config\":{\"mediaType\":\"" + ConfigMediaType
            + "\",\"digest\":\"" + configDigest + "\",\"size\":" + config.Length + "},\"layers\":["
            + string.Join(",", layers.Select(l => "{\"mediaType\":\"" + LayerMediaType + "\",\"digest\":\"" + l.Digest + "\",\"size\":" + l.Size + "}"))
            + "]}");
        return new TestImage(blobs, layers.Select(l => l.Digest).ToList(), configDigest, manifest);
    }

    public static string Digest(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Writes an OCI image layout (what <c>skopeo copy oci:DIR:TAG</c> reads).</summary>
    public void WriteOciLayout(string dir, string tag)
    {
        var blobDir = Directory.CreateDirectory(Path.Combine(dir, "blobs", "sha256")).FullName;
        foreach (var (digest, bytes) in Blobs)
            File.WriteAllBytes(Path.Combine(blobDir, digest["sha256:".Length..]), bytes);
        File.WriteAllBytes(Path.Combine(blobDir, ManifestDigest["sha256:".Length..]), Manifest);
        File.WriteAllText(Path.Combine(dir, "oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        File.WriteAllText(Path.Combine(dir, "index.json"),
            "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"" + ManifestMediaType + "\",\"digest\":\"" + ManifestDigest
            + "\",\"size\":" + Manifest.Length + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}]}");
    }
}
