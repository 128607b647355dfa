using System;
using System.Collections.Generic;
using System.Linq;

public readonly record struct Edge(string From, string To, int Cost);

public sealed class Graph
{
    private readonly Dictionary<string, List<Edge>> adj = new();
    public Graph Add(string a, string b, int cost)
    {
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            if (!adj.TryGetValue(x, out var list)) adj[x] = list = new List<Edge>();
            list.Add(new Edge(x, y, cost));
        }
        return this;
    }
    public IEnumerable<string> Bfs(string start)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var node))
        {
            yield return node;
            foreach (var e in adj[node].OrderBy(e => e.To, StringComparer.Ordinal))
                if (seen.Add(e.To)) queue.Enqueue(e.To);
        }
    }
    public (int Cost, List<string> Path)? Shortest(string from, string to)
    {
        var dist = new Dictionary<string, int> { [from] = 0 };
        var prev = new Dictionary<string, string>();
        var open = new SortedSetLike();
        open.Push(0, from);
        while (open.TryPop(out var d, out var node))
        {
            if (d > dist[node]) continue;
            if (node == to)
            {
                var path = new List<string> { to };
                while (prev.TryGetValue(path[^1], out var p)) path.Add(p);
                path.Reverse();
                return (d, path);
            }
            foreach (var e in adj[node])
            {
                var nd = d + e.Cost;
                if (!dist.TryGetValue(e.To, out var old) || nd < old)
                {
                    dist[e.To] = nd;
                    prev[e.To] = node;
                    open.Push(nd, e.To);
                }
            }
        }
        return null;
    }
}

// a tiny priority queue: sorted by (priority, insertion order)
public sealed class SortedSetLike
{
    private readonly List<(int P, long Seq, string V)> items = new();
    private long seq;
    public void Push(int p, string v)
    {
        var entry = (p, seq++, v);
        int i = items.BinarySearch(entry, Comparer<(int P, long Seq, string V)>.Create((a, b) => a.P != b.P ? a.P.CompareTo(b.P) : a.Seq.CompareTo(b.Seq)));
        items.Insert(i < 0 ? ~i : i, entry);
    }
    public bool TryPop(out int p, out string v)
    {
        if (items.Count == 0) { p = 0; v = ""; return false; }
        (p, _, v) = items[0];
        items.RemoveAt(0);
        return true;
    }
}

public static class Program
{
    public static void Main()
    {
        var g = new Graph().Add("A", "B", 4).Add("A", "C", 1).Add("C", "B", 2).Add("B", "D", 5).Add("C", "D", 8).Add("D", "E", 3).Add("F", "G", 1);
        Console.WriteLine(string.Join(" ", g.Bfs("A")));
        Console.WriteLine(string.Join(" ", g.Bfs("F")));
        var r = g.Shortest("A", "E");
        Console.WriteLine(r is { } found ? $"{found.Cost}: {string.Join("->", found.Path)}" : "none");
        var none = g.Shortest("A", "G");
        Console.WriteLine(none.HasValue + " " + (none?.Cost ?? -1));
        var e1 = new Edge("A", "B", 1);
        var e2 = e1 with { Cost = 2 };
        Console.WriteLine(e1 + " " + (e1 == e2) + " " + (e1 == e2 with { Cost = 1 }) + " " + e2.GetHashCode().Equals((e1 with { Cost = 2 }).GetHashCode()));
        var memo = new Dictionary<(int, int), long>();
        long Paths(int r, int c) => r == 0 || c == 0 ? 1 : memo.TryGetValue((r, c), out var v) ? v : memo[(r, c)] = Paths(r - 1, c) + Paths(r, c - 1);
        Console.WriteLine(Paths(16, 16) + " " + memo.Count + " " + memo[(2, 3)]);
        var byFirst = g.Bfs("A").GroupBy(n => n.CompareTo("C") < 0 ? "low" : "high").ToDictionary(x => x.Key, x => string.Concat(x));
        Console.WriteLine(string.Join(";", byFirst.Select(kv => $"{kv.Key}={kv.Value}")));
    }
}
