using System;
using System.Collections.Generic;
using System.Linq;

public struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
    public static Point operator -(Point a) => new(-a.X, -a.Y);
    public static Point operator *(Point a, int k) => new(a.X * k, a.Y * k);
    public static bool operator ==(Point a, Point b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Point a, Point b) => !(a == b);
    public override bool Equals(object? obj) => obj is Point p && p == this;
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public override string ToString() => $"({X},{Y})";
    public int Manhattan => Math.Abs(X) + Math.Abs(Y);
}

public struct Plain { public int A; public string B; public override string ToString() => A + B; }

public struct Vec : IEquatable<Vec>, IComparable<Vec>
{
    public double X { get; }
    public double Y { get; }
    public Vec(double x, double y) { X = x; Y = y; }
    public double Length => Math.Sqrt(X * X + Y * Y);
    public bool Equals(Vec o) => X == o.X && Y == o.Y;
    public override bool Equals(object? o) => o is Vec v && Equals(v);
    public override int GetHashCode() => X.GetHashCode() ^ (Y.GetHashCode() * 31);
    public int CompareTo(Vec o) => Length.CompareTo(o.Length);
    public static implicit operator Vec((double, double) t) => new(t.Item1, t.Item2);
    public static explicit operator Point(Vec v) => new((int)v.X, (int)v.Y);
    public override string ToString() => $"<{X}; {Y}>";
}

public readonly record struct Cell(int Row, int Col)
{
    public Cell Offset(int dr, int dc) => this with { Row = Row + dr, Col = Col + dc };
}

public struct Counter { public int N; public void Inc() => N++; }

public static class Program
{
    static void Bump(Counter c) => c.Inc();
    static void BumpRef(ref Counter c) => c.Inc();

    public static void Main()
    {
        var visited = new HashSet<Point> { new(0, 0), new(1, 2) };
        Console.WriteLine(visited.Add(new Point(1, 2)) + " " + visited.Add(new Point(2, 1)) + " " + visited.Count + " " + visited.Contains(new Point(0, 0)));
        var costs = new Dictionary<Point, int> { [new(0, 0)] = 5 };
        costs[new Point(0, 0)] += 10;
        costs[new Point(3, 3)] = 1;
        Console.WriteLine(string.Join(" ", costs.Select(kv => kv.Key + "=" + kv.Value)));
        var p = new Point(2, 3);
        var q = p;
        q.X = 100;
        Console.WriteLine(p + " " + q + " " + (p + q) + " " + -p + " " + p * 3 + " " + (p == new Point(2, 3)) + " " + p.Equals((object)new Point(2, 3)) + " " + p.Manhattan);
        var arr = new Point[3];
        arr[1].X = 7;
        var copy = arr[1];
        copy.Y = 9;
        Console.WriteLine(string.Join(",", arr) + " " + copy);
        var list = new List<Point> { new(1, 1) };
        var fromList = list[0];
        fromList.X = 50;
        Console.WriteLine(list[0] + " " + fromList + " " + list.Contains(new Point(1, 1)) + " " + list.IndexOf(new Point(1, 1)));

        var plains = new HashSet<Plain> { new Plain { A = 1, B = "x" }, new Plain { A = 1, B = "x" }, new Plain { A = 2, B = "x" } };
        Console.WriteLine(plains.Count + " " + new Plain { A = 1, B = "y" }.Equals(new Plain { A = 1, B = "y" }) + " " + new Plain().Equals(new Plain { B = null! }) + " " + plains.Contains(new Plain { A = 2, B = "x" }));
        var pd = new Dictionary<Plain, string> { [new Plain { A = 3, B = "k" }] = "found" };
        Console.WriteLine(pd.TryGetValue(new Plain { A = 3, B = "k" }, out var found) + " " + found);

        Vec v = (3.0, 4.0);
        var vs = new List<Vec> { (1, 1), v, (0, 0.5), (-3, -4) };
        vs.Sort();
        Console.WriteLine(string.Join(" ", vs) + " " + v.Length + " " + (Point)v + " " + (Point)new Vec(-1.9, 2.9));
        Console.WriteLine(vs.Distinct().Count() + " " + vs.IndexOf((-3, -4)) + " " + vs.Max() + " " + vs.Min());
        Console.WriteLine(vs.OrderByDescending(x => x).First() + " " + new Vec(1, 2).Equals(new Vec(1, 2)) + " " + EqualityComparer<Vec>.Default.Equals(new Vec(0, 0), default));
        Console.WriteLine(Comparer<Vec>.Default.Compare((1, 0), (0, 2)));

        var c = new Cell(1, 1);
        var cells = new HashSet<Cell> { c, c.Offset(1, 0), c.Offset(0, 1), c.Offset(1, 0).Offset(-1, 0) };
        Console.WriteLine(cells.Count + " " + c + " " + c.Offset(2, 3) + " " + (c == new Cell(1, 1)) + " " + cells.Contains(new Cell(2, 1)));
        var grid = new Dictionary<Cell, char>();
        for (int r = 0; r < 3; r++) for (int col = 0; col < 3; col++) grid[new Cell(r, col)] = (char)('a' + r * 3 + col);
        Console.WriteLine(grid[new Cell(2, 2)] + " " + string.Concat(grid.Where(kv => kv.Key.Row == kv.Key.Col).Select(kv => kv.Value)));

        var counter = new Counter();
        Bump(counter);
        Console.WriteLine(counter.N);
        BumpRef(ref counter);
        counter.Inc();
        Console.WriteLine(counter.N);
        var counters = new Counter[2];
        counters[0].Inc();
        foreach (var k in counters) k.Inc();
        var clist = new List<Counter> { new Counter() };
        var tmp = clist[0]; tmp.Inc(); clist[0] = tmp;
        Console.WriteLine(counters[0].N + " " + counters[1].N + " " + clist[0].N);
        (Point a, Point b) pair = (new Point(1, 0), new Point(0, 1));
        var pair2 = pair;
        pair2.a.X = 9;
        Console.WriteLine(pair.a + " " + pair2.a + " " + (pair == pair2) + " " + pair.Equals((new Point(1, 0), new Point(0, 1))));
        Point? maybe = null;
        Console.WriteLine((maybe?.X ?? -1) + " " + maybe.HasValue + " " + (maybe == null) + " " + (maybe + new Point(1, 1) == null));
        maybe = new Point(4, 4);
        Console.WriteLine(maybe.Value.Manhattan + " " + maybe.GetValueOrDefault() + " " + (maybe == new Point(4, 4)) + " " + maybe);
        object boxed = p;
        p.X = -1;
        Console.WriteLine(boxed + " " + p + " " + ((Point)boxed).X + " " + boxed.Equals(new Point(2, 3)));
    }
}
