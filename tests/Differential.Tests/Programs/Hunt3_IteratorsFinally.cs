using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Resource : IDisposable
{
    private readonly string name;
    private readonly List<string> log;
    public Resource(string name, List<string> log) { this.name = name; this.log = log; log.Add("open " + name); }
    public void Dispose() => log.Add("close " + name);
}

public static class Program
{
    static readonly List<string> Log = new();

    static IEnumerable<int> Numbers(string tag, int n)
    {
        Log.Add(tag + " start");
        try
        {
            for (int i = 0; i < n; i++)
            {
                Log.Add(tag + " yield " + i);
                yield return i;
            }
        }
        finally
        {
            Log.Add(tag + " finally");
        }
        Log.Add(tag + " end");
    }

    static IEnumerable<string> Lines(string name)
    {
        using var r = new Resource(name, Log);
        yield return name + ":1";
        try
        {
            yield return name + ":2";
            yield break;
        }
        finally { Log.Add("inner finally " + name); }
    }

    static IEnumerable<int> Nested()
    {
        try
        {
            try
            {
                yield return 1;
                throw new InvalidOperationException("boom in iterator");
            }
            finally { Log.Add("nested inner finally"); }
        }
        finally { Log.Add("nested outer finally"); }
    }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        using var ea = a.GetEnumerator();
        using var eb = b.GetEnumerator();
        bool ma, mb;
        do
        {
            if (ma = ea.MoveNext()) yield return ea.Current;
            if (mb = eb.MoveNext()) yield return eb.Current;
        } while (ma || mb);
    }

    static IEnumerable<int> Fib()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return (int)a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<int> Guarded(int[]? data)
    {
        if (data is null) throw new ArgumentNullException(nameof(data));
        foreach (var d in data) yield return d * 10;
    }

    static void Flush(string title) { Console.WriteLine(title + ": " + string.Join(" | ", Log)); Log.Clear(); }

    public static void Main()
    {
        foreach (var x in Numbers("A", 5)) if (x == 2) break;
        Flush("break");
        Console.WriteLine(Numbers("B", 10).Take(3).Sum());
        Flush("take");
        Console.WriteLine(Numbers("C", 3).First(x => x > 0));
        Flush("first");
        Console.WriteLine(Numbers("D", 2).Count());
        Flush("count");
        var e = Numbers("E", 3).GetEnumerator();
        e.MoveNext(); e.MoveNext();
        e.Dispose();
        Console.WriteLine(e.MoveNext());
        Flush("manual dispose");
        var lazy = Numbers("F", 3);
        Flush("not started");
        Console.WriteLine(string.Join(",", lazy.Zip(lazy.Skip(1))));
        Flush("zip self");
        foreach (var l in Lines("file")) Console.Write(l + " ");
        Console.WriteLine();
        Flush("using in iterator");
        Console.WriteLine(Lines("g").First());
        Flush("first of using");
        try { foreach (var n in Nested()) Log.Add("got " + n); }
        catch (InvalidOperationException ex) { Log.Add("caught " + ex.Message); }
        Flush("throwing iterator");
        Console.WriteLine(string.Join(",", Interleave(new[] { 1, 3, 5, 7 }, new[] { 2, 4 })));
        Console.WriteLine(string.Join(",", Fib().Skip(10).Take(5)) + " " + Fib().TakeWhile(f => f < 100).Count() + " " + Fib().ElementAt(30));
        var guarded = Guarded(null);
        Console.WriteLine("created lazily");
        try { guarded.ToList(); } catch (ArgumentNullException ex) { Console.WriteLine(ex.Message + " | " + ex.ParamName); }
        var selectMany = Numbers("S", 3).SelectMany(i => Numbers("s" + i, i)).ToList();
        Console.WriteLine(string.Join(",", selectMany));
        Flush("selectmany");
        try
        {
            foreach (var x in Numbers("T", 5).Select(i => 10 / (2 - i))) Log.Add("val " + x);
        }
        catch (DivideByZeroException ex) { Log.Add(ex.Message); }
        Flush("throwing select");
        var grouped = Numbers("G", 6).GroupBy(i => i % 3).Select(g => g.Key + ":" + string.Join("", g)).ToArray();
        Console.WriteLine(string.Join(" ", grouped));
        Flush("groupby");
        Console.WriteLine(Numbers("H", 4).Reverse().First() + " " + Numbers("I", 4).OrderByDescending(i => i).Last() + " " + Numbers("J", 0).DefaultIfEmpty(-1).Single());
        Flush("buffering");
        Console.WriteLine(Numbers("K", 3).Any() + " " + Numbers("L", 3).Contains(1) + " " + Numbers("M", 3).All(i => i < 1) + " " + Numbers("N", 5).SequenceEqual(Numbers("O", 2)));
        Flush("short circuits");
    }
}
