using System;
using System.Collections.Generic;

static class Log
{
    public static readonly List<string> Lines = new();
    public static int Note(string s) { Lines.Add(s); Console.WriteLine("init " + s); return s.Length; }
}

class A
{
    public static int X = Log.Note("A.X");
    public static int Y;
    static A() { Y = B.Z + 1; Log.Note("A.cctor Y=" + Y); }
    public static void Touch() => Console.WriteLine("A.Touch");
}

class B
{
    public static int Z = Log.Note("B.Z") + A.X;
    static B() { Log.Note("B.cctor Z=" + Z); }
}

class C
{
    public static readonly string Name = "C" + Log.Note("C.Name");
    static C() { }
    public const int Max = 10;
}

class Base
{
    public static string Tag = Log.Note("Base.Tag").ToString();
    static Base() { Console.WriteLine("Base.cctor"); }
    protected string who;
    public Base() { who = "base"; Console.WriteLine("Base ctor sees " + Describe()); }
    public virtual string Describe() => "Base:" + who;
}

class Derived : Base
{
    private readonly string extra = "field-init";
    private string? late;
    public static string DTag = Log.Note("Derived.DTag").ToString();
    static Derived() { Log.Note("Derived.cctor"); }
    public Derived() : base() { late = "ctor-body"; Console.WriteLine("Derived ctor: " + Describe()); }
    public override string Describe() => $"Derived:{who}:{extra}:{late ?? "null"}";
}

class Generic<T>
{
    // readonly constants are the same for every type argument: allowed in generic types
    public static readonly string Prefix = "gen";
    public const int Limit = 3;
    public static string Show(T value) => Prefix + Limit + ":" + value;
}

class Counter
{
    private static int next;
    public readonly int Id = ++next;
    public int Twice { get; } = next * 2;
}

class Program
{
    static void Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(C.Max);
        Console.WriteLine("after const");
        A.Touch();
        Console.WriteLine($"A.X={A.X} A.Y={A.Y} B.Z={B.Z}");
        Console.WriteLine(C.Name);
        var d = new Derived();
        Console.WriteLine(d.Describe());
        Console.WriteLine(Generic<int>.Show(4) + " " + Generic<string>.Show("s") + " " + Generic<double>.Show(0.5));
        var c1 = new Counter(); var c2 = new Counter();
        Console.WriteLine(c1.Id + " " + c1.Twice + " " + c2.Id + " " + c2.Twice);
        Console.WriteLine(string.Join(";", Log.Lines));
    }
}
