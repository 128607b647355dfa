#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>A Workers KV namespace binding (<c>[[kv_namespaces]]</c>): eventually consistent string/bytes storage.</summary>
[External, Convention(Notation.CamelCase)]
public class KVNamespace
{
    /// <summary>The value as text, or null when the key is absent.</summary>
    public extern Task<string?> Get(string key);
    [Template("{this}.get({key}, \"arrayBuffer\")")]
    public extern Task<ArrayBuffer?> GetArrayBuffer(string key);
    [Template("{this}.get({key}, \"stream\")")]
    public extern Task<ReadableStream?> GetStream(string key);
    [Template("{this}.get({key}, \"json\")")]
    public extern Task<T?> GetJson<T>(string key) where T : class;
    /// <summary>Value and metadata; Value is null when absent.</summary>
    public extern Task<KVValueWithMetadata> GetWithMetadata(string key);
    public extern Task Put(string key, string value);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task Put(string key, string value, KVPutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task Put(string key, ArrayBuffer value, KVPutOptions options);
    [Template("{this}.put({key}, {value}, {options})")]
    public extern Task Put(string key, ReadableStream value, KVPutOptions options);
    public extern Task Delete(string key);
    public extern Task<KVListResult> List();
    [Template("{this}.list({options})")]
    public extern Task<KVListResult> List(KVListOptions options);
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class KVPutOptions
{
    /// <summary>Seconds from now (at least 60).</summary>
    public int? ExpirationTtl { get; set; }
    /// <summary>Seconds since the epoch.</summary>
    public double? Expiration { get; set; }
    /// <summary>Up to 1024 bytes serialized as JSON, e.g. a <see cref="JsObject"/>.</summary>
    public object? Metadata { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class KVListOptions
{
    public string? Prefix { get; set; }
    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class KVListResult
{
    public extern KVKey[] Keys { get; }
    [Name("list_complete")]
    public extern bool ListComplete { get; }
    public extern string? Cursor { get; }
}

[External, Convention(Notation.CamelCase)]
public class KVKey
{
    public extern string Name { get; }
    public extern double? Expiration { get; }
    [Template("({this}.metadata ?? null)")]
    public extern JsObject? Metadata { get; }
}

[External, Convention(Notation.CamelCase)]
public class KVValueWithMetadata
{
    [Template("({this}.value ?? null)")]
    public extern string? Value { get; }
    [Template("({this}.metadata ?? null)")]
    public extern JsObject? Metadata { get; }
}
