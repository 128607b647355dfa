using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join(", ", new[] { "a", "b", "c" }));
        Console.WriteLine(string.Join(',', new[] { "x", "y" }));
        Console.WriteLine(string.Join("-", 1, 2, 3));
        Console.WriteLine(string.Join("", new List<string> { "ab", "cd" }));
        Console.WriteLine(string.Join("|", new List<int> { 10, 20, 30 }));
        Console.WriteLine(string.Join("; ", new object?[] { 1, "two", 3.5, null, true, 'c' }));
        Console.WriteLine("[" + string.Join(",", new string[0]) + "]");
        Console.WriteLine(string.Join(" ", new[] { "only" }));
        Console.WriteLine(string.Join(", ", new[] { "", null, "z" }));
        Console.WriteLine(string.Concat("a", "b"));
        Console.WriteLine(string.Concat("a", "b", "c", "d"));
        Console.WriteLine(string.Concat(new[] { "x", "y", "z" }));
        Console.WriteLine(string.Concat(new List<string> { "1", "2" }));
        Console.WriteLine(string.Concat(1, 2));
        Console.WriteLine(string.Concat("n=", 5, " ok=", true));
        Console.WriteLine(string.Concat("a", null, "b"));

        string[] words = { "banana", "Apple", "cherry", "apple", "Banana", "", "a", "B" };
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                int ordinal = Math.Sign(string.CompareOrdinal(a, b));
                int ordinalIgnore = Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
                int ignoreCase = Math.Sign(string.Compare(a, b, true));
                Console.Write($"{ordinal},{ordinalIgnore},{ignoreCase} ");
            }
            Console.WriteLine();
        }
        Console.WriteLine(Math.Sign(string.Compare(null, "a")));
        Console.WriteLine(Math.Sign(string.Compare("a", null)));
        Console.WriteLine(string.Compare(null, null));
        var sorted = new List<string>(words);
        sorted.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", sorted));
        sorted.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", sorted));
        sorted.Sort(string.CompareOrdinal);
        Console.WriteLine(string.Join(" ", sorted));

        string built = "";
        for (int i = 0; i < 10; i++)
            built += i % 2 == 0 ? i.ToString() : "-";
        Console.WriteLine(built);
        built += null;
        built += 'Z';
        built += 1.5;
        built += true;
        Console.WriteLine(built);
    }
}
