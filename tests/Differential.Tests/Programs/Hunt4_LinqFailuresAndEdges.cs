using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static void Try(string label, Func<object?> f)
    {
        try { Console.WriteLine(label + " = " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    public static void Main()
    {
        var empty = new List<int>();
        var nums = new List<int> { 4, 8, 15, 16, 23, 42 };
        Try("First", () => empty.First());
        Try("FirstPred", () => nums.First(x => x > 100));
        Try("Single", () => nums.Single());
        Try("SinglePred", () => nums.Single(x => x % 2 == 1 && x > 20));
        Try("SingleOrDefaultMany", () => nums.SingleOrDefault(x => x > 10));
        Try("SingleOrDefaultEmpty", () => empty.SingleOrDefault());
        Try("Max", () => empty.Max());
        Try("MinNullable", () => new List<int?>().Min());
        Try("Average", () => empty.Average());
        Try("AverageNullable", () => new int?[] { null }.Average());
        Try("SumOverflow", () => new[] { int.MaxValue, 1 }.Sum());
        Try("SumLong", () => new[] { int.MaxValue, 1 }.Sum(x => (long)x));
        Try("ElementAt", () => nums.ElementAt(10));
        Try("Cast", () => new object[] { 1, "two" }.Cast<int>().Sum());
        Try("Range", () => Enumerable.Range(0, -1).Count());
        Try("Repeat", () => Enumerable.Repeat(1, -1).Count());
        Try("Chunk0", () => nums.Chunk(0).Count());
        Try("TakeNeg", () => string.Join(",", nums.Take(-3)));
        Try("SkipBeyond", () => nums.Skip(100).Count());
        Try("LastOrDefaultEmpty", () => empty.LastOrDefault(-9));
        Try("MaxByEmpty", () => empty.MaxBy(x => x));
        Try("MinString", () => new[] { "b", null, "a" }.Min());
        Try("MaxString", () => new string[0].Max());
        Try("AggregateEmpty", () => empty.Aggregate((a, b) => a + b));
        Try("ToDictionaryDup", () => nums.ToDictionary(x => x % 2));
        Try("NullSource", () => ((IEnumerable<int>)null!).Count());
        Try("GroupNullKey", () => string.Join(";", new[] { "a", null, "bb", null }.GroupBy(s => s?.Length).Select(g => (g.Key?.ToString() ?? "null") + ":" + g.Count())));
        Try("LookupNullKey", () => new[] { "a", null }.ToLookup(s => s)[null!].Count());
        Try("ZipThree", () => string.Join(",", nums.Zip(new[] { "a", "b" }, new[] { true, false, true }).Select(t => $"{t.First}{t.Second}{t.Third}")));
        Try("ZipThreeNull", () => nums.Zip(nums, (IEnumerable<int>)null!).Count());
        Try("Empty", () => Enumerable.Empty<string>().Any());
        Try("DefaultIfEmptyFirst", () => empty.DefaultIfEmpty(7).First());
        Try("SequenceNull", () => nums.SequenceEqual(null!));
        Try("OfTypeString", () => string.Join(",", new object?[] { "a", 1, null, "b" }.OfType<string>()));
        Try("Distinct", () => string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct()));
        Try("Lazy", () =>
        {
            var log = new List<int>();
            var q = nums.Where(x => { log.Add(x); return x > 10; }).Take(2);
            var first = string.Join(",", q);
            return first + " saw " + string.Join(",", log);
        });
        Try("Deferred", () =>
        {
            var src = new List<int> { 1, 2 };
            var q = src.Select(x => x * 10);
            src.Add(3);
            return string.Join(",", q);
        });
        Try("AllEmpty", () => empty.All(x => x > 100) + " " + empty.Any(x => x > 0));
        Try("MinMaxDouble", () => new[] { 1.0, double.NaN, -1.0 }.Min() + " " + new[] { 1.0, double.NaN, -1.0 }.Max());
        Try("OrderByNulls", () => string.Join(",", new[] { "b", null, "a" }.OrderBy(s => s).Select(s => s ?? "null")));
        Try("Index", () => string.Join(",", nums.Index().Where(t => t.Index % 2 == 0).Select(t => t.Item)));
        Try("CountBy", () => string.Join(",", nums.CountBy(x => x % 2 == 0).Select(kv => kv.Key + "=" + kv.Value)));
        Try("AggregateBy", () => string.Join(",", nums.AggregateBy(x => x % 3, 0, (acc, x) => acc + x).Select(kv => kv.Key + "=" + kv.Value)));
    }
}
