using System;
using System.Collections.Generic;
using System.Linq;

record Blob(string Digest, long Size, double Ratio);

class Program
{
    static void Main()
    {
        int[] ints = { 4, -2, 17, 8, 0, 5 };
        Console.WriteLine(ints.Sum() + " " + ints.Min() + " " + ints.Max() + " " + ints.Average());
        Console.WriteLine(ints.Sum(x => x * 2) + " " + ints.Min(x => -x) + " " + ints.Max(x => x % 5) + " " + ints.Average(x => x * 1.5));
        long[] longs = { 5000000000L, 7000000000L, -1L };
        Console.WriteLine(longs.Sum() + " " + longs.Min() + " " + longs.Max() + " " + longs.Average());
        double[] doubles = { 0.1, 0.2, 0.3 };
        Console.WriteLine(doubles.Sum() + " " + doubles.Min() + " " + doubles.Max() + " " + doubles.Average());
        var blobs = new List<Blob> { new("sha256:aa", 1024, 0.5), new("sha256:bb", 4096, 0.25), new("sha256:cc", 512, 0.75) };
        Console.WriteLine(blobs.Sum(b => b.Size) + " " + blobs.Max(b => b.Size) + " " + blobs.Min(b => b.Ratio) + " " + blobs.Average(b => b.Size));
        Console.WriteLine(blobs.MaxBy(b => b.Size)!.Digest + " " + blobs.MinBy(b => b.Ratio)!.Digest);
        Console.WriteLine(new[] { 1, 2 }.Average() + " " + new[] { 1, 2, 2 }.Average());
        Console.WriteLine(new int[0].Sum() + " " + new double[0].Sum());
        int?[] nullable = { 3, null, 7 };
        Console.WriteLine(nullable.Sum() + " " + nullable.Max() + " " + nullable.Min() + " " + nullable.Average());
        int?[] allNull = { null, null };
        Console.WriteLine((allNull.Max() == null) + " " + allNull.Sum());
        try
        {
            Console.WriteLine(new int[0].Average());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Average empty: " + e.Message);
        }
        try
        {
            Console.WriteLine(new int[0].Min());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Min empty: " + e.Message);
        }
        try
        {
            Console.WriteLine(new[] { int.MaxValue, 1 }.Sum());
        }
        catch (OverflowException e)
        {
            Console.WriteLine("Sum overflow: " + e.Message);
        }
        string[] words = { "pear", "fig", "banana" };
        Console.WriteLine(words.Max(w => w.Length) + " " + words.Min() + " " + words.Max());
        Console.WriteLine(Enumerable.Range(1, 100).Sum() + " " + Enumerable.Range(1, 10).Aggregate(1L, (a, b) => a * b));
        Console.WriteLine(Enumerable.Range(1, 4).Aggregate((a, b) => a * 10 + b));
        Console.WriteLine(new[] { "a", "b", "c" }.Aggregate("", (acc, s) => s + acc));
        Console.WriteLine(new[] { 2.5, 3.5 }.Sum() / 2 + " " + new[] { 1f, 2f }.Average());
        Console.WriteLine(new[] { double.NaN, 1.0 }.Max() + " " + new[] { double.NaN, 1.0 }.Min());
    }
}
