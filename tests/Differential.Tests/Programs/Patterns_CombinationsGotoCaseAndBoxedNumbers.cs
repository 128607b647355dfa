using System;
using System.Collections.Generic;
using System.Linq;

enum Color { Red, Green }

interface IShape { double Area { get; } }
record Circle(double R) : IShape { public double Area => Math.PI * R * R; }
record Rect(double W, double H) : IShape { public double Area => W * H; }
record Tri(double B, double H) : IShape { public double Area => B * H / 2; }

class Program
{
    static string Classify(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => $"negative int {i}",
        int and (0 or 1) => "bit",
        int i and >= 2 and < 10 => $"digit {i}",
        int i => $"int {i}",
        long l => $"long {l}",
        double d when double.IsNaN(d) => "NaN",
        double d and > 0.5 => $"big double {d}",
        double d => $"double {d}",
        string { Length: 0 } => "empty string",
        string s when s.StartsWith('#') => "comment " + s[1..],
        string s => $"string '{s}' ({s.Length})",
        char c and (>= 'a' and <= 'z') => $"lower {c}",
        char c => $"char {c}",
        Circle { R: > 10 } => "huge circle",
        Circle c => $"circle {c.R}",
        Rect { W: var w, H: var h } when w == h => $"square {w}",
        Rect(var w, var h) => $"rect {w}x{h}",
        IShape s => $"shape {s.Area:F1}",
        int[] { Length: > 2 } arr => $"long array {arr[0]}..{arr[^1]}",
        int[] arr => $"array of {arr.Length}",
        List<int> { Count: 0 } => "empty list",
        IEnumerable<int> xs => "sequence",
        _ => "other " + o.GetType().Name,
    };

    static string Bucket(int n) => n switch
    {
        < 0 => "neg",
        0 => "zero",
        > 0 and <= 10 => "small",
        > 10 and not 42 => "large",
        _ => "answer",
    };

    static string Tuples(int a, int b) => (a, b) switch
    {
        (0, 0) => "origin",
        (_, 0) => "x-axis",
        (0, _) => "y-axis",
        var (x, y) when x == y => "diagonal",
        ( > 0, > 0) => "Q1",
        _ => "elsewhere",
    };

    static int Days(int month, bool leap)
    {
        switch (month)
        {
            case 2:
                return leap ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            case var m when m < 1 || m > 12:
                throw new ArgumentOutOfRangeException(nameof(month), month, "bad month");
            default:
                return 31;
        }
    }

    static string GotoCase(int state)
    {
        var trace = new List<string>();
        switch (state)
        {
            case 0:
                trace.Add("zero");
                goto case 2;
            case 1:
                trace.Add("one");
                goto default;
            case 2:
                trace.Add("two");
                break;
            default:
                trace.Add("default");
                goto case 0;
        }
        return string.Join(">", trace);
    }

    static int FindPair(int[][] grid, int target)
    {
        int found = -1;
        for (int i = 0; i < grid.Length; i++)
        {
            for (int j = 0; j < grid[i].Length; j++)
            {
                if (grid[i][j] == target) { found = i * 10 + j; goto done; }
                if (grid[i][j] < 0) goto nextRow;
            }
        nextRow:;
        }
    done:
        return found;
    }

    static void Main()
    {
        object?[] samples = { null, -3, 0, 1, 7, 12, 5L, double.NaN, 0.75, 0.25, "", "#note", "hi", 'q', 'Q', new Circle(11), new Circle(2), new Rect(3, 3), new Rect(2, 5), new Tri(4, 2), new[] { 1, 2, 3 }, new[] { 9 }, new List<int>(), new List<int> { 1 }, new HashSet<int>(), 3.5f, true, 2.0, -0.0, 1e10, (object)7 };
        foreach (var s in samples) Console.WriteLine(Classify(s));
        foreach (var n in new[] { -5, 0, 3, 10, 11, 42, 43 }) Console.Write(Bucket(n) + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Tuples(0, 0), Tuples(5, 0), Tuples(0, 5), Tuples(4, 4), Tuples(1, 2), Tuples(-1, 2)));
        Console.WriteLine(Days(2, true) + " " + Days(4, false) + " " + Days(12, false));
        try { Days(13, false); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Replace("\r", "") + " | " + e.ParamName + " | " + e.ActualValue); }
        Console.WriteLine(GotoCase(0) + " " + GotoCase(1) + " " + GotoCase(2));
        Console.WriteLine(FindPair(new[] { new[] { 1, -1, 5 }, new[] { 2, 5 } }, 5) + " " + FindPair(new[] { new[] { 1 } }, 9));
        object boxed = 42;
        if (boxed is int { } v && v > 40) Console.WriteLine("matched " + v);
        if (boxed is not string) Console.WriteLine("not string");
        var text = boxed as string ?? "fallback";
        Console.WriteLine(text);
        int? maybe = 5;
        if (maybe is int m2) Console.WriteLine("has " + m2);
        maybe = null;
        Console.WriteLine(maybe is null ? "null now" : "still");
        object two = 2.0, twoInt = 2, half = 0.5f;
        Console.WriteLine($"{two.GetType().Name} {twoInt.GetType().Name} {half.GetType().Name} {two.Equals(2.0)} {two.Equals(twoInt)} {twoInt.Equals(2)} {two is double} {two is int} {twoInt is double} {half is float} {half is double}");
        Console.WriteLine($"{(double)two + 1} {(int)twoInt + 1} {(float)half * 2} {two} {half} {string.Format("{0:F2}|{1:E1}|{2}", two, half, -0.0)} {Convert.ToInt32(two)}");
        try { Console.WriteLine((int)two); } catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        var objects = new List<object> { 3.0, 1, 2.5, 2.0f };
        Console.WriteLine(string.Join(",", objects) + " " + objects.Contains(1.0) + " " + objects.Contains(3.0) + " " + objects.IndexOf(1));
        foreach (var o in new object[] { 2.0, 2, 2.5, 2f, 'x', "2" })
            Console.Write((o is 2.0) + "/" + (o is 2) + "/" + (o is > 1.0) + "/" + (o switch { 2.0 => "two-d", 2 => "two-i", 2.5 => "half", 'x' => "ex", _ => "?" }) + " ");
        Console.WriteLine();
        foreach (var o in new object[] { 2.0, 2, 'x', "s", Color.Green, 7L })
        {
            switch (o)
            {
                case 2.0: Console.Write("two-d "); break;
                case 2: Console.Write("two-i "); break;
                case 'x': Console.Write("ex "); break;
                case "s": Console.Write("ess "); break;
                case Color.Green: Console.Write("green "); break;
                case 7L: Console.Write("seven-l "); break;
                default: Console.Write("? "); break;
            }
        }
        Console.WriteLine();
        IComparable cmp = 4.0;
        Console.WriteLine(cmp.CompareTo(5.0) + " " + cmp.CompareTo(4.0) + " " + new List<double> { 3, 1, 2 }.Max());
        var list = new List<object> { 1, "two", 3.0, 'c', null! };
        int total = 0;
        foreach (var item in list)
        {
            switch (item)
            {
                case int i: total += i; break;
                case string s: total += s.Length; break;
                case double d: total += (int)d; break;
                case null: total += 100; break;
                default: total += 1000; break;
            }
        }
        Console.WriteLine(total);
    }
}
