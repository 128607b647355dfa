#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>The Cache API: <c>caches.default</c> and named caches.</summary>
[External, Name("caches"), Convention(Notation.CamelCase)]
public static class Caches
{
    [Template("caches.default")]
    public static extern Cache Default { get; }

    [Template("caches.open({name})")]
    public static extern Task<Cache> Open(string name);
}

/// <summary>One cache (per data centre). Only GET requests are stored; a response with <c>Set-Cookie</c>,
/// <c>Cache-Control: no-store/private</c> or status 206 is refused by <see cref="Put(Request, Response)"/>.</summary>
[External, Convention(Notation.CamelCase)]
public class Cache
{
    /// <summary>The stored response, or null (JS undefined) on a miss.</summary>
    public extern Task<Response?> Match(Request request);
    [Template("{this}.match({url})")]
    public extern Task<Response?> Match(string url);
    [Template("{this}.match({request}, {options})")]
    public extern Task<Response?> Match(Request request, CacheQueryOptions options);
    [Template("{this}.match({url}, {options})")]
    public extern Task<Response?> Match(string url, CacheQueryOptions options);
    public extern Task Put(Request request, Response response);
    [Template("{this}.put({url}, {response})")]
    public extern Task Put(string url, Response response);
    /// <summary>Whether an entry was removed.</summary>
    public extern Task<bool> Delete(Request request);
    [Template("{this}.delete({url})")]
    public extern Task<bool> Delete(string url);
    [Template("{this}.delete({url}, {options})")]
    public extern Task<bool> Delete(string url, CacheQueryOptions options);
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class CacheQueryOptions
{
    /// <summary>Treat a non-GET request as GET.</summary>
    public bool? IgnoreMethod { get; set; }
}
