#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>An R2 bucket binding (<c>[[r2_buckets]]</c> in wrangler.toml).</summary>
[External, Convention(Notation.CamelCase)]
public class R2Bucket
{
    /// <summary>Metadata only; null when the key is absent.</summary>
    public extern Task<R2Object?> Head(string key);
    /// <summary>The object with its body; null when absent. With <see cref="R2GetOptions.OnlyIf"/> failing, an object
    /// without a body (<see cref="R2ObjectBody.HasBody"/> false).</summary>
    public extern Task<R2ObjectBody?> Get(string key);
    [Template("{this}.get({key}, {options})")]
    public extern Task<R2ObjectBody?> Get(string key, R2GetOptions options);
    /// <summary>Stores the value; null when an <see cref="R2PutOptions.OnlyIf"/> condition failed.</summary>
    public extern Task<R2Object?> Put(string key, ReadableStream value, R2PutOptions options);
    [Template("{this}.put({key}, {value})")]
    public extern Task<R2Object?> Put(string key, string value);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, string value, R2PutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, ArrayBuffer value, R2PutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, Uint8Array value, R2PutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, byte[] value, R2PutOptions options);
    public extern Task Delete(string key);
    [Template("{this}.delete({keys})")]
    public extern Task Delete(string[] keys);
    public extern Task<R2Objects> List();
    [Template("{this}.list({options})")]
    public extern Task<R2Objects> List(R2ListOptions options);
}

[External, Convention(Notation.CamelCase)]
public class R2Object
{
    public extern string Key { get; }
    public extern string Version { get; }
    public extern double Size { get; }
    /// <summary>Without quotes; <see cref="HttpEtag"/> has them.</summary>
    public extern string Etag { get; }
    public extern string HttpEtag { get; }
    /// <summary>Milliseconds since the epoch.</summary>
    [Template("{this}.uploaded.getTime()")]
    public extern double UploadedTime { get; }
    public extern R2HttpMetadata? HttpMetadata { get; }
    /// <summary>A custom metadata value, or null.</summary>
    [Template("({this}.customMetadata ?? {})[{name}] ?? null")]
    public extern string? CustomMetadata(string name);
    /// <summary>All custom metadata (a plain object of strings).</summary>
    [Template("({this}.customMetadata ?? {})")]
    public extern JsObject CustomMetadataObject();
    /// <summary>The hex SHA-256 checksum if one was given at upload, else null.</summary>
    [Template("({this}.checksums?.sha256 ? [...new Uint8Array({this}.checksums.sha256)].map((b) => b.toString(16).padStart(2, \"0\")).join(\"\") : null)")]
    public extern string? Sha256Hex();
    /// <summary>The range that was returned for a ranged get (offset/length), or null.</summary>
    public extern R2Range? Range { get; }
    public extern string StorageClass { get; }
    /// <summary>Copies content-type and the other stored HTTP metadata onto response headers.</summary>
    public extern void WriteHttpMetadata(Headers headers);
}

[External, Convention(Notation.CamelCase)]
public class R2ObjectBody : R2Object
{
    /// <summary>False when a get's <see cref="R2GetOptions.OnlyIf"/> failed (then only metadata came back).</summary>
    [Template("(\"body\" in {this})")]
    public extern bool HasBody { get; }
    public extern ReadableStream Body { get; }
    public extern bool BodyUsed { get; }
    public extern Task<string> Text();
    public extern Task<ArrayBuffer> ArrayBuffer();
    [Template("{this}.json()")]
    public extern Task<T> Json<T>();
}

[External, Convention(Notation.CamelCase)]
public class R2Objects
{
    public extern R2Object[] Objects { get; }
    public extern bool Truncated { get; }
    /// <summary>Pass to <see cref="R2ListOptions.Cursor"/> for the next page (when <see cref="Truncated"/>).</summary>
    public extern string? Cursor { get; }
    /// <summary>The common prefixes when listing with a <see cref="R2ListOptions.Delimiter"/>.</summary>
    public extern string[] DelimitedPrefixes { get; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2HttpMetadata
{
    public string? ContentType { get; set; }
    public string? ContentLanguage { get; set; }
    public string? ContentDisposition { get; set; }
    public string? ContentEncoding { get; set; }
    public string? CacheControl { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2Range
{
    public double? Offset { get; set; }
    public double? Length { get; set; }
    public double? Suffix { get; set; }
}

/// <summary>Preconditions (<c>onlyIf</c>); a request's <see cref="Headers"/> (If-Match…) work too.</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2Conditional
{
    public string? EtagMatches { get; set; }
    public string? EtagDoesNotMatch { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2GetOptions
{
    /// <summary>An <see cref="R2Range"/>, or the request's Headers (R2 reads their Range header).</summary>
    public object? Range { get; set; }
    /// <summary>An <see cref="R2Conditional"/> or Headers.</summary>
    public object? OnlyIf { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2PutOptions
{
    public R2HttpMetadata? HttpMetadata { get; set; }
    /// <summary>A plain object of string values (<see cref="JsObject"/>).</summary>
    public object? CustomMetadata { get; set; }
    /// <summary>Hex SHA-256 the stored bytes must match, or the put fails.</summary>
    public string? Sha256 { get; set; }
    /// <summary>Hex MD5 the stored bytes must match.</summary>
    public string? Md5 { get; set; }
    /// <summary>An <see cref="R2Conditional"/> or Headers: the put happens only if it holds (else null).</summary>
    public object? OnlyIf { get; set; }
    /// <summary>"Standard" or "InfrequentAccess".</summary>
    public string? StorageClass { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2ListOptions
{
    public int? Limit { get; set; }
    public string? Prefix { get; set; }
    public string? Cursor { get; set; }
    public string? Delimiter { get; set; }
    public string? StartAfter { get; set; }
    /// <summary>"httpMetadata" and/or "customMetadata" to have them in the listed objects.</summary>
    public string[]? Include { get; set; }
}
