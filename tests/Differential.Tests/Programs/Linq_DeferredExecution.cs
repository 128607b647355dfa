using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var source = new List<int> { 1, 2, 3 };
        var evens = source.Where(n => n % 2 == 0);
        var doubled = source.Select(n => n * 2);
        var ordered = source.OrderByDescending(n => n);
        var counted = source.Count();
        var materialized = source.Where(n => n > 1).ToList();
        source.Add(4);
        source.Add(6);
        source.Remove(1);
        Console.WriteLine(string.Join(",", evens) + " | " + string.Join(",", doubled) + " | " + string.Join(",", ordered) + " | " + counted + " | " + string.Join(",", materialized));
        int calls = 0;
        var tracked = source.Select(n => { calls++; return n; });
        var first = tracked.First();
        var any = tracked.Any(n => n > 3);
        var total = tracked.Sum();
        Console.WriteLine($"{first} {any} {total} calls={calls}");
        calls = 0;
        var cached = tracked.ToArray();
        Console.WriteLine(cached.Length + cached.Sum() + " calls=" + calls);
        var grouped = source.GroupBy(n => n % 3);
        source.Add(9);
        Console.WriteLine(string.Join(" ", grouped.Select(g => g.Key + ":" + string.Join(",", g))));
        var letters = new List<char> { 'b', 'a' };
        var joined = letters.Select(c => char.ToUpper(c));
        letters.Add('c');
        Console.WriteLine(new string(joined.ToArray()));
        var captured = 10;
        var above = source.Where(n => n > captured);
        captured = 3;
        Console.WriteLine(string.Join(",", above));
        var chain = Enumerable.Range(1, int.MaxValue).Select(n => n * n).Where(n => n % 7 == 1).Take(5);
        Console.WriteLine(string.Join(",", chain));
        var skipped = source.Skip(1);
        source.Insert(0, 100);
        Console.WriteLine(string.Join(",", skipped));
        var distinct = source.Concat(source).Distinct();
        source.Clear();
        Console.WriteLine("[" + string.Join(",", distinct) + "]");
    }
}
