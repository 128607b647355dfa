using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public sealed class Tracker : IDisposable
{
    public static readonly List<string> Log = new();
    private readonly string name;
    private readonly bool throwOnDispose;
    public Tracker(string name, bool throwOnDispose = false) { this.name = name; this.throwOnDispose = throwOnDispose; Log.Add("+" + name); }
    public void Dispose() { Log.Add("-" + name); if (throwOnDispose) throw new InvalidOperationException("dispose " + name); }
}

public sealed class Countdown : IEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) { this.from = from; }
    public IEnumerator<int> GetEnumerator()
    {
        using var t = new Tracker("countdown" + from);
        for (int i = from; i > 0; i--) yield return i;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Program
{
    static IEnumerable<T> Traced<T>(IEnumerable<T> source, string name)
    {
        using (new Tracker(name))
        {
            foreach (var x in source)
            {
                Tracker.Log.Add(name + ":" + x);
                yield return x;
            }
        }
    }

    static IEnumerable<int> Outer()
    {
        try
        {
            foreach (var x in Traced(new Countdown(3), "inner")) yield return x * 10;
            yield return -1;
        }
        finally { Tracker.Log.Add("outer finally"); }
    }

    static IEnumerable<string> ThrowingDispose()
    {
        using var t = new Tracker("bad", throwOnDispose: true);
        yield return "one";
        yield return "two";
    }

    static IEnumerable<int> Flatten(IEnumerable<object> items)
    {
        foreach (var item in items)
        {
            if (item is int i) yield return i;
            else if (item is IEnumerable<object> nested) foreach (var n in Flatten(nested)) yield return n;
            else if (item is string s) yield return s.Length;
        }
    }

    static void Show(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" ", Tracker.Log));
        Tracker.Log.Clear();
    }

    public static void Main()
    {
        Console.WriteLine(string.Join(",", Outer().Take(2)));
        Show("take 2");
        Console.WriteLine(string.Join(",", Outer()));
        Show("all");
        Console.WriteLine(Outer().First(x => x < 25));
        Show("first");
        Console.WriteLine(Traced(new Countdown(2), "a").Select(x => x + 1).Where(x => x > 0).Sum());
        Show("sum");
        Console.WriteLine(string.Join(",", Traced(new[] { 1, 2, 3 }, "z1").Zip(Traced(new[] { "x", "y" }, "z2"), (n, s) => s + n)));
        Show("zip");
        Console.WriteLine(string.Join(",", Traced(new[] { 5, 1, 4 }, "o").OrderBy(x => x).Take(1)));
        Show("orderby");
        Console.WriteLine(Traced(new Countdown(4), "any").Any(x => x == 3));
        Show("any");
        try { foreach (var s in ThrowingDispose()) { Tracker.Log.Add(s); if (s == "one") break; } }
        catch (InvalidOperationException e) { Tracker.Log.Add("caught " + e.Message); }
        Show("dispose throws on break");
        var e1 = new Countdown(2).GetEnumerator();
        Tracker.Log.Add("made");
        e1.MoveNext();
        Tracker.Log.Add("cur " + e1.Current);
        e1.Dispose();
        e1.Dispose();
        Tracker.Log.Add("moved after dispose " + e1.MoveNext());
        Show("manual");
        Console.WriteLine(string.Join(",", Flatten(new object[] { 1, new object[] { 2, "abc", new object[] { 4 } }, "xy", 7.5, 9 })));
        var evens = Enumerable.Range(1, int.MaxValue).Where(x => x % 2 == 0);
        Console.WriteLine(string.Join(",", evens.Skip(3).Take(3)) + " " + evens.ElementAt(99) + " " + evens.TakeWhile(x => x < 10).Count());
        IEnumerable nonGeneric = new Countdown(2);
        foreach (object o in nonGeneric) Tracker.Log.Add("ng " + o);
        Show("non-generic");
        var cached = Traced(new[] { 1, 2 }, "c").ToList();
        Console.WriteLine(cached.Count + cached.Sum());
        Show("tolist");
    }
}
