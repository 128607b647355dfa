using System;
using System.Collections.Generic;

// A readonly struct built from constants by a constructor that only stores its parameters is built once
// and shared; constructors that do anything else still run every time, and values stay independent.
public enum Kind { A, B }

public readonly struct Pair
{
    public Pair(Kind kind, string text) { Kind = kind; Text = text; }
    public Kind Kind { get; }
    public string Text { get; }
    public override string ToString() => Kind + ":" + Text;
}

public readonly struct Loud
{
    public readonly int Value;
    public Loud(int value) { Value = value; Console.WriteLine("Loud(" + value + ")"); }
}

public readonly struct Scaled
{
    public readonly double Value;
    public Scaled(double value) => Value = value * 2;
}

public struct Mutable
{
    public int Value;
    public Mutable(int value) { Value = value; }
}

class Program
{
    static Pair Make(int i) => i % 2 == 0 ? new Pair(Kind.A, "x") : new Pair(Kind.B, "y");

    static void Main()
    {
        var list = new List<Pair>();
        for (var i = 0; i < 4; i++) list.Add(Make(i));
        list.Add(new Pair(Kind.A, "x\"y"));
        list.Add(new Pair(Kind.A, null!));
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine(list[0].Equals(list[2]) + " " + list[0].Equals(list[1]) + " " + (list[5].Text == null));
        for (var i = 0; i < 2; i++) Console.WriteLine(new Loud(7).Value);
        Console.WriteLine(new Scaled(1.5).Value + " " + new Scaled(-0.0).Value + " " + new Scaled(0.0).Value);
        var ms = new List<Mutable>();
        for (var i = 0; i < 2; i++) { var m = new Mutable(1); m.Value += i; ms.Add(m); }
        Console.WriteLine(ms[0].Value + " " + ms[1].Value);
        var a = new Pair(Kind.B, "z");
        var b = a;
        a = new Pair(Kind.A, "w");
        Console.WriteLine(a + " " + b);
    }
}
