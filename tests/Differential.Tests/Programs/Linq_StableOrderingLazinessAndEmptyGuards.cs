using System;
using System.Linq;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var items = Enumerable.Range(0, 40).Select(i => (Key: i % 3, Id: i)).ToList();
        Console.WriteLine(string.Join(",", items.OrderBy(x => x.Key).Select(x => x.Id)));
        Console.WriteLine(string.Join(",", items.OrderByDescending(x => x.Key).ThenBy(x => -x.Id % 5).Select(x => x.Id)));
        Console.WriteLine(string.Join(",", items.GroupBy(x => x.Id % 4).Select(g => g.Key + ":" + g.First().Id + "-" + g.Last().Id)));
        var words = "one two three four five six seven eight nine ten eleven twelve".Split(' ');
        Console.WriteLine(string.Join(",", words.OrderBy(w => w.Length).ThenByDescending(w => w[0])));
        Console.WriteLine(string.Join(",", words.Order()) + " " + string.Join(",", new[] { 3, 1, 2 }.OrderDescending()));
        var lazy = words.Where(w => { Console.Write("?" + w[0]); return w.Length > 4; }).Select(w => w.ToUpper());
        Console.WriteLine();
        Console.WriteLine(lazy.First() + " " + lazy.Count());
        Console.WriteLine(string.Join(",", words.Take(3).Concat(words.TakeLast(2)).SkipLast(1)) + " " + words.ElementAtOrDefault(99) + "|" + words.LastOrDefault(w => w.StartsWith("z")) + "|" + words.SingleOrDefault(w => w == "six"));
        Console.WriteLine(Enumerable.Range(1, 5).Aggregate(1L, (a, b) => a * b) + " " + Enumerable.Range(1, 4).Select(i => i / 2.0).Sum() + " " + new[] { 1.5, 2.5 }.Average() + " " + new int[0].DefaultIfEmpty().Sum() + " " + Enumerable.Range(-3, 3).Min() + " " + new long[] { 5, 9 }.Max());
        try { Console.WriteLine(new int[0].Average()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(Enumerable.Range(0, -1).Count()); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
    }
}
