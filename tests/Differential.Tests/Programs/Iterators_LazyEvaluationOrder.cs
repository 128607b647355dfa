using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<int> Source(string name, int count)
    {
        Console.WriteLine($"  {name}: begin");
        for (int i = 1; i <= count; i++)
        {
            Console.WriteLine($"  {name}: yield {i}");
            yield return i;
        }
        Console.WriteLine($"  {name}: end");
    }

    static void Main()
    {
        Console.WriteLine("create");
        var query = Source("s", 4).Where(x => { Console.WriteLine("  where " + x); return x % 2 == 0; }).Select(x => { Console.WriteLine("  select " + x); return x * 10; });
        Console.WriteLine("enumerate");
        foreach (var v in query) Console.WriteLine("got " + v);
        Console.WriteLine("first");
        Console.WriteLine(Source("f", 5).First(x => x > 2));
        Console.WriteLine("take");
        foreach (var v in Source("t", 10).Take(2)) Console.WriteLine("got " + v);
        Console.WriteLine("any");
        Console.WriteLine(Source("a", 3).Any());
        Console.WriteLine("tolist");
        var list = Source("l", 2).ToList();
        Console.WriteLine("count " + list.Count);
        Console.WriteLine("orderby");
        var ordered = Source("o", 3).OrderByDescending(x => x);
        Console.WriteLine("ordered created");
        Console.WriteLine(string.Join(",", ordered));
        Console.WriteLine("twice");
        var twice = Source("w", 1);
        Console.WriteLine(twice.Count() + twice.Count());
        Console.WriteLine("zip-like");
        using var e1 = Source("e1", 2).GetEnumerator();
        using var e2 = Source("e2", 3).GetEnumerator();
        while (e1.MoveNext() && e2.MoveNext()) Console.WriteLine(e1.Current + e2.Current);
        Console.WriteLine("done");
    }
}
