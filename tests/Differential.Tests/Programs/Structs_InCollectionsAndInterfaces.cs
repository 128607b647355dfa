using System;
using System.Collections.Generic;
using System.Linq;

interface ICounter
{
    int Count { get; }
    void Bump();
}

struct Tally : ICounter
{
    public int Count { get; private set; }
    public string Name;
    public Tally(string name) { Name = name; Count = 0; }
    public void Bump() => Count++;
    public override string ToString() => Name + ":" + Count;
}

struct Point : IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point other) => X == other.X && Y == other.Y;
    public override bool Equals(object? obj) => obj is Point p && Equals(p);
    public override int GetHashCode() => X * 31 + Y;
    public override string ToString() => $"({X},{Y})";
    public Point Moved(int dx, int dy) => new Point(X + dx, Y + dy);
}

class Program
{
    static void BumpTwice(ICounter c) { c.Bump(); c.Bump(); }
    static void BumpTwice<T>(ref T c) where T : struct, ICounter { c.Bump(); c.Bump(); }

    static void Main()
    {
        var t = new Tally("t");
        BumpTwice(t);
        Console.WriteLine(t + " (boxed copy was bumped)");
        BumpTwice(ref t);
        Console.WriteLine(t + " (bumped through ref)");
        ICounter boxed = t;
        boxed.Bump();
        Console.WriteLine(t + " " + boxed.Count);
        var copyOfBoxed = (Tally)boxed;
        copyOfBoxed.Bump();
        Console.WriteLine(boxed.Count + " " + copyOfBoxed.Count);

        var dict = new Dictionary<string, Tally> { ["a"] = new Tally("a") };
        var fromDict = dict["a"];
        fromDict.Bump();
        Console.WriteLine(dict["a"] + " " + fromDict);
        dict["a"] = fromDict;
        Console.WriteLine(dict["a"]);

        var points = new List<Point> { new(1, 2), new(3, 4) };
        foreach (var p in points)
        {
            var q = p;
            q.X = 100;
        }
        Console.WriteLine(string.Join(" ", points));
        for (int i = 0; i < points.Count; i++) points[i] = points[i].Moved(1, 1);
        Console.WriteLine(string.Join(" ", points));
        var set = new HashSet<Point> { new(1, 1), new(1, 1), new(2, 2) };
        Console.WriteLine(set.Count + " " + set.Contains(new Point(2, 2)));
        var byPoint = new Dictionary<Point, string> { [new Point(0, 0)] = "origin" };
        Console.WriteLine(byPoint[new Point(0, 0)] + " " + byPoint.ContainsKey(new Point(0, 1)));
        var arr = new Point[3];
        arr[1].X = 5;
        var arrCopy = (Point[])arr.Clone();
        arrCopy[1].Y = 9;
        Console.WriteLine(string.Join(" ", arr) + " | " + string.Join(" ", arrCopy));
        var sorted = points.Concat(new[] { new Point(0, 9), new Point(0, 1) }).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        Console.WriteLine(string.Join(" ", sorted));
        var grouped = new[] { new Point(1, 1), new Point(1, 2), new Point(2, 1) }.GroupBy(p => p.X).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(" ", grouped));
        Point? maybe = null;
        Console.WriteLine((maybe?.X ?? -1) + " " + (maybe.HasValue ? "has" : "none"));
        maybe = new Point(7, 8);
        Console.WriteLine(maybe.Value.Moved(1, 1) + " " + maybe);
        var tallies = new Tally[2];
        tallies[0] = new Tally("x");
        tallies[0].Bump();
        Console.WriteLine(tallies[0] + " " + tallies[1].Count);
        var captured = new Tally("captured");
        Action bump = () => captured.Bump();
        bump();
        bump();
        Console.WriteLine(captured);
    }
}
