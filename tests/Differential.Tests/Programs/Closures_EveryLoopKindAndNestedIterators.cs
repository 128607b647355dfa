using System;
using System.Collections.Generic;
using System.Linq;

class Resource : IDisposable
{
    private readonly string name;
    private readonly List<string> log;
    public Resource(string name, List<string> log) { this.name = name; this.log = log; log.Add("open " + name); }
    public void Dispose() => log.Add("close " + name);
}

class Program
{
    static List<string> log = new();

    static IEnumerable<int> Inner(int n)
    {
        try
        {
            for (int i = 0; i < n; i++)
            {
                log.Add($"inner yield {i}");
                yield return i;
            }
        }
        finally { log.Add($"inner finally {n}"); }
    }

    static IEnumerable<string> Outer()
    {
        using var r = new Resource("outer", log);
        try
        {
            foreach (var x in Inner(3))
            {
                if (x == 2) yield break;
                yield return "o" + x;
            }
            yield return "unreachable";
        }
        finally { log.Add("outer finally"); }
    }

    static IEnumerable<int> Throwing()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("boom in iterator");
        }
        finally { log.Add("throwing finally"); }
    }

    static IEnumerable<int> Fib()
    {
        int a = 0, b = 1;
        while (true) { yield return a; (a, b) = (b, a + b); }
    }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> xs, IEnumerable<T> ys)
    {
        using var ex = xs.GetEnumerator();
        using var ey = ys.GetEnumerator();
        bool hx = true, hy = true;
        while (hx || hy)
        {
            if (hx && (hx = ex.MoveNext())) yield return ex.Current;
            if (hy && (hy = ey.MoveNext())) yield return ey.Current;
        }
    }

    static void Main()
    {
        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) actions.Add(() => i);
        foreach (var i in new[] { 10, 20, 30 }) actions.Add(() => i);
        int w = 0;
        while (w < 3) { int copy = w; actions.Add(() => copy * 100 + w); w++; }
        do { var local = w; actions.Add(() => local); w--; } while (w > 1);
        foreach (var (k, v) in new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }) actions.Add(() => k.Length + v);
        for (int i = 0, j = 10; i < 2; i++, j--) { actions.Add(() => i * j); }
        Console.WriteLine(string.Join(",", actions.Select(a => a())));

        var counters = new List<Action>();
        int shared = 0;
        for (int i = 0; i < 3; i++) counters.Add(() => shared += i);
        counters.ForEach(a => a());
        Console.WriteLine("shared=" + shared);

        Func<int, Func<int, int>> adder = x => y => x + y;
        var add5 = adder(5);
        Console.WriteLine(add5(3) + " " + adder(-1)(1));
        Func<int, int> fact = null!;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));

        int Counter() { shared++; return shared; }
        static int Square(int x) => x * x;
        Console.WriteLine(Counter() + " " + Counter() + " " + Square(7));

        foreach (var s in Outer()) log.Add("got " + s);
        Console.WriteLine(string.Join(" | ", log)); log.Clear();

        var e = Outer().GetEnumerator();
        e.MoveNext(); log.Add("first " + e.Current);
        e.Dispose();
        Console.WriteLine(string.Join(" | ", log)); log.Clear();

        try { foreach (var x in Throwing()) log.Add("t" + x); }
        catch (InvalidOperationException ex) { log.Add("caught " + ex.Message); }
        Console.WriteLine(string.Join(" | ", log)); log.Clear();

        Console.WriteLine(string.Join(",", Fib().Skip(10).Take(5)));
        Console.WriteLine(string.Join(",", Fib().TakeWhile(x => x < 100).Where(x => x % 2 == 0)));
        Console.WriteLine(string.Join(",", Interleave(new[] { 1, 3, 5, 7 }, new[] { 2, 4 })));
        var lazy = Fib().Select(x => { log.Add("sel" + x); return x * 2; });
        Console.WriteLine(lazy.First(x => x > 4) + " " + string.Join(",", log)); log.Clear();

        var query = from n in Enumerable.Range(1, 20)
                    where n % 3 == 0
                    let sq = n * n
                    orderby sq descending
                    select new { n, sq };
        Console.WriteLine(string.Join(" ", query.Take(3)));
        var grouped = from word in new[] { "apple", "avocado", "banana", "blueberry", "cherry" }
                      group word by word[0] into g
                      select $"{g.Key}:{g.Count()}";
        Console.WriteLine(string.Join(" ", grouped));
    }
}
