using System.Security.Cryptography;
using System.Text;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>One image in every manifest form a registry serves: an OCI manifest (tag <c>latest</c>), a Docker
/// schema 2 manifest of the same blobs (<c>docker</c>), a Docker manifest list (<c>list</c>) and an OCI index
/// (<c>index</c>) over them, each also by its sha256 digest, the OCI manifest also by its sha512 digest, and two
/// artifacts that refer to the OCI manifest (referrers API).</summary>
public sealed class ImageSet
{
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
    public const string DockerList = "application/vnd.docker.distribution.manifest.list.v2+json";
    public const string SbomType = "application/vnd.example.sbom.v1";
    public const string SignatureType = "application/vnd.example.signature.v1";

    public sealed record Manifest(string MediaType, byte[] Bytes, string Digest);

    public ImageSet(TestImage image)
    {
        Image = image;
        var oci = new Manifest(OciManifest, image.Manifest, image.ManifestDigest);
        var dockerBytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(image.Manifest)
            .Replace(OciManifest, DockerManifest)
            .Replace(TestImage.ConfigMediaType, "application/vnd.docker.container.image.v1+json")
            .Replace(TestImage.LayerMediaType, "application/vnd.docker.image.rootfs.diff.tar.gzip"));
        var docker = Make(DockerManifest, dockerBytes);
        var list = Make(DockerList, Index(DockerList, docker));
        var index = Make(OciIndex, Index(OciIndex, oci));
        ByTag = new Dictionary<string, Manifest> { ["latest"] = oci, ["docker"] = docker, ["list"] = list, ["index"] = index };
        ByDigest = ByTag.Values.ToDictionary(m => m.Digest);
        Sha512 = "sha512:" + Convert.ToHexStringLower(SHA512.HashData(image.Manifest));
        ByDigest[Sha512] = new Manifest(OciManifest, image.Manifest, Sha512);
        Referrers = new[] { Artifact(SbomType, oci), Artifact(SignatureType, oci) };
        foreach (var (_, artifact) in Referrers) ByDigest[artifact.Digest] = artifact;
    }

    public TestImage Image { get; }
    public IReadOnlyDictionary<string, Manifest> ByTag { get; }
    public Dictionary<string, Manifest> ByDigest { get; }
    public string Sha512 { get; }

    /// <summary>The artifacts whose subject is the OCI manifest, as descriptors for a referrers index.</summary>
    public IReadOnlyList<(string ArtifactType, Manifest Manifest)> Referrers { get; }

    /// <summary>Tags in lexical order, as tag lists return them.</summary>
    public IReadOnlyList<string> Tags => ByTag.Keys.Order(StringComparer.Ordinal).ToList();

    public static string Descriptor(string mediaType, Manifest manifest, string? artifactType = null) =>
        "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + manifest.Digest + "\",\"size\":" + manifest.Bytes.Length
        + (artifactType is null ? "" : ",\"artifactType\":\"" + artifactType + "\"")
        + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}";

    private static byte[] Index(string mediaType, Manifest child) =>
        Encoding.UTF8.GetBytes("{\"schemaVersion\":2,\"mediaType\":\"" + mediaType + "\",\"manifests\":[" + Descriptor(child.MediaType, child) + "]}");

    private (string, Manifest) Artifact(string artifactType, Manifest subject)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest + "\",\"artifactType\":\"" + artifactType
            + "\",\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\",\"size\":2},"
            + "\"layers\":[],\"subject\":{\"mediaType\":\"" + subject.MediaType + "\",\"digest\":\"" + subject.Digest + "\",\"size\":" + subject.Bytes.Length + "}}");
        return (artifactType, Make(OciManifest, bytes));
    }

    private static Manifest Make(string mediaType, byte[] bytes) => new(mediaType, bytes, TestImage.Digest(bytes));
}
