#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using H5;

namespace EdgeMirror.Workers;

[External, Convention(Notation.CamelCase)]
public class URL
{
    public extern URL(string url);
    public extern URL(string url, string baseUrl);

    public extern string Href { get; set; }
    public extern string Origin { get; }
    /// <summary>With the colon: "https:".</summary>
    public extern string Protocol { get; set; }
    /// <summary>Host name and port ("mirror.example.com:8443").</summary>
    public extern string Host { get; set; }
    public extern string Hostname { get; set; }
    public extern string Port { get; set; }
    public extern string Pathname { get; set; }
    /// <summary>"" or "?a=b".</summary>
    public extern string Search { get; set; }
    public extern string Hash { get; set; }
    public extern URLSearchParams SearchParams { get; }

    [Template("{this}.toString()")]
    public extern override string ToString();

    /// <summary>Whether the string parses as an absolute URL (no exception path).</summary>
    [Template("URL.canParse({url})")]
    public static extern bool CanParse(string url);
}

[External, Convention(Notation.CamelCase)]
public class URLSearchParams
{
    public extern URLSearchParams();
    public extern URLSearchParams(string query);

    public extern string? Get(string name);
    public extern string[] GetAll(string name);
    public extern bool Has(string name);
    public extern void Set(string name, string value);
    public extern void Append(string name, string value);
    public extern void Delete(string name);

    /// <summary>The distinct names, in order.</summary>
    [Template("[...new Set({this}.keys())]")]
    public extern string[] Names();

    /// <summary>Without the leading "?".</summary>
    [Template("{this}.toString()")]
    public extern override string ToString();
}
