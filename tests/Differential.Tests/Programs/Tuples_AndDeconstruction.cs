using System;
using System.Collections.Generic;
using System.Linq;

class Point
{
    public int X { get; }
    public int Y { get; }
    public Point(int x, int y) { X = x; Y = y; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

class Program
{
    static (int Min, int Max, double Mean) Stats(IEnumerable<int> xs)
    {
        var list = xs.ToList();
        return (list.Min(), list.Max(), list.Average());
    }

    static (string, int) Parse(string s)
    {
        var parts = s.Split(':');
        return (parts[0], int.Parse(parts[1]));
    }

    static void Main()
    {
        var t = (1, "two", 3.0);
        Console.WriteLine(t);
        Console.WriteLine(t.Item1 + " " + t.Item2 + " " + t.Item3);
        var named = (Name: "nginx", Tag: "latest", Layers: 7);
        Console.WriteLine(named.Name + ":" + named.Tag + " x" + named.Layers);
        Console.WriteLine(named);
        var stats = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine($"{stats.Min} {stats.Max} {stats.Mean}");
        var (min, max, mean) = stats;
        Console.WriteLine(max - min + mean);
        var (host, port) = Parse("mirror.dev:8443");
        Console.WriteLine(host + " / " + port);
        (string h, int p) = Parse("a:1");
        Console.WriteLine(h + p);
        var (x, y) = new Point(3, 4);
        Console.WriteLine(x * y);
        int a = 1, b = 2, c = 3;
        (a, b, c) = (c, a, b);
        Console.WriteLine($"{a}{b}{c}");
        (a, _) = (10, 20);
        Console.WriteLine(a);
        Console.WriteLine((1, 2).Equals((1, 2)));
        var set = new HashSet<(string, int)> { ("a", 1), ("a", 1), ("b", 1) };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 0)] = "east" };
        Console.WriteLine(dict[(1, 0)]);
        foreach (var ((px, py), label) in dict) Console.WriteLine($"{label} at {px},{py}");
        var pairs = new List<(string Key, int Count)> { ("b", 2), ("a", 2), ("c", 1) };
        pairs.Sort((l, r) => l.Count != r.Count ? r.Count.CompareTo(l.Count) : string.CompareOrdinal(l.Key, r.Key));
        Console.WriteLine(string.Join(" ", pairs));
        var nested = (1, (2, 3), "x");
        Console.WriteLine(nested.Item2.Item2 + " " + nested);
        var single = ValueTuple.Create(5);
        Console.WriteLine(single);
        (int, string)? maybe = null;
        Console.WriteLine(maybe?.Item2 ?? "none");
        var fromSelect = new[] { "a", "bb" }.Select((s, i) => (s, i, s.Length)).ToList();
        Console.WriteLine(string.Join(";", fromSelect));
        var tupleWithNull = ((string?)null, 1);
        Console.WriteLine(tupleWithNull);
        Console.WriteLine((true, 'c', 2.5, 10L));
    }
}
