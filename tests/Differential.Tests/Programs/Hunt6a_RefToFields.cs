using System;
using System.Collections.Generic;

// ref/out arguments that name a field of `this`: the compiled ref object must read and write the instance's field.
public struct Counter { public int Hits; public long Total; }

public class Store
{
    private int[] data = new int[1];
    private int size;
    private Counter stats;
    private string last = "none";
    private readonly Dictionary<string, int> index = new();
    private int found;
    private (int Lo, int Hi) bounds = (int.MaxValue, int.MinValue);

    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static void Bump(ref int x, int by) => x += by;
    static void BumpLong(ref long x, long by) => x += by;
    static void Note(ref Counter c, long amount) { c.Hits++; c.Total += amount; }
    static bool Parse(string s, out int value) => int.TryParse(s, out value);

    public void Add(string key, int v)
    {
        if (size == data.Length) Array.Resize(ref data, data.Length * 2 + 1);
        data[size++] = v;
        index[key] = size - 1;
        Note(ref stats, v);
        Bump(ref stats.Hits, 10);
        Bump(ref data[size - 1], 1);
        if (v < bounds.Lo) bounds.Lo = v;
        Bump(ref bounds.Hi, 0);
        if (v > bounds.Hi) bounds.Hi = v;
        last = key;
    }
    public bool Find(string key) => index.TryGetValue(key, out found);
    public void SwapEnds() { if (size > 1) Swap(ref data[0], ref data[size - 1]); }
    public void Parse(string s) { if (!Parse(s, out size)) size = 0; }
    public void Apply(Action<Store> f) => f(this);
    public void Twice() { Action a = () => BumpLong(ref stats.Total, 1000); a(); a(); }
    public override string ToString() =>
        $"size={size} cap={data.Length} data=[{string.Join(",", data[..size])}] hits={stats.Hits} total={stats.Total} last={last} found={found} bounds={bounds}";
}

public class Node
{
    public Node Next; public int Value;
    public static void Append(ref Node head, int v) { if (head == null) head = new Node { Value = v }; else Append(ref head.Next, v); }
}
public class LinkedBag
{
    private Node head;
    private string label = "bag";
    public void Add(int v) => Node.Append(ref head, v);
    public void Rename(string s) { Swap(ref label, ref s); Console.WriteLine($"old label {s}"); }
    static void Swap(ref string a, ref string b) => (a, b) = (b, a);
    public override string ToString()
    {
        var parts = new List<string>();
        for (var n = head; n != null; n = n.Next) parts.Add(n.Value.ToString());
        return label + ":" + string.Join("->", parts);
    }
}

public static class Program
{
    public static void Main()
    {
        var s = new Store();
        foreach (var (k, v) in new[] { ("a", 5), ("b", -2), ("c", 9), ("d", 4) }) { s.Add(k, v); Console.WriteLine(s); }
        Console.WriteLine($"find c {s.Find("c")} -> {s}");
        Console.WriteLine($"find z {s.Find("z")} -> {s}");
        s.SwapEnds(); Console.WriteLine(s);
        s.Twice(); Console.WriteLine(s);
        s.Apply(x => x.Parse("2")); Console.WriteLine(s);
        s.Parse("x"); Console.WriteLine(s);
        var bag = new LinkedBag();
        for (int i = 1; i <= 4; i++) bag.Add(i * i);
        Console.WriteLine(bag);
        bag.Rename("squares");
        Console.WriteLine(bag);
    }
}
