using System;
using System.Collections.Generic;

abstract record Shape;
record Circle(double R) : Shape;
record Rect(double W, double H) : Shape;
record Tri(double A, double B, double C) : Shape;

class Program
{
    static double Area(Shape s) => s switch
    {
        Circle { R: 0 } => 0,
        Circle c => Math.Round(Math.PI * c.R * c.R, 3),
        Rect { W: var w, H: var h } when w == h => w * w,
        Rect(var w, var h) => w * h,
        Tri t => Heron(t),
        _ => throw new ArgumentException("unknown shape"),
    };

    static double Heron(Tri t)
    {
        var s = (t.A + t.B + t.C) / 2;
        return Math.Round(Math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C)), 3);
    }

    static string Temperature(double c) => c switch
    {
        < -273.15 => "impossible",
        < 0 => "freezing",
        >= 0 and < 15 => "cold",
        >= 15 and <= 25 => "mild",
        > 25 and not > 40 => "hot",
        double.NaN => "nan",
        _ => "scorching",
    };

    static string Http(int code) => code switch
    {
        200 or 201 or 204 => "success",
        301 or 302 or 307 or 308 => "redirect",
        401 or 403 => "auth",
        404 => "missing",
        429 => "throttled",
        >= 500 and <= 599 => "server",
        _ when code < 100 => "invalid",
        _ => "other",
    };

    static string Kind(object? o) => o switch
    {
        null => "null",
        int n and > 100 => "big int " + n,
        int n => "int " + n,
        string { Length: 0 } => "empty string",
        string s when s.StartsWith("sha256:") => "digest",
        string s => "string(" + s.Length + ")",
        int[] { Length: > 2 } arr => "long array " + arr[2],
        int[] => "short array",
        not (double or bool) => "neither double nor bool " + o.GetType().Name,
        _ => "comparable " + o.GetType().Name,
    };

    static string Tuple(int a, bool b) => (a, b) switch
    {
        (0, _) => "zero",
        (> 0, true) => "positive yes",
        (> 0, false) => "positive no",
        (_, true) => "negative yes",
        _ => "negative no",
    };

    static void Main()
    {
        var shapes = new Shape[] { new Circle(0), new Circle(2), new Rect(3, 3), new Rect(2, 5), new Tri(3, 4, 5) };
        foreach (var s in shapes) Console.WriteLine(s + " => " + Area(s));
        foreach (var t in new[] { -300, -5, 0, 14.9, 15, 25, 30, 40, 41, double.NaN })
            Console.WriteLine(t + " " + Temperature(t));
        foreach (var c in new[] { 200, 204, 302, 403, 404, 429, 503, 42, 600 })
            Console.Write(c + "=" + Http(c) + " ");
        Console.WriteLine();
        foreach (var o in new object?[] { null, 5, 500, "", "sha256:ab", "hello", new[] { 1, 2, 3 }, new[] { 1 }, new List<char>(), new Dictionary<int, int>(), 2.5, true })
            Console.WriteLine(Kind(o));
        Console.WriteLine(Tuple(0, true) + ", " + Tuple(3, true) + ", " + Tuple(3, false) + ", " + Tuple(-1, true) + ", " + Tuple(-1, false));
        try
        {
            Area(null!);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("thrown: " + e.Message);
        }
        int x = 7;
        var parity = x % 2 == 0 ? "even" : "odd";
        Console.WriteLine(parity + " " + (x is > 5 and < 10) + " " + (x is not 7) + " " + (x is 1 or 7));
        object boxed = 42;
        if (boxed is int { } value && value > 40) Console.WriteLine("matched " + value);
        if (boxed is not string) Console.WriteLine("not a string");
        var point = (X: 3, Y: -3);
        Console.WriteLine(point switch { (0, 0) => "origin", var (px, py) when px == -py => "anti-diagonal", _ => "elsewhere" });
    }
}
