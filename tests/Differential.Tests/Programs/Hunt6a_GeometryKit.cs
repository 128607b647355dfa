using System;
using System.Collections.Generic;
using System.Linq;

public readonly struct Vec2 : IEquatable<Vec2>, IComparable<Vec2>
{
    public readonly double X, Y;
    public Vec2(double x, double y) { X = x; Y = y; }
    public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);
    public static Vec2 operator -(Vec2 a, Vec2 b) => new Vec2(a.X - b.X, a.Y - b.Y);
    public static Vec2 operator -(Vec2 a) => new Vec2(-a.X, -a.Y);
    public static Vec2 operator *(Vec2 a, double k) => new Vec2(a.X * k, a.Y * k);
    public static Vec2 operator *(double k, Vec2 a) => a * k;
    public static Vec2 operator /(Vec2 a, double k) => new Vec2(a.X / k, a.Y / k);
    public static bool operator ==(Vec2 a, Vec2 b) => a.Equals(b);
    public static bool operator !=(Vec2 a, Vec2 b) => !a.Equals(b);
    public double Length => Math.Sqrt(X * X + Y * Y);
    public double Dot(Vec2 o) => X * o.X + Y * o.Y;
    public double Cross(Vec2 o) => X * o.Y - Y * o.X;
    public bool Equals(Vec2 o) => X == o.X && Y == o.Y;
    public override bool Equals(object obj) => obj is Vec2 v && Equals(v);
    public override int GetHashCode() => HashCode.Combine(X, Y);
    public int CompareTo(Vec2 o) { int c = X.CompareTo(o.X); return c != 0 ? c : Y.CompareTo(o.Y); }
    public override string ToString() => $"({X}, {Y})";
    public static implicit operator Vec2((double, double) t) => new Vec2(t.Item1, t.Item2);
    public static explicit operator double(Vec2 v) => v.Length;
    public void Deconstruct(out double x, out double y) { x = X; y = Y; }
}

public struct Matrix2
{
    public double A, B, C, D;
    public Matrix2(double a, double b, double c, double d) { A = a; B = b; C = c; D = d; }
    public static Matrix2 Identity => new Matrix2(1, 0, 0, 1);
    public static Matrix2 operator *(Matrix2 m, Matrix2 n) =>
        new Matrix2(m.A * n.A + m.B * n.C, m.A * n.B + m.B * n.D, m.C * n.A + m.D * n.C, m.C * n.B + m.D * n.D);
    public static Vec2 operator *(Matrix2 m, Vec2 v) => new Vec2(m.A * v.X + m.B * v.Y, m.C * v.X + m.D * v.Y);
    public double Determinant => A * D - B * C;
    public static Matrix2 Rotation(double deg)
    {
        double r = deg * Math.PI / 180.0;
        return new Matrix2(Math.Cos(r), -Math.Sin(r), Math.Sin(r), Math.Cos(r));
    }
    public override string ToString() => string.Format("[{0,8:F3} {1,8:F3} | {2,8:F3} {3,8:F3}]", A, B, C, D);
}

public abstract class Shape
{
    public abstract double Area { get; }
    public virtual string Name => GetType().Name;
    public override string ToString() => $"{Name,-10}|{Area,10:F2}|";
}
public sealed class Circle : Shape
{
    public Vec2 Center; public double R;
    public Circle(Vec2 c, double r) { Center = c; R = r; }
    public override double Area => Math.PI * R * R;
}
public sealed class Polygon : Shape
{
    private readonly List<Vec2> pts;
    public Polygon(params Vec2[] p) { pts = new List<Vec2>(p); }
    public override double Area
    {
        get
        {
            double s = 0;
            for (int i = 0; i < pts.Count; i++) s += pts[i].Cross(pts[(i + 1) % pts.Count]);
            return Math.Abs(s) / 2;
        }
    }
    public override string Name => pts.Count switch { 3 => "Triangle", 4 => "Quad", var n => $"{n}-gon" };
    public Vec2 this[int i] => pts[(i % pts.Count + pts.Count) % pts.Count];
}

