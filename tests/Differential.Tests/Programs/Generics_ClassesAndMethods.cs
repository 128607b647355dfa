using System;
using System.Collections.Generic;

class Stack2<T>
{
    private readonly List<T> items = new();
    public int Count => items.Count;
    public void Push(T item) => items.Add(item);
    public T Pop()
    {
        if (items.Count == 0) throw new InvalidOperationException("empty stack");
        var last = items[items.Count - 1];
        items.RemoveAt(items.Count - 1);
        return last;
    }
    public TResult Fold<TResult>(TResult seed, Func<TResult, T, TResult> f)
    {
        var acc = seed;
        foreach (var item in items) acc = f(acc, item);
        return acc;
    }
}

class Pair<TFirst, TSecond>
{
    public TFirst First { get; }
    public TSecond Second { get; }
    public Pair(TFirst first, TSecond second) { First = first; Second = second; }
    public Pair<TSecond, TFirst> Swap() => new(Second, First);
    public override string ToString() => $"<{First}, {Second}>";
}

class Cache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> map = new();
    private readonly Func<TKey, TValue> factory;
    public int Misses { get; private set; }
    public Cache(Func<TKey, TValue> factory) => this.factory = factory;
    public TValue Get(TKey key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            Misses++;
            value = factory(key);
            map[key] = value;
        }
        return value;
    }
}

static class Util
{
    public static void Swap<T>(ref T a, ref T b) { var t = a; a = b; b = t; }
    public static List<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> f)
    {
        var result = new List<TOut>();
        foreach (var x in source) result.Add(f(x));
        return result;
    }
    public static int Count<T>(IEnumerable<T> source) { int n = 0; foreach (var _ in source) n++; return n; }
}

class Node<T>
{
    public T Value;
    public Node<T>? Next;
    public Node(T value, Node<T>? next = null) { Value = value; Next = next; }
}

class Program
{
    static void Main()
    {
        var s = new Stack2<int>();
        for (int i = 1; i <= 5; i++) s.Push(i * i);
        Console.WriteLine(s.Fold(0, (a, b) => a + b));
        Console.WriteLine(s.Fold("", (a, b) => a + b + ";"));
        Console.WriteLine(s.Pop() + " " + s.Pop() + " " + s.Count);
        var words = new Stack2<string>();
        try { words.Pop(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var p = new Pair<string, int>("answer", 42);
        Console.WriteLine(p + " " + p.Swap() + " " + p.Swap().Swap().First);
        var nested = new Pair<Pair<int, int>, List<string>>(new Pair<int, int>(1, 2), new List<string> { "x" });
        Console.WriteLine(nested.First + " " + nested.Second.Count);

        var squares = new Cache<int, long>(k => { Console.WriteLine("  computing " + k); return (long)k * k; });
        foreach (var k in new[] { 3, 4, 3, 3, 100000 })
            Console.WriteLine(squares.Get(k));
        Console.WriteLine("misses " + squares.Misses);

        int a = 1, b = 2;
        Util.Swap(ref a, ref b);
        string x = "x", y = "y";
        Util.Swap(ref x, ref y);
        Console.WriteLine($"{a}{b}{x}{y}");
        Console.WriteLine(string.Join(",", Util.Map(new[] { 1, 2, 3 }, n => n * 1.5)));
        Console.WriteLine(Util.Count("hello") + Util.Count(new List<int> { 1 }));

        Node<string>? list = null;
        foreach (var w in new[] { "c", "b", "a" }) list = new Node<string>(w, list);
        for (var n = list; n != null; n = n.Next) Console.Write(n.Value);
        Console.WriteLine();
        Console.WriteLine(typeof(Pair<int, string>).Name + " " + p.GetType().Name + " " + typeof(List<int>).Name);
    }
}
