using System;
using System.Collections.Generic;

// Readonly structs may share one JS object (they cannot change); `with`, boxing and collections must still behave as copies.
readonly struct Point
{
    public Point(int x, int y) { X = x; Y = y; }
    public int X { get; init; }
    public int Y { get; init; }
    public Point Moved(int dx) => new Point(X + dx, Y);
    public override string ToString() => $"({X}, {Y})";
}

struct Counter
{
    public int Value;
    public void Bump() => Value++;
}

readonly struct Line
{
    public Line(Point a, Point b) { A = a; B = b; }
    public Point A { get; }
    public Point B { get; }
}

class Program
{
    static void Main()
    {
        var p = new Point(1, 2);
        var q = p with { X = 10 };
        Console.WriteLine(p + " " + q + " " + p.Equals(q) + " " + p.Equals(new Point(1, 2)));
        var list = new List<Point> { p, q, p.Moved(5) };
        var first = list[0];
        var changed = first with { Y = 99 };
        Console.WriteLine(list[0] + " " + changed + " " + string.Join(",", list));
        object boxed = p;
        var unboxed = (Point)boxed;
        Console.WriteLine(unboxed.Equals(p) + " " + boxed.Equals(p) + " " + (p.GetHashCode() == new Point(1, 2).GetHashCode()));
        var points = new Point[3];
        points[1] = q;
        Array.Copy(points, 0, points, 1, 2);
        Console.WriteLine(string.Join(",", points));
        var line = new Line(p, q);
        var line2 = line with { };
        Console.WriteLine(line.A + "-" + line.B + " " + line2.A + " " + line.Equals(line2));

        var c = new Counter();
        var counters = new List<Counter> { c };
        c.Bump();
        var copy = c;
        copy.Bump();
        Console.WriteLine(c.Value + " " + copy.Value + " " + counters[0].Value);
        var arr = new[] { c, copy };
        var arr2 = new Counter[2];
        Array.Copy(arr, arr2, 2);
        arr2[0].Bump();
        Console.WriteLine(arr[0].Value + " " + arr2[0].Value);
        foreach (var item in counters) Console.WriteLine(item.Value);
    }
}
