#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>The global <c>fetch</c>.</summary>
[External, Name("globalThis")]
public static class Http
{
    [Template("fetch({request})")]
    public static extern Task<Response> Fetch(Request request);

    [Template("fetch({url})")]
    public static extern Task<Response> Fetch(string url);

    [Template("fetch({url}, {init})")]
    public static extern Task<Response> Fetch(string url, RequestInit init);

    [Template("fetch({request}, {init})")]
    public static extern Task<Response> Fetch(Request request, RequestInit init);

    [Template("fetch({url})")]
    public static extern Task<Response> Fetch(URL url);

    [Template("fetch({url}, {init})")]
    public static extern Task<Response> Fetch(URL url, RequestInit init);
}

/// <summary>What Request and Response share (the fetch spec's Body mixin). Each reader consumes the body once.</summary>
[External, Convention(Notation.CamelCase)]
public class BodyMixin
{
    public extern ReadableStream? Body { get; }
    public extern bool BodyUsed { get; }
    public extern Task<string> Text();
    public extern Task<ArrayBuffer> ArrayBuffer();
    [Template("{this}.arrayBuffer().then((b) => new Uint8Array(b))")]
    public extern Task<byte[]> Bytes();
    [Template("{this}.json()")]
    public extern Task<object?> Json();
    /// <summary>The parsed JSON, typed as you say (no check: a plain JS value, e.g. an [ObjectLiteral] or [External] class).</summary>
    [Template("{this}.json()")]
    public extern Task<T> Json<T>();
    public extern Task<FormData> FormData();
    public extern Task<Blob> Blob();
}

[External, Convention(Notation.CamelCase)]
public class Request : BodyMixin
{
    public extern Request(string url);
    public extern Request(string url, RequestInit init);
    public extern Request(URL url);
    public extern Request(URL url, RequestInit init);
    public extern Request(Request request);
    public extern Request(Request request, RequestInit init);

    public extern string Url { get; }
    public extern string Method { get; }
    public extern Headers Headers { get; }
    /// <summary>"follow", "manual" or "error".</summary>
    public extern string Redirect { get; }
    public extern AbortSignal Signal { get; }
    public extern bool Keepalive { get; }
    public extern string Integrity { get; }

    /// <summary>Cloudflare's request properties (colo, country, asn…); null locally in some setups.</summary>
    public extern IncomingRequestCfProperties? Cf { get; }

    public extern Request Clone();
}

/// <summary><c>request.cf</c> on an incoming request (absent members are null).</summary>
[External, Convention(Notation.CamelCase)]
public class IncomingRequestCfProperties
{
    public extern string? Colo { get; }
    public extern string? Country { get; }
    public extern string? City { get; }
    public extern string? Continent { get; }
    public extern string? Region { get; }
    public extern string? RegionCode { get; }
    public extern string? PostalCode { get; }
    public extern string? MetroCode { get; }
    public extern string? Timezone { get; }
    public extern string? Latitude { get; }
    public extern string? Longitude { get; }
    public extern int? Asn { get; }
    public extern string? AsOrganization { get; }
    public extern string? HttpProtocol { get; }
    public extern string? TlsVersion { get; }
    public extern string? TlsCipher { get; }
    public extern int? ClientTcpRtt { get; }
    public extern string? ClientAcceptEncoding { get; }
    public extern string? RequestPriority { get; }
}

[External, Convention(Notation.CamelCase)]
public class Response : BodyMixin
{
    public extern Response();
    // The string overloads win for a null body (`new Response(null, init)`, as in JS), which every body type accepts.
    [OverloadResolutionPriority(1)]
    public extern Response(string? body);
    [OverloadResolutionPriority(1)]
    public extern Response(string? body, ResponseInit init);
    public extern Response(ReadableStream? body);
    public extern Response(ReadableStream? body, ResponseInit init);
    public extern Response(ArrayBuffer body, ResponseInit init);
    public extern Response(Uint8Array body, ResponseInit init);
    public extern Response(byte[] body, ResponseInit init);
    public extern Response(FormData body, ResponseInit init);
    public extern Response(Blob body, ResponseInit init);

    public extern int Status { get; }
    public extern string StatusText { get; }
    public extern bool Ok { get; }
    public extern bool Redirected { get; }
    public extern string Url { get; }
    /// <summary>"default", "error"…</summary>
    public extern string Type { get; }
    public extern Headers Headers { get; }
    public extern Response Clone();

    /// <summary><c>Response.json(data)</c>: the value serialized by JSON.stringify, content-type application/json.</summary>
    [Template("Response.json({data})")]
    public static extern Response Json(object? data);
    [Template("Response.json({data}, {init})")]
    public static extern Response Json(object? data, ResponseInit init);

    /// <summary><c>Response.redirect(url, status)</c> (302 unless given; 301, 302, 303, 307 or 308).</summary>
    [Template("Response.redirect({url})")]
    public static extern Response Redirect(string url);
    [Template("Response.redirect({url}, {status})")]
    public static extern Response Redirect(string url, int status);
    [Template("Response.redirect({url}, {status})")]
    public static extern Response RedirectTo(string url, int status);

