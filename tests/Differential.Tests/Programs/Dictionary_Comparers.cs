using System;
using System.Collections.Generic;
using System.Linq;

sealed class ModComparer : IEqualityComparer<int>
{
    private readonly int mod;
    public ModComparer(int mod) => this.mod = mod;
    public bool Equals(int x, int y) => x % mod == y % mod;
    public int GetHashCode(int x) => x % mod;
}

sealed class ByLength : IComparer<string>
{
    public int Compare(string? x, string? y) => (x?.Length ?? 0).CompareTo(y?.Length ?? 0);
}

class Program
{
    static void Main()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json",
            ["WWW-Authenticate"] = "Bearer realm=x",
        };
        headers["content-type"] = "text/plain";
        headers["X-Cache"] = "MISS";
        Console.WriteLine(headers.Count);
        foreach (var kv in headers) Console.WriteLine(kv.Key + ": " + kv.Value);
        Console.WriteLine(headers.ContainsKey("www-authenticate") + " " + headers["X-CACHE"] + " " + headers.TryGetValue("CONTENT-type", out var ct) + " " + ct);
        Console.WriteLine(headers.Remove("x-cache") + " " + headers.Count);

        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1, ["A"] = 2 };
        Console.WriteLine(ordinal.Count + " " + ordinal["A"]);

        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Docker.io", "ghcr.io", "DOCKER.IO", "Quay.io" };
        Console.WriteLine(set.Count + " " + set.Contains("GHCR.IO") + " " + string.Join(",", set));

        var mod = new Dictionary<int, string>(new ModComparer(10)) { [1] = "one" };
        mod[11] = "eleven replaces";
        mod[2] = "two";
        foreach (var kv in mod) Console.WriteLine(kv.Key + " => " + kv.Value);
        Console.WriteLine(mod.ContainsKey(21) + " " + mod[32]);

        var words = new List<string> { "ccc", "a", "bb", "dddd" };
        words.Sort(new ByLength());
        Console.WriteLine(string.Join(",", words));
        words.Sort(Comparer<string>.Create((x, y) => string.CompareOrdinal(y, x)));
        Console.WriteLine(string.Join(",", words));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("ABC", "abc") + " " + StringComparer.Ordinal.Equals("ABC", "abc"));
        Console.WriteLine(Math.Sign(StringComparer.OrdinalIgnoreCase.Compare("abc", "ABD")) + " " + Math.Sign(StringComparer.Ordinal.Compare("a", "B")));
        Console.WriteLine(EqualityComparer<string>.Default.Equals("x", "x") + " " + Comparer<int>.Default.Compare(1, 2));
        var distinct = new[] { "A", "a", "B", "b", "c" }.Distinct(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(",", distinct));
        var grouped = new[] { "Nginx", "nginx", "Redis" }.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + "x" + g.Count());
        Console.WriteLine(string.Join(",", grouped));
        var lookup = new[] { "Alpha", "beta" }.ToDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(lookup["ALPHA"] + lookup["BETA"]);
        Console.WriteLine(new[] { "x", "Y" }.Contains("y", StringComparer.OrdinalIgnoreCase));
    }
}
