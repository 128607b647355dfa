#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>The global <c>fetch</c> and friends.</summary>
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
}

/// <summary>What Request and Response share (the fetch spec's Body mixin).</summary>
[External, Convention(Notation.CamelCase)]
public class BodyMixin
{
    public extern ReadableStream? Body { get; }
    public extern bool BodyUsed { get; }
    public extern Task<string> Text();
    public extern Task<ArrayBuffer> ArrayBuffer();
    [Template("{this}.json()")]
    public extern Task<object?> Json();
}

[External, Convention(Notation.CamelCase)]
public class Request : BodyMixin
{
    public extern Request(string url);
    public extern Request(string url, RequestInit init);
    public extern Request(Request request, RequestInit init);

    public extern string Url { get; }
    public extern string Method { get; }
    public extern Headers Headers { get; }
    public extern string Redirect { get; }
    public extern AbortSignal Signal { get; }

    /// <summary>Cloudflare's request properties (colo, country, asn…); null locally in some setups.</summary>
    public extern IncomingRequestCfProperties? Cf { get; }

    public extern Request Clone();
}

[External, Convention(Notation.CamelCase)]
public class IncomingRequestCfProperties
{
    public extern string? Colo { get; }
    public extern string? Country { get; }
    public extern int? Asn { get; }
    public extern string? HttpProtocol { get; }
}

[External, Convention(Notation.CamelCase)]
public class Response : BodyMixin
{
    public extern Response(string? body);
    public extern Response(string? body, ResponseInit init);
    public extern Response(ReadableStream? body, ResponseInit init);
    public extern Response(ArrayBuffer body, ResponseInit init);

    public extern int Status { get; }
    public extern string StatusText { get; }
    public extern bool Ok { get; }
    public extern bool Redirected { get; }
    public extern string Url { get; }
    public extern Headers Headers { get; }
    public extern Response Clone();

    [Template("Response.redirect({url}, {status})")]
    public static extern Response RedirectTo(string url, int status);
}

/// <summary>Options of <c>new Request</c> / <c>fetch</c>. Body is a string, ReadableStream, ArrayBuffer or null.</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class RequestInit
{
    public string? Method { get; set; }
    public Headers? Headers { get; set; }
    public object? Body { get; set; }
    /// <summary>"follow" (default), "manual" or "error".</summary>
    public string? Redirect { get; set; }
    public AbortSignal? Signal { get; set; }
    public RequestInitCf? Cf { get; set; }
}

/// <summary>Cloudflare's per-request fetch options (<c>cf: {…}</c>).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class RequestInitCf
{
    public int? CacheTtl { get; set; }
    public bool? CacheEverything { get; set; }
    public string? CacheKey { get; set; }
    public bool? ScrapeShield { get; set; }
    public bool? Apps { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class ResponseInit
{
    public int? Status { get; set; }
    public string? StatusText { get; set; }
    public Headers? Headers { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class Headers
{
    public extern Headers();
    public extern Headers(Headers copyOf);

    /// <summary>The combined value, or null when absent.</summary>
    public extern string? Get(string name);
    public extern bool Has(string name);
    public extern void Set(string name, string value);
    public extern void Append(string name, string value);
    public extern void Delete(string name);

    /// <summary>The (lowercased) names present, in order.</summary>
    [Template("[...{this}.keys()]")]
    public extern string[] Names();
}