    /// <summary><c>Response.error()</c>: a network error (fetch rejects when a Worker returns it to another Worker).</summary>
    [Template("Response.error()")]
    public static extern Response Error();
}

/// <summary>Options of <c>new Request</c> / <c>fetch</c>. Body is a string, ReadableStream, ArrayBuffer, Uint8Array/byte[],
/// FormData, Blob, URLSearchParams or null; Headers a <see cref="Headers"/> or a <see cref="JsObject"/>.</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class RequestInit
{
    public string? Method { get; set; }
    public object? Headers { get; set; }
    public object? Body { get; set; }
    /// <summary>"follow" (default), "manual" or "error".</summary>
    public string? Redirect { get; set; }
    public AbortSignal? Signal { get; set; }
    public string? Integrity { get; set; }
    public RequestInitCf? Cf { get; set; }
}

/// <summary>Cloudflare's per-request fetch options (<c>cf: {…}</c>).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class RequestInitCf
{
    /// <summary>Seconds the edge caches the response (overrides its headers); 0 or negative: do not cache.</summary>
    public int? CacheTtl { get; set; }
    public bool? CacheEverything { get; set; }
    public string? CacheKey { get; set; }
    /// <summary>Status ranges → seconds, e.g. a <see cref="JsObject"/> with "200-299" = 86400, "404" = 1, "500-599" = 0.</summary>
    public object? CacheTtlByStatus { get; set; }
    public string[]? CacheTags { get; set; }
    public string? ResolveOverride { get; set; }
    /// <summary>"lossy", "lossless" or "off".</summary>
    public string? Polish { get; set; }
    public bool? Mirage { get; set; }
    public bool? ScrapeShield { get; set; }
    public bool? Apps { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class ResponseInit
{
    public int? Status { get; set; }
    public string? StatusText { get; set; }
    /// <summary>A <see cref="Headers"/> or a <see cref="JsObject"/> of name → value.</summary>
    public object? Headers { get; set; }
    /// <summary>"automatic" (default) or "manual": the body is already encoded as content-encoding says.</summary>
    public string? EncodeBody { get; set; }
}

/// <summary>HTTP headers: case-insensitive names, lowercased when listed, values of one name combined with ", "
/// (except Set-Cookie: <see cref="GetSetCookie"/>).</summary>
[External, Convention(Notation.CamelCase)]
public class Headers
{
    public extern Headers();
    public extern Headers(Headers copyOf);
    /// <summary>From a plain object of name → value.</summary>
    public extern Headers(JsObject init);

    /// <summary>The combined value, or null when absent.</summary>
    public extern string? Get(string name);
    public extern bool Has(string name);
    public extern void Set(string name, string value);
    public extern void Append(string name, string value);
    public extern void Delete(string name);
    /// <summary>Every Set-Cookie value, uncombined.</summary>
    public extern string[] GetSetCookie();

    /// <summary>The (lowercased) names present, sorted, one per name.</summary>
    [Template("[...{this}.keys()]")]
    public extern string[] Names();
    [Template("[...{this}.keys()]")]
    public extern string[] Keys();
    [Template("[...{this}.values()]")]
    public extern string[] Values();
    /// <summary>Name/value pairs in iteration order (what <c>for (const [k, v] of headers)</c> sees).</summary>
    [Template("[...{this}.entries()]")]
    public extern Entry[] Entries();
    /// <summary>Calls back with (value, name) for each pair, as the JS method does.</summary>
    public extern void ForEach(System.Action<string, string> callback);
}

/// <summary>One <c>[name, value]</c> pair from <see cref="Headers.Entries"/>, <see cref="URLSearchParams.Entries"/> or
/// <see cref="FormData.Entries"/> (a two-element JS array).</summary>
[External]
public sealed class Entry
{
    public extern string Name { [Template("{this}[0]")] get; }
    public extern string Value { [Template("{this}[1]")] get; }
}

/// <summary>Form fields (multipart/form-data or urlencoded); values here are strings (file parts read as Blob through <see cref="GetBlob"/>).</summary>
[External, Convention(Notation.CamelCase)]
public class FormData
{
    public extern FormData();
    /// <summary>The first value, or null.</summary>
    public extern string? Get(string name);
    [Template("{this}.get({name})")]
    public extern Blob? GetBlob(string name);
    public extern string[] GetAll(string name);
    public extern bool Has(string name);
    public extern void Set(string name, string value);
    public extern void Append(string name, string value);
    public extern void Delete(string name);
    [Template("[...{this}.entries()]")]
    public extern Entry[] Entries();
}

[External, Convention(Notation.CamelCase)]
public class Blob
{
    [Template("new Blob([{text}])")]
    public extern Blob(string text);
    [Template("new Blob([{text}], { type: {type} })")]
    public extern Blob(string text, string type);
    public extern double Size { get; }
    public extern string Type { get; }
    public extern Task<string> Text();
    public extern Task<ArrayBuffer> ArrayBuffer();
    public extern ReadableStream Stream();
    public extern Blob Slice(double start, double end);
}
