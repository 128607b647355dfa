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
    public extern Task<R2ObjectBody?> Get(string key);
    [Template("{this}.get({key}, {options})")]
    public extern Task<R2ObjectBody?> Get(string key, R2GetOptions options);
    public extern Task<R2Object?> Put(string key, ReadableStream value, R2PutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, string value, R2PutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task<R2Object?> Put(string key, ArrayBuffer value, R2PutOptions options);
    public extern Task Delete(string key);
}

[External, Convention(Notation.CamelCase)]
public class R2Object
{
    public extern string Key { get; }
    public extern double Size { get; }
    public extern string Etag { get; }
    public extern string HttpEtag { get; }
    public extern R2HttpMetadata? HttpMetadata { get; }
    [Template("({this}.customMetadata ?? {})[{name}] ?? null")]
    public extern string? CustomMetadata(string name);
    /// <summary>Copies content-type and the other stored HTTP metadata onto response headers.</summary>
    public extern void WriteHttpMetadata(Headers headers);
}

[External, Convention(Notation.CamelCase)]
public class R2ObjectBody : R2Object
{
    public extern ReadableStream Body { get; }
    public extern bool BodyUsed { get; }
    public extern Task<string> Text();
    public extern Task<ArrayBuffer> ArrayBuffer();
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2HttpMetadata
{
    public string? ContentType { get; set; }
    public string? CacheControl { get; set; }
    public string? ContentEncoding { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2Range
{
    public double? Offset { get; set; }
    public double? Length { get; set; }
    public double? Suffix { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2GetOptions
{
    /// <summary>An R2Range, or the request's Headers (R2 reads their Range header).</summary>
    public object? Range { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class R2PutOptions
{
    public R2HttpMetadata? HttpMetadata { get; set; }
    /// <summary>A plain object of string values.</summary>
    public object? CustomMetadata { get; set; }
    /// <summary>Hex SHA-256 the stored bytes must match, or the put fails.</summary>
    public string? Sha256 { get; set; }
}
