using H5;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>The custom metadata of a blob in the R2 bucket (a plain object of strings).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class BlobMetadata
{
    public string? Digest { get; set; }
    public string? ContentType { get; set; }
    public string? Credentials { get; set; }
    public string? StoredAt { get; set; }
}
