using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Countdown : IEnumerable<int>
{
    private readonly int from;
    public Countdown(int from) => this.from = from;
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = from; i > 0; i--) yield return i;
        yield return 0;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static IEnumerable<int> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return (int)a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<string> UntilStop(IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            if (w == "stop") yield break;
            if (w.Length == 0) continue;
            yield return w.ToUpper();
        }
        yield return "<end>";
    }

    static IEnumerable<int> Primes(int limit)
    {
        for (int n = 2; n <= limit; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) { prime = false; break; }
            if (prime) yield return n;
        }
    }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        using var ea = a.GetEnumerator();
        using var eb = b.GetEnumerator();
        bool moreA = ea.MoveNext(), moreB = eb.MoveNext();
        while (moreA || moreB)
        {
            if (moreA) { yield return ea.Current; moreA = ea.MoveNext(); }
            if (moreB) { yield return eb.Current; moreB = eb.MoveNext(); }
        }
    }

    static IEnumerable<string> Walk(Tree? t, int depth = 0)
    {
        if (t is null) yield break;
        foreach (var s in Walk(t.Left, depth + 1)) yield return s;
        yield return new string(' ', depth) + t.Value;
        foreach (var s in Walk(t.Right, depth + 1)) yield return s;
    }

    record Tree(int Value, Tree? Left = null, Tree? Right = null);

    static IEnumerable<int> WithFinally(List<string> log)
    {
        try
        {
            log.Add("start");
            yield return 1;
            yield return 2;
            log.Add("after 2");
        }
        finally
        {
            log.Add("finally");
        }
    }

    static void Main()
    {
        Console.WriteLine(string.Join(",", Fibonacci().Take(15)));
        Console.WriteLine(string.Join(",", UntilStop(new[] { "a", "", "b", "stop", "c" })));
        Console.WriteLine(string.Join(",", UntilStop(new[] { "x", "y" })));
        Console.WriteLine(string.Join(",", Primes(60)));
        Console.WriteLine(string.Join(",", new Countdown(5)));
        Console.WriteLine(new Countdown(3).Sum());
        Console.WriteLine(string.Join("", Interleave("aceg", "bdf")));
        var tree = new Tree(4, new Tree(2, new Tree(1), new Tree(3)), new Tree(6, null, new Tree(7)));
        foreach (var line in Walk(tree)) Console.WriteLine(line);
        var log = new List<string>();
        foreach (var x in WithFinally(log))
        {
            log.Add("got " + x);
            if (x == 1) break;
        }
        Console.WriteLine(string.Join(" | ", log));
        log.Clear();
        foreach (var x in WithFinally(log)) log.Add("got " + x);
        Console.WriteLine(string.Join(" | ", log));
        var e = Primes(10).GetEnumerator();
        while (e.MoveNext()) Console.Write("[" + e.Current + "]");
        Console.WriteLine();
        IEnumerable<int> empty = Enumerable.Empty<int>();
        Console.WriteLine(empty.Any() + " " + Fibonacci().Skip(40).First());
    }
}
