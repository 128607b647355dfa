using System;
using System.Collections.Generic;

class Grid
{
    private readonly int[] cells;
    public int Width { get; }
    public int Height { get; }
    public Grid(int w, int h) { Width = w; Height = h; cells = new int[w * h]; }
    public int this[int x, int y]
    {
        get => cells[y * Width + x];
        set => cells[y * Width + x] = value;
    }
    public int this[(int x, int y) p] { get => this[p.x, p.y]; set => this[p.x, p.y] = value; }
}

class Headers
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
    public string? this[string name]
    {
        get => values.TryGetValue(name, out var v) ? v : null;
        set
        {
            if (value is null) values.Remove(name);
            else values[name] = value;
        }
    }
    public int Count => values.Count;
}

class Ring<T>
{
    private readonly T[] items;
    public Ring(params T[] items) => this.items = items;
    public T this[int i] => items[((i % items.Length) + items.Length) % items.Length];
}

class Program
{
    static void Main()
    {
        var g = new Grid(4, 3);
        for (int y = 0; y < g.Height; y++)
            for (int x = 0; x < g.Width; x++)
                g[x, y] = x * 10 + y;
        g[(1, 1)] += 100;
        g[2, 2]++;
        for (int y = 0; y < g.Height; y++)
        {
            for (int x = 0; x < g.Width; x++)
                Console.Write(g[x, y].ToString().PadLeft(5));
            Console.WriteLine();
        }
        var h = new Headers();
        h["Content-Type"] = "application/json";
        h["content-type"] = "text/plain";
        h["X-Cache"] = "HIT";
        Console.WriteLine(h["CONTENT-TYPE"] + " " + h.Count);
        h["x-cache"] = null;
        Console.WriteLine((h["X-Cache"] ?? "<none>") + " " + h.Count);
        var ring = new Ring<string>("a", "b", "c");
        for (int i = -4; i <= 4; i++) Console.Write(ring[i]);
        Console.WriteLine();
        var r2 = new Ring<int>(10, 20);
        Console.WriteLine(r2[5] + r2[-1]);
        int[] arr = { 1, 2, 3 };
        arr[1] *= 5;
        arr[arr.Length - 1] = 9;
        Console.WriteLine(string.Join(",", arr));
        var list = new List<int> { 4, 5, 6 };
        list[0] += list[2];
        list[1]--;
        Console.WriteLine(string.Join(",", list));
        var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        dict["a"] += 10;
        dict["c"] = dict["b"] * 3;
        foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value);
    }
}
