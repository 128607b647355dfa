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

[External, Convention(Notation.CamelCase)]
public class Cache
{
    /// <summary>The stored response, or null (JS undefined) on a miss.</summary>
    public extern Task<Response?> Match(Request request);
    [Template("{this}.match({url})")]
    public extern Task<Response?> Match(string url);
    public extern Task Put(Request request, Response response);
    [Template("{this}.put({url}, {response})")]
    public extern Task Put(string url, Response response);
    public extern Task<bool> Delete(Request request);
    [Template("{this}.delete({url})")]
    public extern Task<bool> Delete(string url);
}
