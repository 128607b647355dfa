using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static readonly List<string> log = new();

    static IEnumerable<int> Guarded(int failAt)
    {
        log.Add("start");
        try
        {
            for (int i = 1; i <= 5; i++)
            {
                if (i == failAt) throw new InvalidOperationException("failed at " + i);
                yield return i;
            }
        }
        finally
        {
            log.Add("cleanup");
        }
    }

    static IEnumerable<string> Nested()
    {
        try
        {
            yield return "outer-1";
            try
            {
                yield return "inner-1";
                yield return "inner-2";
            }
            finally
            {
                log.Add("inner finally");
            }
            yield return "outer-2";
        }
        finally
        {
            log.Add("outer finally");
        }
    }

    static IEnumerable<int> Validated(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n));
        for (int i = 0; i < n; i++) yield return i;
    }

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" | ", log));
        log.Clear();
    }

    static void Main()
    {
        Console.WriteLine(string.Join(",", Guarded(0)));
        Flush("complete");
        try
        {
            foreach (var x in Guarded(3)) log.Add("got " + x);
        }
        catch (InvalidOperationException e)
        {
            log.Add("caught " + e.Message);
        }
        Flush("throws mid-way");
        foreach (var x in Guarded(0)) { log.Add("got " + x); if (x == 2) break; }
        Flush("break early");
        Console.WriteLine(Guarded(0).First());
        Flush("First()");
        Console.WriteLine(string.Join(",", Guarded(0).Take(3)));
        Flush("Take(3)");
        Console.WriteLine(string.Join(",", Nested()));
        Flush("nested complete");
        foreach (var s in Nested()) { log.Add(s); if (s == "inner-1") break; }
        Flush("nested break inside inner");
        var lazy = Validated(-1);
        Console.WriteLine("created lazily without throwing");
        try
        {
            foreach (var _ in lazy) { }
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("thrown on first MoveNext: " + e.ParamName);
        }
        try
        {
            Console.WriteLine(Guarded(2).Sum());
        }
        catch (InvalidOperationException e)
        {
            log.Add(e.Message);
        }
        Flush("Sum over a failing iterator");
    }
}
