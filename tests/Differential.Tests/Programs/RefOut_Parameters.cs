using System;
using System.Collections.Generic;

class Program
{
    static void Increment(ref int x) => x++;
    static void Swap(ref string a, ref string b) => (a, b) = (b, a);
    static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0)
        {
            quotient = 0;
            remainder = 0;
            return false;
        }
        quotient = a / b;
        remainder = a % b;
        return true;
    }
    static void Fill(out int[] values, int n)
    {
        values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i * i;
    }
    static int Sum(in int a, in int b) => a + b;
    static void Grow(ref List<int> list) => list = new List<int>(list) { 99 };

    struct Point { public int X, Y; }
    static void Move(ref Point p, int dx) { p.X += dx; p.Y -= dx; }

    static void Main()
    {
        int n = 5;
        Increment(ref n);
        Increment(ref n);
        Console.WriteLine(n);
        string a = "left", b = "right";
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        Console.WriteLine(TryDivide(17, 5, out var q, out var r) + " " + q + " " + r);
        Console.WriteLine(TryDivide(1, 0, out q, out _) + " " + q);
        Fill(out var squares, 5);
        Console.WriteLine(string.Join(",", squares));
        Console.WriteLine(Sum(3, 4));
        int[] arr = { 3, 9, 4 };
        Increment(ref arr[0]);
        Console.WriteLine(string.Join(",", arr));
        Increment(ref arr[2]);
        Console.WriteLine(string.Join(",", arr));
        var list = new List<int> { 1 };
        var original = list;
        Grow(ref list);
        Console.WriteLine(original.Count + " " + list.Count);
        var p = new Point { X = 1, Y = 1 };
        Move(ref p, 5);
        Console.WriteLine(p.X + " " + p.Y);
        var points = new Point[2];
        Move(ref points[1], 3);
        Console.WriteLine(points[0].X + " " + points[1].X + " " + points[1].Y);
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        if (dict.TryGetValue("a", out int found)) Console.WriteLine("found " + found);
        if (!dict.TryGetValue("z", out found)) Console.WriteLine("missing -> " + found);
        Console.WriteLine(int.TryParse("12", out var parsed) ? parsed * 2 : -1);
        int counter = 0;
        for (int i = 0; i < 10; i++) Increment(ref counter);
        Console.WriteLine(counter);
    }
}
