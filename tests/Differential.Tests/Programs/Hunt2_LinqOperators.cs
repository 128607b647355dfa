using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    record Person(string Name, string City, int Age);

    static void Try(string label, Func<object?> f)
    {
        try { Console.WriteLine(label + " = " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message); }
    }

    public static void Main()
    {
        var empty = new List<int>();
        var nums = new List<int> { 5, 3, 9, 1, 7 };
        Try("First", () => nums.First());
        Try("First pred", () => nums.First(x => x > 5));
        Try("First empty", () => empty.First());
        Try("First pred none", () => nums.First(x => x > 100));
        Try("FirstOrDefault empty", () => empty.FirstOrDefault());
        Try("FirstOrDefault pred none", () => nums.FirstOrDefault(x => x > 100));
        Try("FirstOrDefault with default", () => nums.FirstOrDefault(x => x > 100, -1));
        Try("Last", () => nums.Last());
        Try("Last pred", () => nums.Last(x => x < 5));
        Try("Last empty", () => empty.Last());
        Try("Last pred none", () => nums.Last(x => x > 100));
        Try("LastOrDefault", () => empty.LastOrDefault());
        Try("Single", () => nums.Single());
        Try("Single empty", () => empty.Single());
        Try("Single pred", () => nums.Single(x => x == 9));
        Try("Single pred many", () => nums.Single(x => x > 2));
        Try("SingleOrDefault many", () => nums.SingleOrDefault());
        Try("ElementAt 2", () => nums.ElementAt(2));
        Try("ElementAt 10", () => nums.ElementAt(10));
        Try("ElementAt -1", () => nums.ElementAt(-1));
        Try("ElementAtOrDefault 10", () => nums.ElementAtOrDefault(10));
        Try("ElementAt iterator", () => Enumerable.Range(0, 3).Select(x => x).ElementAt(5));

        Console.WriteLine("== aggregates");
        Try("Sum int", () => nums.Sum());
        Try("Sum long", () => new long[] { 5000000000, 6000000000 }.Sum());
        Try("Sum double", () => new[] { 0.1, 0.2, 0.3 }.Sum());
        Try("Sum nullable", () => new int?[] { 1, null, 3 }.Sum());
        Try("Sum empty", () => empty.Sum());
        Try("Sum overflow", () => new[] { int.MaxValue, 1 }.Sum());
        Try("Min", () => nums.Min());
        Try("Max", () => nums.Max());
        Try("Min empty", () => empty.Min());
        Try("Max empty double", () => new List<double>().Max());
        Try("Min nullable empty", () => new List<int?>().Min());
        Try("Max nullable", () => new int?[] { null, 4, null, 2 }.Max());
        Try("Min double NaN", () => new[] { 1.0, double.NaN, -1.0 }.Min());
        Try("Max double NaN", () => new[] { 1.0, double.NaN, -1.0 }.Max());
        Try("Average", () => nums.Average());
        Try("Average ints", () => new[] { 1, 2 }.Average());
        Try("Average empty", () => empty.Average());
        Try("Average nullable empty", () => new List<int?>().Average());
        Try("Average nullable", () => new int?[] { 1, null, 4 }.Average());
        Try("Average long", () => new long[] { 1, 2, 4 }.Average());
        Try("Max selector", () => nums.Max(x => -x));
        Try("Sum selector double", () => nums.Sum(x => x / 2.0));
        Try("Count", () => nums.Count());
        Try("Count pred", () => nums.Count(x => x % 3 == 0));
        Try("LongCount", () => nums.LongCount());
        Try("Any", () => empty.Any());
        Try("All empty", () => empty.All(x => x > 0));
        Try("Aggregate", () => nums.Aggregate((a, b) => a * 10 + b));
        Try("Aggregate seed", () => nums.Aggregate("s", (a, b) => a + b));
        Try("Aggregate empty", () => empty.Aggregate((a, b) => a + b));
        Try("MinBy", () => new[] { "ccc", "a", "bb", "d" }.MinBy(s => s.Length));
        Try("MaxBy", () => new[] { "ccc", "a", "bbb", "d" }.MaxBy(s => s.Length));

        Console.WriteLine("== ordering stability");
        var people = new List<Person>
        {
            new("Ann", "Oslo", 30), new("Bob", "Rome", 25), new("Cid", "Oslo", 25),
            new("Dan", "Rome", 30), new("Eve", "Bern", 25), new("Fay", "Oslo", 30),
            new("Gus", "Bern", 40), new("Hal", "Rome", 25),
        };
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.City).ThenByDescending(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.City).ThenBy(p => p.Name.Length).ThenByDescending(p => p.Name).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", new[] { "b", "B", "a", "A", "c" }.OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(" ", new[] { "b", "B", "a", "A", "c" }.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(" ", new[] { 3, 1, 2 }.Order()));
        Console.WriteLine(string.Join(" ", new[] { 3, 1, 2 }.OrderDescending()));

        Console.WriteLine("== GroupBy");
        foreach (var g in people.GroupBy(p => p.City))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(p => p.Name)) + " (" + g.Count() + ")");
        foreach (var g in people.GroupBy(p => p.Age, p => p.Name))
            Console.WriteLine(g.Key + " => " + string.Join("/", g));
        foreach (var s in people.GroupBy(p => p.City, (city, ps) => city + " avg " + ps.Average(p => p.Age)))
            Console.WriteLine(s);
        foreach (var s in people.GroupBy(p => p.City, p => p.Age, (city, ages) => $"{city}:{ages.Sum()}"))
            Console.WriteLine(s);
        var byLen = new[] { "x", "YY", "zz", "X", "y" }.GroupBy(s => s, StringComparer.OrdinalIgnoreCase);
        foreach (var g in byLen) Console.WriteLine(g.Key + "#" + g.Count());
        var lookup = people.ToLookup(p => p.Age);
        Console.WriteLine(lookup[25].Count() + " " + lookup[99].Count() + " " + lookup.Count);

        Console.WriteLine("== ToDictionary");
        var dict = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(string.Join(";", dict.Select(kv => kv.Key + "=" + kv.Value)));
        Try("ToDictionary dup", () => people.ToDictionary(p => p.City));
        Try("ToDictionary dup int", () => new[] { 1, 2, 1 }.ToDictionary(x => x));
        var ci = new[] { "a", "B" }.ToDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci["A"] + " " + ci.ContainsKey("b"));
        Try("ToDictionary ci dup", () => new[] { "a", "A" }.ToDictionary(s => s, StringComparer.OrdinalIgnoreCase));

        Console.WriteLine("== set-ish");
        var dup = new[] { 3, 1, 3, 2, 1, 5 };
        Console.WriteLine(string.Join(",", dup.Distinct()));
        Console.WriteLine(string.Join(",", new[] { "a", "A", "b" }.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", dup.Skip(2)) + " | " + string.Join(",", dup.Skip(-3)) + " | " + string.Join(",", dup.Skip(100)));
        Console.WriteLine(string.Join(",", dup.Take(2)) + " | " + string.Join(",", dup.Take(-1)).Length + " | " + string.Join(",", dup.Take(100)));
        Console.WriteLine(string.Join(",", dup.SkipWhile(x => x != 2)) + " | " + string.Join(",", dup.TakeLast(2)) + " | " + string.Join(",", dup.SkipLast(4)));
        Console.WriteLine(string.Join(",", dup.Reverse()));
        Console.WriteLine(string.Join(",", dup.Union(new[] { 9, 1 })) + " | " + string.Join(",", dup.Intersect(new[] { 5, 3, 7 })) + " | " + string.Join(",", dup.Except(new[] { 1 })));
        Console.WriteLine(string.Join(",", dup.Concat(new[] { 0 }).Append(-1).Prepend(100)));
        Console.WriteLine(string.Join(",", Enumerable.Range(-2, 5)) + " | " + Enumerable.Range(5, 0).Count());
        Try("Range negative", () => Enumerable.Range(0, -1));
        Console.WriteLine(Enumerable.Empty<string>().Count() + " " + Enumerable.Empty<int>().DefaultIfEmpty().First() + " " + Enumerable.Repeat("ab", 3).Aggregate((a, b) => a + b));
        Console.WriteLine(string.Join(",", nums.Select((x, i) => x * i)) + " | " + string.Join(",", nums.Where((x, i) => i % 2 == 0)));
        Console.WriteLine(string.Join(",", new[] { new[] { 1, 2 }, new int[0], new[] { 3 } }.SelectMany(a => a)));
        Console.WriteLine(string.Join(",", nums.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)));
        Console.WriteLine(string.Join(",", nums.Chunk(2).Select(c => "[" + string.Join(" ", c) + "]")));
        Console.WriteLine(nums.SequenceEqual(new[] { 5, 3, 9, 1, 7 }) + " " + nums.Contains(9) + " " + nums.ToArray().Length);
        Console.WriteLine(string.Join(",", people.DistinctBy(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(",", new object[] { 1, "two", 3, "four" }.OfType<string>()));
        Try("Cast bad", () => new object[] { 1, "two" }.Cast<int>().ToList().Count);
    }
}
