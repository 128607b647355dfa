#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System;
using H5;

namespace EdgeMirror.Workers;

/// <summary>The WHATWG URL. Setters normalise as browsers do (a bad value is ignored, not thrown).</summary>
[External, Convention(Notation.CamelCase)]
public class URL
{
    /// <summary>Throws a JS TypeError (caught in C# as an Exception) when the text is not an absolute URL.</summary>
    public extern URL(string url);
    public extern URL(string url, string baseUrl);
    public extern URL(string url, URL baseUrl);

    public extern string Href { get; set; }
    public extern string Origin { get; }
    /// <summary>With the colon: "https:".</summary>
    public extern string Protocol { get; set; }
    public extern string Username { get; set; }
    public extern string Password { get; set; }
    /// <summary>Host name and port ("mirror.example.com:8443").</summary>
    public extern string Host { get; set; }
    public extern string Hostname { get; set; }
    /// <summary>"" for the scheme's default port.</summary>
    public extern string Port { get; set; }
    public extern string Pathname { get; set; }
    /// <summary>"" or "?a=b".</summary>
    public extern string Search { get; set; }
    /// <summary>"" or "#frag".</summary>
    public extern string Hash { get; set; }
    /// <summary>Live: changing it changes <see cref="Search"/> and <see cref="Href"/>.</summary>
    public extern URLSearchParams SearchParams { get; }

    [Template("{this}.toString()")]
    public extern override string ToString();
    [Name("toJSON")]
    public extern string ToJson();

    /// <summary>Whether the string parses as an absolute URL (no exception path).</summary>
    [Template("URL.canParse({url})")]
    public static extern bool CanParse(string url);
    [Template("URL.canParse({url}, {baseUrl})")]
    public static extern bool CanParse(string url, string baseUrl);
}

/// <summary>A query string's name/value pairs, in order; names may repeat.</summary>
[External, Convention(Notation.CamelCase)]
public class URLSearchParams
{
    public extern URLSearchParams();
    /// <summary>Parses "a=1&amp;b=2" (a leading "?" is ignored).</summary>
    public extern URLSearchParams(string query);
    /// <summary>From a plain object of name → value.</summary>
    public extern URLSearchParams(JsObject init);

    public extern int Size { get; }
    public extern string? Get(string name);
    public extern string[] GetAll(string name);
    public extern bool Has(string name);
    public extern void Set(string name, string value);
    public extern void Append(string name, string value);
    public extern void Delete(string name);
    /// <summary>Stable sort by name.</summary>
    public extern void Sort();

    /// <summary>The distinct names, in order.</summary>
    [Template("[...new Set({this}.keys())]")]
    public extern string[] Names();
    /// <summary>Every name, repeated as often as it occurs.</summary>
    [Template("[...{this}.keys()]")]
    public extern string[] Keys();
    [Template("[...{this}.values()]")]
    public extern string[] Values();
    [Template("[...{this}.entries()]")]
    public extern Entry[] Entries();
    /// <summary>Calls back with (value, name) for each pair, as the JS method does.</summary>
    public extern void ForEach(Action<string, string> callback);

    /// <summary>Without the leading "?", form-encoded (space as "+").</summary>
    [Template("{this}.toString()")]
    public extern override string ToString();
}
