using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        int[] nums = { 4, 8, 15, 16, 23, 42 };
        int[] none = { };
        Console.WriteLine(nums.Any() + " " + none.Any() + " " + nums.Any(n => n > 40) + " " + nums.Any(n => n > 100) + " " + none.Any(n => true));
        Console.WriteLine(nums.All(n => n > 0) + " " + nums.All(n => n % 2 == 0) + " " + none.All(n => false));
        Console.WriteLine(nums.Count() + " " + nums.Count(n => n % 2 == 1) + " " + none.Count() + " " + nums.LongCount());
        Console.WriteLine(nums.Contains(15) + " " + nums.Contains(14) + " " + none.Contains(0));
        var words = new List<string> { "alpha", "beta", "gamma", "delta" };
        Console.WriteLine(words.Any(w => w.StartsWith("g")) + " " + words.All(w => w.Length >= 4) + " " + words.Count(w => w.Contains("ta")));
        Console.WriteLine(words.Contains("beta") + " " + words.Contains("BETA") + " " + words.Contains("BETA", StringComparer.OrdinalIgnoreCase));
        IEnumerable<int> lazy = Generate();
        Console.WriteLine("Any stops early: " + lazy.Any(n => n == 3));
        Console.WriteLine("All stops early: " + lazy.All(n => n < 2));
        Console.WriteLine("Contains stops early: " + lazy.Contains(2));
        var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        Console.WriteLine(dict.Any(kv => kv.Value > 1) + " " + dict.Count(kv => kv.Key != "a") + " " + dict.Keys.Contains("b"));
        Console.WriteLine("hello world".Count(c => c == 'o') + " " + "hello".Any(char.IsUpper) + " " + "HELLO".All(char.IsUpper));
        var nested = new[] { new[] { 1, 2 }, new int[0], new[] { 3 } };
        Console.WriteLine(nested.Count(a => a.Any()) + " " + nested.All(a => a.Length < 3) + " " + nested.Any(a => a.Contains(3)));
    }

    static IEnumerable<int> Generate()
    {
        for (int i = 1; i <= 5; i++)
        {
            Console.Write("[gen " + i + "]");
            yield return i;
        }
    }
}
