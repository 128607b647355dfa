using System;
using System.Collections.Generic;
using System.Linq;

record Tag(string Repo, string Name, int Major, int Minor, long Size);

class Program
{
    static void Main()
    {
        int[] nums = { 5, -3, 12, 0, 7, -8, 3 };
        Console.WriteLine(string.Join(",", nums.OrderBy(n => n)));
        Console.WriteLine(string.Join(",", nums.OrderByDescending(n => n)));
        Console.WriteLine(string.Join(",", nums.OrderBy(n => Math.Abs(n))));
        Console.WriteLine(string.Join(",", nums.Order()));
        Console.WriteLine(string.Join(",", nums.OrderDescending()));
        Console.WriteLine(string.Join(",", nums) + " (source unchanged)");
        var tags = new List<Tag>
        {
            new("nginx", "1.25.3", 1, 25, 70),
            new("redis", "7.2", 7, 2, 40),
            new("nginx", "1.24.0", 1, 24, 68),
            new("alpine", "3.19", 3, 19, 3),
            new("redis", "6.2", 6, 2, 38),
            new("nginx", "1.25.1", 1, 25, 71),
            new("alpine", "3.18", 3, 18, 3),
        };
        foreach (var t in tags.OrderBy(t => t.Repo).ThenByDescending(t => t.Major).ThenByDescending(t => t.Minor).ThenBy(t => t.Name))
            Console.WriteLine($"{t.Repo}:{t.Name}");
        Console.WriteLine(string.Join(" ", tags.OrderBy(t => t.Size).Select(t => t.Name)));
        Console.WriteLine(string.Join(" ", tags.OrderByDescending(t => t.Size).ThenBy(t => t.Repo).Select(t => t.Repo + t.Size)));
        Console.WriteLine("stable: " + string.Join(" ", tags.OrderBy(t => t.Repo.Length).Select(t => t.Name)));
        string[] words = { "banana", "Apple", "cherry", "apple", "Banana", "date" };
        Console.WriteLine(string.Join(",", words.OrderBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(",", words.OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(",", words.OrderByDescending(w => w.Length).ThenByDescending(w => w, StringComparer.OrdinalIgnoreCase)));
        double[] ds = { 2.5, -0.5, double.PositiveInfinity, 1e-3, -10 };
        Console.WriteLine(string.Join(",", ds.OrderBy(d => d)));
        var byKeyTuple = new[] { (2, "b"), (1, "z"), (2, "a"), (1, "a") }.OrderBy(p => p.Item1).ThenBy(p => p.Item2, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", byKeyTuple));
        var chars = "edgemirror".OrderBy(c => c).ToArray();
        Console.WriteLine(new string(chars));
        var enums = new[] { DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Sunday }.OrderBy(d => d);
        Console.WriteLine(string.Join(",", enums));
        var bools = new[] { true, false, true }.OrderBy(b => b);
        Console.WriteLine(string.Join(",", bools));
        var longs = new[] { 5000000000L, -1L, 3L }.OrderByDescending(x => x);
        Console.WriteLine(string.Join(",", longs));
    }
}