public static class Program
{
    public static void Main()
    {
        Vec2 a = (1.5, 2), b = new Vec2(-0.25, 4.125);
        Console.WriteLine($"a={a} b={b} a+b={a + b} a-b={a - b} -a={-a}");
        Console.WriteLine($"2*a={2 * a} a/3={a / 3} |b|={b.Length} (double)a={(double)a}");
        Console.WriteLine($"dot={a.Dot(b)} cross={a.Cross(b)} eq={a == new Vec2(1.5, 2.0)} ne={a != b}");
        var (x, y) = a / 3;
        Console.WriteLine($"x={x:R} y={y:E3} x={x:G4} y={y:0.###} pct={x:P1}");
        var zero = new Vec2(0.0, 0.0); var negZero = new Vec2(-0.0, 0.0);
        Console.WriteLine($"zero==negZero {zero == negZero} Equals {zero.Equals(negZero)} {negZero}");
        var nan = new Vec2(double.NaN, 1);
        Console.WriteLine($"nan==nan {nan == nan} Equals {nan.Equals((object)nan)} {nan}");
        var set = new HashSet<Vec2> { a, b, (1.5, 2), zero, negZero };
        Console.WriteLine($"set count {set.Count} contains b {set.Contains(new Vec2(-0.25, 4.125))}");
        var dict = new Dictionary<Vec2, string>();
        foreach (var p in new Vec2[] { (0, 0), (1, 0), (0, 1), (1, 0) })
            dict[p] = dict.TryGetValue(p, out var s) ? s + "+" : "v" + dict.Count;
        foreach (var kv in dict.OrderBy(k => k.Key)) Console.WriteLine($"  {kv.Key} -> {kv.Value}");
        var m = Matrix2.Rotation(90);
        Console.WriteLine(m);
        Console.WriteLine(m * m);
        Console.WriteLine($"det={m.Determinant:F6} rot(a)={m * a}");
        var id = Matrix2.Identity; id.B = 2;
        Console.WriteLine($"{id} det {id.Determinant}");
        var shapes = new List<Shape> {
            new Circle((0, 0), 1), new Polygon((0, 0), (4, 0), (0, 3)),
            new Polygon((0, 0), (2, 0), (2, 2), (0, 2)), new Polygon((0,0),(1,0),(2,1),(1,2),(0,1)),
            new Circle((1, 1), 0.5)
        };
        foreach (var sh in shapes.OrderByDescending(s => s.Area).ThenBy(s => s.Name)) Console.WriteLine(sh);
        Console.WriteLine($"total {shapes.Sum(s => s.Area):N3} max {shapes.Max(s => s.Area):0.00e+0}");
        var poly = (Polygon)shapes[2];
        Console.WriteLine($"poly[-1]={poly[-1]} poly[5]={poly[5]}");
        var sorted = new[] { b, a, zero, (1.5, -1), (-3, 0) };
        Array.Sort(sorted);
        Console.WriteLine(string.Join("; ", sorted));
        Array.Sort(sorted, (p, q) => q.Length.CompareTo(p.Length));
        Console.WriteLine(string.Join("; ", sorted.Select(v => v.Length.ToString("F4"))));
        double[] ds = { 0.1 + 0.2, 1e21, 1e-7, 123456789.125, -0.0, double.PositiveInfinity, 1.0 / 3, 5e-324, double.MaxValue };
        foreach (var d in ds) Console.WriteLine($"{d} | {d:F2} | {d:G} | {d,12:G5} | {d:N1} | {d.ToString("E2")}");
        Console.WriteLine(Math.Round(2.5) + " " + Math.Round(-2.5) + " " + Math.Round(2.345, 2) + " " + Math.Round(2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine($"{Math.Atan2(1, -1):F5} {Math.Floor(-1.5)} {Math.Ceiling(-1.5)} {Math.Truncate(-1.7)} {(int)-1.7} {(long)2.9e10}");
        Console.WriteLine($"{Math.Sign(-0.0)} {Math.Max(-0.0, 0.0)} {Math.Min(double.NaN, 1)} {Math.Abs(-5)} {Math.Pow(2, 0.5)}");
    }
}
