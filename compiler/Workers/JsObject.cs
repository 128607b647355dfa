#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using H5;

namespace EdgeMirror.Workers;

/// <summary>A plain JavaScript object used as a string-keyed map: header and search-param initializers,
/// R2/KV custom metadata, <c>cacheTtlByStatus</c>. (A C# Dictionary is a runtime class, not a plain object.)</summary>
[External, Name("Object")]
public sealed class JsObject
{
    [Template("{}")]
    public extern JsObject();

    /// <summary>The value, or null when the key is absent.</summary>
    public extern object? this[string key] { [Template("({this}[{key}] ?? null)")] get; [Template("{this}[{key}] = {value}")] set; }

    [Template("Object.hasOwn({this}, {key})")]
    public extern bool Has(string key);

    [Template("Object.keys({this})")]
    public extern string[] Keys();

    [Template("delete {this}[{key}]")]
    public extern void Delete(string key);

    /// <summary>JSON.stringify of the object.</summary>
    [Template("JSON.stringify({this})")]
    public extern string ToJson();

    [Template("JSON.parse({json})")]
    public static extern JsObject Parse(string json);
}
