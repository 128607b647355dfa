using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed record Person(string Name, int Age, string City);

    public static void Main()
    {
        var people = new List<Person>
        {
            new("Ann", 30, "Oslo"), new("Bob", 25, "Rome"), new("Cid", 30, "Rome"),
            new("Dee", 25, "Oslo"), new("Eve", 41, "Lima"), new("Fay", 30, "Lima"),
        };
        Console.WriteLine(string.Join(",", people.OrderBy(p => p.Age).ThenByDescending(p => p.Name).Select(p => p.Name)));
        Console.WriteLine(string.Join(",", people.OrderByDescending(p => p.City).ThenBy(p => p.Age).ThenBy(p => p.Name).Select(p => p.Name)));
        var nested = new[] { new[] { 1, 2 }, new int[0], new[] { 3 } };
        Console.WriteLine(string.Join(",", nested.SelectMany(a => a)));
        Console.WriteLine(string.Join(",", nested.SelectMany((a, i) => a.Select(x => x * 10 + i))));
        Console.WriteLine(string.Join(",", people.SelectMany(p => p.Name, (p, c) => p.Age + ":" + c).Take(4)));
        Console.WriteLine(string.Join(",", new[] { 1, 2 }.Concat(new[] { 3, 4 }).Prepend(0).Append(5)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { 'x', 'y', 'z', 'w' }).Select(t => $"{t.First}{t.Second}")));
        Console.WriteLine(new[] { 1, 2, 3, 4 }.Aggregate(10, (acc, x) => acc * 2 + x));
        Console.WriteLine(new[] { "a", "b", "c" }.Aggregate("", (acc, x) => acc + x, r => r.ToUpper() + "!"));
        Console.WriteLine(new[] { 5, 3, 8 }.Aggregate((a, b) => a - b));
        Console.WriteLine(string.Join(",", new[] { 1, 3, 5, 6, 7, 9 }.TakeWhile(x => x % 2 == 1)));
        Console.WriteLine(string.Join(",", new[] { 1, 3, 5, 6, 7, 9 }.SkipWhile(x => x % 2 == 1)));
        Console.WriteLine(string.Join(",", new[] { 4, 5, 6, 1 }.TakeWhile((x, i) => x > i)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 2, 3 }.Union(new[] { 3, 4, 1, 5 })));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 2, 3, 4 }.Intersect(new[] { 4, 2, 9 })));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 2, 3, 4 }.Except(new[] { 3 })));
        Console.WriteLine(string.Join(",", new[] { "a", "B", "c" }.Union(new[] { "b", "C", "d" }, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(new[] { "Alpha", "beta" }.Contains("BETA", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine(new[] { "Alpha", "beta" }.Contains("BETA"));
        Console.WriteLine(new int[0].Sum(x => x * 2));
        Console.WriteLine(new List<double>().Sum(x => x));
        Console.WriteLine(people.MinBy(p => p.Age)!.Name + " " + people.MaxBy(p => p.Age)!.Name);
        Console.WriteLine(people.MaxBy(p => p.City)!.Name);
        Console.WriteLine(new List<Person>().MinBy(p => p.Age) == null);
        foreach (var chunk in Enumerable.Range(1, 7).Chunk(3)) Console.WriteLine(chunk.Length + ":" + string.Join("|", chunk));
        var lookup = people.ToLookup(p => p.City);
        Console.WriteLine(lookup.Count + " " + lookup["Rome"].Count() + " " + lookup["Nowhere"].Count());
        foreach (var g in lookup) Console.WriteLine(g.Key + "=" + string.Join("/", g.Select(p => p.Name)));
        Console.WriteLine(lookup.Contains("Lima") + " " + lookup.Contains("Paris"));
        Console.WriteLine(string.Join(",", new int[0].DefaultIfEmpty()));
        Console.WriteLine(string.Join(",", new int[0].DefaultIfEmpty(-1)));
        Console.WriteLine(string.Join(",", new[] { 7 }.DefaultIfEmpty(-1)));
        Console.WriteLine(people.Last(p => p.Age == 30).Name);
        Console.WriteLine(people.LastOrDefault(p => p.Age == 99)?.Name ?? "none");
        Console.WriteLine(people.FirstOrDefault(p => p.Age == 99, new Person("X", 0, "")).Name);
        try { people.Last(p => p.Age == 99); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new int[0].Aggregate((a, b) => a + b); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(string.Join(",", people.DistinctBy(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(",", people.GroupBy(p => p.Age, p => p.Name, (k, ns) => k + "[" + string.Join("", ns) + "]")));
        Console.WriteLine(string.Join(",", Enumerable.Repeat("ab", 3).SkipLast(1).TakeLast(5)));
        Console.WriteLine(people.Select(p => p.Age).Average().ToString("0.000"));
        Console.WriteLine(string.Join(",", people.OrderBy(p => p.Name.Length).ThenBy(p => p.Age).Reverse().Select(p => p.Name)));
        Console.WriteLine(string.Join(",", people.Join(people, a => a.Age, b => b.Age + 5, (a, b) => a.Name + b.Name)));
        Console.WriteLine(string.Join(",", people.GroupJoin(new[] { 25, 30 }, p => p.Age, a => a, (p, m) => p.Name + m.Count())));
        Console.WriteLine(people.Count(p => p.City.StartsWith("L")) + " " + people.LongCount() + " " + people.Any() + " " + people.All(p => p.Age > 20));
        Console.WriteLine(string.Join(",", people.Select((p, i) => i + p.Name[0].ToString()).Where((s, i) => i % 2 == 0)));
        Console.WriteLine(new[] { 1, 2, 3 }.SequenceEqual(new List<int> { 1, 2, 3 }) + " " + new[] { 1, 2 }.SequenceEqual(new[] { 2, 1 }));
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.Order()) + " " + string.Join(",", new[] { 3, 1, 2 }.OrderDescending()));
        Console.WriteLine(string.Join(",", new object[] { 1, "a", 2, null!, 3.5 }.OfType<int>()));
        Console.WriteLine(people.ElementAt(2).Name + " " + (people.ElementAtOrDefault(20)?.Name ?? "-"));
        Console.WriteLine(new[] { 4, 9, 2 }.Max() + " " + new[] { 4, 9, 2 }.Min(x => -x) + " " + new int?[] { null, 3, null }.Max());
        var dict = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(dict["Eve"] + " " + dict.Count);
        Console.WriteLine(string.Join(",", people.Where(p => p.Age > 26).Skip(1).Take(2).Select(p => p.Name)));
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 5).Select(i => i * i).Where(i => i % 2 == 0).ToHashSet()));
    }
}
