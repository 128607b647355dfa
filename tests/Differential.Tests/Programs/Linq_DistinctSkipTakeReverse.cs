using System;
using System.Collections.Generic;
using System.Linq;

record Layer(string Digest, int Size);

class Program
{
    static string S<T>(IEnumerable<T> xs) => "[" + string.Join(",", xs) + "]";

    static void Main()
    {
        int[] nums = { 3, 1, 3, 7, 1, 9, 7, 2 };
        Console.WriteLine(S(nums.Distinct()));
        Console.WriteLine(S(nums.Skip(3)) + S(nums.Skip(0)) + S(nums.Skip(100)) + S(nums.Skip(-2)));
        Console.WriteLine(S(nums.Take(3)) + S(nums.Take(0)) + S(nums.Take(100)) + S(nums.Take(-1)));
        Console.WriteLine(S(nums.Skip(2).Take(3)));
        Console.WriteLine(S(nums.TakeLast(2)) + S(nums.SkipLast(6)));
        Console.WriteLine(S(nums.SkipWhile(n => n < 5)) + S(nums.TakeWhile(n => n < 5)));
        Console.WriteLine(S(nums.Reverse()));
        Console.WriteLine(S(nums) + " (unchanged)");
        Console.WriteLine(S(nums.Distinct().Reverse().Take(2)));
        var layers = new[] { new Layer("a", 1), new Layer("b", 2), new Layer("a", 1), new Layer("a", 3) };
        Console.WriteLine(layers.Distinct().Count() + " " + layers.DistinctBy(l => l.Digest).Count());
        Console.WriteLine(S(layers.DistinctBy(l => l.Digest).Select(l => l.Digest + l.Size)));
        Console.WriteLine(S("Mississippi".Distinct()));
        Console.WriteLine(S(new[] { "a", "A", "b" }.Distinct()));
        var page = Enumerable.Range(1, 23);
        for (int p = 0; p < 3; p++) Console.WriteLine($"page {p}: " + S(page.Skip(p * 10).Take(10)));
        Console.WriteLine(S(nums.Chunk(3).Select(c => c.Sum())));
        Console.WriteLine(S(new List<string> { "x", "y", "z" }.AsEnumerable().Reverse()));
        Console.WriteLine(S(nums.Union(new[] { 100, 3 })) + S(nums.Intersect(new[] { 9, 2, 42 })) + S(nums.Except(new[] { 1, 3 })));
        Console.WriteLine(S(nums.Concat(new[] { 0 })) + S(nums.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)));
        Console.WriteLine(nums.SequenceEqual(new[] { 3, 1, 3, 7, 1, 9, 7, 2 }) + " " + nums.SequenceEqual(nums.Reverse()));
    }
}
