using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 5)));
        Console.WriteLine(string.Join(",", Enumerable.Range(-3, 4)));
        Console.WriteLine(Enumerable.Range(5, 0).Count());
        Console.WriteLine(Enumerable.Range(1, 1000).Where(n => n % 7 == 0).Count());
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 10).Select(n => n * n).Where(n => n % 2 == 0)));
        Console.WriteLine(Enumerable.Empty<int>().Count() + " " + Enumerable.Empty<string>().Any() + " " + Enumerable.Empty<double>().Sum());
        Console.WriteLine("[" + string.Join(",", Enumerable.Empty<string>()) + "]");
        Console.WriteLine(Enumerable.Empty<int>().FirstOrDefault() + " " + (Enumerable.Empty<string>().FirstOrDefault() ?? "null"));
        Console.WriteLine(string.Join("", Enumerable.Repeat("ab", 3)) + " " + Enumerable.Repeat(7, 4).Sum());
        Console.WriteLine(string.Join(",", Enumerable.Repeat('x', 0)) + "|");
        try
        {
            Enumerable.Range(0, -1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Range(0,-1): " + e.ParamName);
        }
        var table = Enumerable.Range(1, 4).Select(r => string.Join(" ", Enumerable.Range(1, 4).Select(c => (r * c).ToString().PadLeft(2))));
        foreach (var row in table) Console.WriteLine(row);
        var pythagorean = Enumerable.Range(1, 20)
            .SelectMany(a => Enumerable.Range(a, 20 - a).Select(b => (a, b, c: (int)Math.Sqrt(a * a + b * b))))
            .Where(t => t.c * t.c == t.a * t.a + t.b * t.b && t.c <= 20);
        Console.WriteLine(string.Join(" ", pythagorean));
        IEnumerable<int> e1 = new List<int>();
        Console.WriteLine(e1.DefaultIfEmpty(-1).Single());
        Console.WriteLine(Enumerable.Range(1, 5).Aggregate(0, (acc, x) => acc * 2 + x));
        Console.WriteLine(Enumerable.Range('a', 26).Select(i => (char)i).Where(ch => "aeiou".Contains(ch)).Count());
        Console.WriteLine(string.Concat(Enumerable.Range(0, 16).Select(i => i.ToString("x"))));
    }
}
