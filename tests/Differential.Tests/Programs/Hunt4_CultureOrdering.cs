using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var words = new List<string> { "banana", "Apple", "apple", "_under", "-dash", "Zebra", "zebra", "10", "9", "a b", "ab", "Ab", "aB", "" };
        Console.WriteLine(string.Join("|", words.OrderBy(w => w)));
        Console.WriteLine(string.Join("|", words.OrderBy(w => w, StringComparer.Ordinal)));
        Console.WriteLine(string.Join("|", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ThenBy(w => w, StringComparer.Ordinal)));
        var sorted = words.ToList();
        sorted.Sort(string.CompareOrdinal);
        Console.WriteLine(string.Join("|", sorted));
        sorted.Sort((a, b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase) is var c && c != 0 ? c : string.CompareOrdinal(b, a));
        Console.WriteLine(string.Join("|", sorted));
        foreach (var (a, b) in new[] { ("a", "B"), ("A", "b"), ("a", "A"), ("abc", "ABD"), ("x", "x "), ("", "a"), ("Z", "a"), ("_", "a"), ("1", "a") })
            Console.WriteLine($"{a}~{b}: {Math.Sign(string.Compare(a, b))} {Math.Sign(string.Compare(a, b, true))} {Math.Sign(string.Compare(a, b, StringComparison.Ordinal))} {Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase))} {Math.Sign(string.Compare(a, b, StringComparison.InvariantCultureIgnoreCase))} {Math.Sign(a.CompareTo(b))}");
        Console.WriteLine(string.Join(",", new[] { "b", "A", "c", "B", "a" }.Order()));
        Console.WriteLine(string.Join(",", new[] { "b", "A", "c", "B", "a" }.Max() + " " + new[] { "b", "A", "c", "B", "a" }.Min()));
    }
}
