using System;
using System.Collections.Generic;
using System.Linq;

record Pull(string Registry, string Repo, int Bytes, bool Cached);

class Program
{
    static void Main()
    {
        var pulls = new List<Pull>
        {
            new("docker.io", "nginx", 100, true),
            new("ghcr.io", "app", 40, false),
            new("docker.io", "redis", 70, false),
            new("docker.io", "nginx", 100, true),
            new("quay.io", "etcd", 30, true),
            new("ghcr.io", "app", 45, true),
        };
        foreach (var g in pulls.GroupBy(p => p.Registry))
            Console.WriteLine($"{g.Key}: {g.Count()} pulls, {g.Sum(p => p.Bytes)} bytes, repos {string.Join("+", g.Select(p => p.Repo).Distinct())}");
        foreach (var g in pulls.GroupBy(p => p.Cached, p => p.Repo))
            Console.WriteLine(g.Key + " -> " + string.Join(",", g));
        foreach (var g in pulls.GroupBy(p => (p.Registry, p.Repo)))
            Console.WriteLine(g.Key + " x" + g.Count());
        var summary = pulls.GroupBy(p => p.Registry, (key, items) => $"{key}={items.Max(i => i.Bytes)}");
        Console.WriteLine(string.Join(" ", summary));
        var byLength = "the quick brown fox jumps over the lazy dog".Split(' ').GroupBy(w => w.Length).OrderBy(g => g.Key);
        foreach (var g in byLength) Console.WriteLine(g.Key + ": " + string.Join(",", g));
        var firstLetter = new[] { "apple", "avocado", "banana", "blueberry", "cherry" }
            .GroupBy(w => w[0])
            .Select(g => (Letter: g.Key, Words: g.ToList()));
        foreach (var x in firstLetter) Console.WriteLine(x.Letter + " " + x.Words.Count + " " + x.Words.Last());
        var parity = Enumerable.Range(1, 10).GroupBy(n => n % 3).ToDictionary(g => g.Key, g => g.Sum());
        foreach (var kv in parity) Console.WriteLine("mod " + kv.Key + " sum " + kv.Value);
        var lookup = pulls.ToLookup(p => p.Repo);
        Console.WriteLine(lookup["nginx"].Count() + " " + lookup["missing"].Count() + " " + lookup.Count);
        var query = pulls.GroupBy(p => p.Cached).OrderByDescending(g => g.Key).Select(g => (Cached: g.Key, Total: g.Sum(x => x.Bytes)));
        foreach (var q in query) Console.WriteLine(q);
        var empty = new int[0].GroupBy(x => x);
        Console.WriteLine(empty.Count());
        var nullKeys = new[] { "a", null, "b", null }.GroupBy(s => s);
        Console.WriteLine(string.Join(",", nullKeys.Select(g => (g.Key ?? "null") + g.Count())));
    }
}
