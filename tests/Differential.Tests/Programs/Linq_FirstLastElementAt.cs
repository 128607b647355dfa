using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Try(string label, Func<object?> f)
    {
        try
        {
            var v = f();
            Console.WriteLine(label + " = " + (v ?? "null"));
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        int[] nums = { 3, 9, 4, 12, 7 };
        int[] empty = { };
        string[] words = { "kiwi", "apple", "fig" };
        Try("First", () => nums.First());
        Try("First(>5)", () => nums.First(n => n > 5));
        Try("First(>50)", () => nums.First(n => n > 50));
        Try("First empty", () => empty.First());
        Try("FirstOrDefault empty", () => empty.FirstOrDefault());
        Try("FirstOrDefault(>50)", () => nums.FirstOrDefault(n => n > 50));
        Try("FirstOrDefault(>50, -1)", () => nums.FirstOrDefault(n => n > 50, -1));
        Try("FirstOrDefault string", () => words.FirstOrDefault(w => w.Length > 10));
        Try("Last", () => nums.Last());
        Try("Last(<5)", () => nums.Last(n => n < 5));
        Try("Last empty", () => empty.Last());
        Try("LastOrDefault", () => nums.LastOrDefault(n => n > 100));
        Try("LastOrDefault words", () => words.LastOrDefault(w => w.Contains('i')));
        Try("ElementAt(2)", () => nums.ElementAt(2));
        Try("ElementAt(9)", () => nums.ElementAt(9));
        Try("ElementAtOrDefault(9)", () => nums.ElementAtOrDefault(9));
        Try("ElementAtOrDefault words", () => words.ElementAtOrDefault(5));
        Try("Single(>10)", () => nums.Single(n => n > 10));
        Try("Single(>5)", () => nums.Single(n => n > 5));
        Try("Single(>50)", () => nums.Single(n => n > 50));
        Try("SingleOrDefault(>50)", () => nums.SingleOrDefault(n => n > 50));
        Try("SingleOrDefault(>5)", () => nums.SingleOrDefault(n => n > 5));
        Try("Single one", () => new[] { "only" }.Single());
        IEnumerable<int> generated = Enumerable.Range(10, 5).Select(x => x * 2);
        Try("generated First", () => generated.First());
        Try("generated Last", () => generated.Last());
        Try("generated ElementAt", () => generated.ElementAt(3));
        var list = new List<string> { "x", "y" };
        Try("list Last", () => list.Last());
        Try("list First predicate", () => list.First(s => s == "y"));
        Try("DefaultIfEmpty", () => string.Join(",", empty.DefaultIfEmpty()));
        Try("DefaultIfEmpty(5)", () => string.Join(",", empty.DefaultIfEmpty(5)));
        Try("Min words", () => words.Min());
        Try("Max words", () => words.Max());
    }
}
