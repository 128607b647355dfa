using System;
using System.Collections.Generic;
using System.Linq;

interface IGreeter { string Greet(); string Name => "greeter"; }
interface IFarewell { string Greet(); }

class Both : IGreeter
{
    string IGreeter.Greet() => "hello from IGreeter";
}

class Animal
{
    public string Speak() => "...";
    public virtual string Kind() => "animal";
    public override string ToString() => "Animal:" + Kind();
}

class Dog : Animal
{
    public new string Speak() => "woof";
    public override string Kind() => "dog";
}

class Puppy : Dog
{
    public new virtual string Kind() => "puppy";
}

class Plain { }

class Outer
{
    public class Inner { }
    public struct InnerStruct { public int X; }
}

struct Vec : IEquatable<Vec>, IComparable<Vec>
{
    public readonly int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator -(Vec a) => new(-a.X, -a.Y);
    public static Vec operator *(Vec a, int k) => new(a.X * k, a.Y * k);
    public static bool operator ==(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec a, Vec b) => !(a == b);
    public static Vec operator ++(Vec a) => new(a.X + 1, a.Y + 1);
    public static implicit operator Vec((int, int) t) => new(t.Item1, t.Item2);
    public static explicit operator int(Vec v) => v.X * v.X + v.Y * v.Y;
    public static bool operator true(Vec v) => v.X != 0 || v.Y != 0;
    public static bool operator false(Vec v) => v.X == 0 && v.Y == 0;
    public bool Equals(Vec other) => this == other;
    public override bool Equals(object? obj) => obj is Vec v && Equals(v);
    public override int GetHashCode() => X * 31 + Y;
    public int CompareTo(Vec other) => ((int)this).CompareTo((int)other);
    public override string ToString() => $"<{X},{Y}>";
}

struct Mutable { public int N; public void Bump() => N++; }

class Holder { public Mutable M; public Mutable Prop { get; set; } public readonly Mutable RO; }

class Matrix
{
    private readonly int[] cells = new int[9];
    public int this[int r, int c] { get => cells[r * 3 + c]; set => cells[r * 3 + c] = value; }
    public int this[string name] => name.Length;
}

class Program
{
    static int counter;
    static int Next() => ++counter;

    static void Main()
    {
        var both = new Both();
        IGreeter g = both;
        Console.WriteLine(g.Greet() + " | " + g.Name);

        Animal a = new Dog();
        Dog d = new Puppy();
        Console.WriteLine(a.Speak() + " " + ((Dog)a).Speak() + " " + a.Kind() + " " + d.Kind() + " " + ((Puppy)d).Kind() + " " + a + " " + d);
        Console.WriteLine(new Plain() + " " + new Outer.Inner() + " " + new Outer.InnerStruct() + " " + new Plain().GetType().FullName + " " + typeof(Outer.Inner).FullName + " " + typeof(List<int>).Name + " " + typeof(int[]).Name + " " + typeof(Vec[]).FullName + " " + typeof(string[]).FullName);

        Vec v1 = new(1, 2), v2 = (3, 4);
        var v3 = v1 + v2 * 2;
        v3++;
        Console.WriteLine(v3 + " " + (-v3) + " " + (int)v1 + " " + (v1 == new Vec(1, 2)) + " " + (v1 != v2) + " " + v1.Equals((object)new Vec(1, 2)));
        if (new Vec(0, 0)) Console.WriteLine("zero is true"); else Console.WriteLine("zero is false");
        if (v1) Console.WriteLine("v1 true");
        var vs = new List<Vec> { (5, 5), (1, 0), (2, 2), (0, 1) };
        vs.Sort();
        Console.WriteLine(string.Join(" ", vs) + " " + vs.Contains((2, 2)) + " " + vs.IndexOf(new Vec(0, 1)) + " " + vs.Max() + " " + vs.Distinct().Count());
        var set = new HashSet<Vec> { (1, 1), (1, 1), (2, 1) };
        var map = new Dictionary<Vec, string> { [(0, 0)] = "origin" };
        Console.WriteLine(set.Count + " " + map[new Vec(0, 0)] + " " + vs.OrderByDescending(v => v).First());

        var h = new Holder();
        h.M.Bump(); h.M.Bump();
        var copy = h.Prop; copy.Bump(); h.Prop = copy;
        var m = h.M; m.Bump();
        h.RO.Bump();
        Console.WriteLine(h.M.N + " " + h.Prop.N + " " + m.N + " " + h.RO.N);
        var arr = new Mutable[2];
        arr[0].Bump();
        foreach (var item in arr) item.Bump();
        var list = new List<Mutable> { new Mutable() };
        var fromList = list[0]; fromList.Bump();
        Console.WriteLine(arr[0].N + " " + arr[1].N + " " + list[0].N + " " + fromList.N);

        int[] nums = { 10, 20, 30 };
        ref int slot = ref nums[1];
        slot += 5;
        ref int picked = ref nums[2];
        picked = 99;
        int idx = 0;
        nums[idx++] += Next() * 100;
        Console.WriteLine(string.Join(",", nums) + " idx=" + idx + " counter=" + counter);

        var mat = new Matrix();
        mat[1, 2] = 7; mat[1, 2] += 3; mat[0, 0]++;
        Console.WriteLine(mat[1, 2] + " " + mat[0, 0] + " " + mat["four"]);

        Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3) + " " + Sum(new[] { 4, 5 }) + " " + Describe("x") + " " + Describe("y", count: 3) + " " + Describe(count: 2, name: "z", suffix: "!") + " " + Describe("w", suffix: "?"));
        Console.WriteLine(Format("{0}-{1}", 1, "a") + " " + Format("none") + " " + Format("{0}", (object)null!) + " " + Format("{0}|{1}", new object[] { "p", "q" }));
        Swap(ref v1, ref v2);
        Console.WriteLine(v1 + " " + v2 + " " + (TryHalf(7, out var half) ? half : -1) + " " + (TryHalf(8, out half) ? half : -1));
        int? n1 = null, n2 = 5;
        bool? t = null, tt = true, ff = false;
        Console.WriteLine($"{n1 + 1}|{n1 < n2}|{n1 >= n2}|{n1 == null}|{n2 > 3}|{n1 ?? -1}|{(n1 == n2)}|{n1.GetValueOrDefault()}|{n2.HasValue}");
        Console.WriteLine($"{t & false}|{t & true}|{t | true}|{t | false}|{t ^ true}|{!t}|{tt & ff}|{(t ?? true)}");
        n1 ??= 10; n2 += n1; n1++;
        Console.WriteLine(n1 + " " + n2 + " " + (n1 > n2 ? "gt" : "le") + " " + (int?)null + "|" + ((int?)3)?.ToString("D2"));
        string? maybe = null;
        Console.WriteLine((maybe?.Length ?? -1) + " " + (maybe?.ToUpper() ?? "null") + " " + maybe?.Length.ToString() + "|" + (maybe ??= "set") + " " + maybe);
    }

    static int Sum(params int[] xs) => xs.Sum();
    static string Describe(string name, int count = 1, string suffix = ".") => name + count + suffix;
    static string Format(string fmt, params object[] args) => args.Length == 0 ? fmt : string.Format(fmt, args);
    static void Swap<T>(ref T a, ref T b) { (a, b) = (b, a); }
    static bool TryHalf(int n, out int half) { half = n / 2; return n % 2 == 0; }
}
