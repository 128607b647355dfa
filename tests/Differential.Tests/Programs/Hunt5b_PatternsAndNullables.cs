using System;
using System.Collections.Generic;
using System.Linq;

public abstract record Shape;
public sealed record Circle(double R) : Shape;
public sealed record Rect(double W, double H) : Shape;
public sealed record Group(string Name, List<Shape> Items) : Shape;

public sealed class Point
{
    public int X { get; init; }
    public int Y { get; init; }
    public Point? Next { get; init; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

public struct Temp
{
    public double Celsius;
    public Temp(double c) { Celsius = c; }
    public static Temp? operator +(Temp? a, Temp? b) => a is null || b is null ? null : new Temp(a.Value.Celsius + b.Value.Celsius);
}

public static class Program
{
    static string Classify(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => "negative int " + i,
        int and (0 or 1) => "bit",
        int i => "int " + i,
        string { Length: 0 } => "empty string",
        string s when s.All(char.IsDigit) => "digits " + s,
        string and [var first, .., var last] s => $"string {first}..{last} ({s.Length})",
        int[] { Length: > 3 } arr => "long array " + arr.Sum(),
        int[] and [] => "empty array",
        int[] and [1, _, ..] => "array starting 1",
        int[] and [.., var z] => "array ending " + z,
        Point { X: 0, Y: 0 } => "origin",
        Point { Next.X: > 10 } p => "point whose next is far " + p.Next!.X,
        Point (var x, var y) when x == y => "diagonal " + x,
        Point (> 0, < 0) => "fourth quadrant",
        Point => "some point",
        Circle { R: >= 10 } => "big circle",
        Circle c => "circle " + c.R,
        Rect(var w, var h) when w == h => "square " + w,
        Rect r => "rect " + r.W * r.H,
        Group { Items.Count: 0 } g => "empty group " + g.Name,
        Group g => "group " + g.Name + "[" + string.Join(";", g.Items.Select(Classify)) + "]",
        double d and (double.NaN or double.PositiveInfinity) => "odd double",
        double d and > 0 and < 1 => "fraction " + d,
        double d when d is not 0.0 => "double " + d,
        not string and not int => "other " + o.GetType().Name,
        _ => "unreachable",
    };

    static string Grade(int score)
    {
        string result = "";
        switch (score / 10)
        {
            case 10:
            case 9: result += "A"; goto case 0;
            case 8: result += "B"; goto default;
            case 7 when score % 10 >= 5: result += "C+"; break;
            case 7: result += "C"; break;
            case 0: result += "!"; break;
            default: result += "?"; if (score < 0) goto case 0; break;
        }
        return result;
    }

    static int Find(int[][] grid, int target)
    {
        int steps = 0;
        for (int r = 0; r < grid.Length; r++)
            for (int c = 0; c < grid[r].Length; c++)
            {
                steps++;
                if (grid[r][c] == target) goto found;
            }
        return -steps;
    found:
        return steps;
    }

    public static void Main()
    {
        object?[] things = { null, -5, 0, 1, 42, "", "12345", "hello", "x", new[] { 1, 2, 3, 4 }, new int[0], new[] { 1, 9 }, new[] { 7, 8 },
            new Point(), new Point { X = 1, Next = new Point { X = 11 } }, new Point { X = 3, Y = 3 }, new Point { X = 2, Y = -2 }, new Point { X = -1, Y = 2 },
            new Circle(12), new Circle(2.5), new Rect(3, 3), new Rect(2, 5), new Group("g", new()), new Group("h", new List<Shape> { new Circle(1), new Rect(1, 2) }),
            double.NaN, 0.25, 3.5, 0.0, 'c', 5L, true };
        foreach (var th in things) Console.WriteLine(Classify(th));
        foreach (var s in new[] { 100, 95, 85, 77, 71, 5, -10, 55 }) Console.Write(Grade(s) + " ");
        Console.WriteLine();
        var grid = new[] { new[] { 1, 2 }, new[] { 3 }, new[] { 4, 5, 6 } };
        Console.WriteLine(Find(grid, 5) + " " + Find(grid, 9));

        int? a = 5, b = null, c = 0;
        Console.WriteLine($"{a + b} {(a + b).HasValue} {a * 2} {b ?? -1} {a > b} {a < b} {a == b} {b == null} {a != b} {b.GetValueOrDefault()} {b.GetValueOrDefault(7)} {a.Value} {c ?? 9}");
        Console.WriteLine($"{(a > 3 ? "big" : "small")} {-b} {~a} {a << 2} {(b is int bi ? bi : -2)} {(a is int ai ? ai : -2)} {(a is > 4 and < 6)} {(b is null)}");
        try { Console.WriteLine(a / c); } catch (DivideByZeroException e) { Console.WriteLine("div " + e.Message); }
        try { Console.WriteLine(b.Value); } catch (InvalidOperationException e) { Console.WriteLine("value " + e.Message); }
        bool? t = true, f = false, n = null;
        Console.WriteLine($"{t & n} {f & n} {t | n} {f | n} {t ^ n} {!n} {n == null} {(n ?? true)} {(t == true)} [{n}] [{(t & n).HasValue}]");
        double? dn = null; long? ln = 3;
        Console.WriteLine($"{dn + 1.5} {ln * 2} {(ln + 1L) * 2} {Nullable.Compare(a, b)} {Nullable.Equals(a, 5)} {dn.HasValue}");
        Temp? t1 = new Temp(10), t2 = new Temp(5.5), t3 = null;
        Console.WriteLine($"{(t1 + t2)?.Celsius} {(t1 + t3)?.Celsius ?? -1} {(t1 + t3).HasValue}");

        Point? p = new Point { X = 1, Next = new Point { X = 2, Next = new Point { X = 3 } } };
        Console.WriteLine($"{p?.Next?.Next?.X} {p?.Next?.Next?.Next?.X ?? -1} {p.Next?.Next?.Next?.Next?.Y is null}");
        string? str = null;
        Console.WriteLine($"{str?.Length ?? 0} {str?.ToUpper() ?? "none"} [{str?.Trim()}] {(str?.Length > 2)}");
        List<string>? list = null;
        list ??= new List<string>();
        list ??= new List<string> { "never" };
        list.Add("x");
        Dictionary<string, List<int>> groups = new();
        void Put(string k, int v) { (groups.TryGetValue(k, out var l) ? l : groups[k] = new List<int>()).Add(v); }
        Put("a", 1); Put("b", 2); Put("a", 3);
        Console.WriteLine(string.Join(";", groups.Select(kv => kv.Key + "=" + string.Join(",", kv.Value))) + " " + list.Count + " " + list?[0]);
        int[]? arr = null;
        Console.WriteLine($"{arr?[0]} {arr?.Length} {(arr ?? new[] { 9 })[0]}");
        int? counter = null;
        counter ??= 10;
        counter += 5;
        counter++;
        Console.WriteLine(counter + " " + (counter ??= 0));
        var pairs = new (string Name, int? Score)[] { ("a", 3), ("b", null), ("c", 1) };
        Console.WriteLine(string.Join(",", pairs.OrderBy(x => x.Score).Select(x => x.Name + ":" + (x.Score?.ToString() ?? "-"))) + " " + pairs.Max(x => x.Score) + " " + pairs.Sum(x => x.Score) + " " + pairs.Average(x => x.Score));
    }
}
