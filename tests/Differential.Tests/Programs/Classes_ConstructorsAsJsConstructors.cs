using System;
using System.Collections.Generic;

// A class with one constructor and no base or derived class is built by its JS constructor (`new C(a)`);
// the others keep `$ctor` methods. Both must keep C#'s order: static constructor, field initializers, body.
public static class Log
{
    public static readonly List<string> Lines = new();
    public static int Note(string what, int value) { Lines.Add(what); return value; }
    public static void Flush() { Console.WriteLine(string.Join(" > ", Lines)); Lines.Clear(); }
}

public sealed class Counter
{
    private int _start = Log.Note("field _start", 10);
    public int Value;
    public string Label = "counter";

    static Counter() => Log.Note("static Counter", 0);

    public Counter(int step)
    {
        Log.Note("body", 0);
        Value = _start + step;
        if (step < 0) return; // an early return still gives the object
        Value *= 2;
    }

    public int Describe() => Value;
}

public sealed class TwoWays
{
    public int X;
    public TwoWays() { X = 1; if (X > 0) return; X = 5; }
    public TwoWays(int x) : this() { X += x; }
}

public sealed class Implicit
{
    public List<int> Items = new() { 1, 2 };
    public int Sum() { var s = 0; foreach (var i in Items) s += i; return s; }
}

public sealed class Empty
{
    public override string ToString() => "empty";
}

public sealed class Primary(string name, int age)
{
    public string Name => name;
    public int Older() => ++age;
}

public record Point(int X, int Y)
{
    public int Sum => X + Y;
}

// doubles print through the record's own ToString as .NET prints them (-0, 1E+21, NaN, 0.1)
public sealed record Measure(double Value, double Other)
{
    public double Half => Value / 2;
}

public class Animal
{
    protected readonly string Sound;
    public Animal(string sound) { Sound = sound; Log.Note("Animal " + sound, 0); }
    public virtual string Speak() => Sound;
}

public sealed class Dog : Animal
{
    private readonly string _name = Log.Note("Dog field", 0) == 0 ? "rex" : "";
    public Dog() : base("woof") { Log.Note("Dog body", 0); }
    public override string Speak() => _name + " says " + base.Speak();
}

public sealed class Throwing
{
    public static int Built;
    public Throwing(int x)
    {
        if (x == 0) throw new ArgumentException("zero");
        Built++;
    }
}

public static class Program
{
    private static T Make<T>() where T : new() => new T();

    public sealed class Nested
    {
        public readonly int Depth;
        public Nested(int depth) { Depth = depth; }
    }

    public static void Main()
    {
        Log.Note("start", 0);
        var c = new Counter(5);
        Log.Flush();
        Console.WriteLine(c.Describe() + " " + c.Label + " " + new Counter(-1).Value);
        Log.Flush();
        Console.WriteLine(new TwoWays().X + " " + new TwoWays(4).X);
        Console.WriteLine(new Implicit().Sum() + " " + Make<Implicit>().Sum() + " " + Make<Empty>());
        var p = new Primary("ann", 40);
        Console.WriteLine(p.Name + " " + p.Older() + " " + p.Older());
        var a = new Point(1, 2);
        var b = a with { Y = 5 };
        Console.WriteLine(a + " " + b + " " + (a == new Point(1, 2)) + " " + b.Sum);
        Console.WriteLine(new Measure(-0.0, 1e21) + " " + new Measure(double.NaN, 0.1) + " " + new Measure(3, double.NegativeInfinity));
        Console.WriteLine(new Dog().Speak());
        Log.Flush();
        Console.WriteLine(new Nested(3).Depth + " " + new Empty() + " " + (new Empty() is object));
        try { new Throwing(0); } catch (ArgumentException e) { Console.WriteLine("caught " + e.Message + " built " + Throwing.Built); }
        new Throwing(1);
        Console.WriteLine("built " + Throwing.Built);
        Func<int, Counter> factory = n => new Counter(n);
        Console.WriteLine(factory(1).Value + " " + factory(2).GetType().Name);
        Log.Flush();
    }
}
