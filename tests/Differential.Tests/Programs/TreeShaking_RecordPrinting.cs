using System;
using System.Collections.Generic;

enum Level { Low, High }

record Plain(string Name, bool On, long Big, int Count);
record Mixed(string? Name, char Letter, Level Level, float Ratio, double Exact, int? Maybe, char? MaybeChar, ulong Huge)
{
    public string Extra { get; init; } = "extra";
    public bool Computed => Letter == 'x';
}
record Base(string Id)
{
    public Base() : this("default") { }
}
record Child(string Id, int Rank) : Base(Id);
record WithList(int[] Items, Plain Inner);

abstract record Announcer
{
    protected Announcer() => Console.WriteLine("announcing " + Describe());
    protected abstract string Describe();
}
record Speaker(string Words) : Announcer
{
    protected override string Describe() => "words=" + (Words ?? "null");
}

class Program
{
    static void Main()
    {
        var p = new Plain("p", true, 1L << 40, -3);
        Console.WriteLine(p);
        Console.WriteLine(new Plain(null!, false, -1, 0));
        Console.WriteLine(new Mixed(null, 'x', Level.High, 0.1f, 0.1, null, 'q', ulong.MaxValue));
        Console.WriteLine(new Mixed("m", 'y', (Level)5, -0f, -0.0, 7, null, 0) { Extra = "changed" });
        Console.WriteLine(new Base());
        Console.WriteLine(new Child("c", 2));
        Console.WriteLine(new Child("c", 2) == new Child("c", 2));
        Console.WriteLine(new WithList(new[] { 1 }, p));
        var changed = p with { Count = 9 };
        Console.WriteLine(changed + " " + (changed == p) + " " + (p with { } == p));
        var (name, on, big, count) = p;
        Console.WriteLine($"{name} {on} {big} {count}");
        Console.WriteLine(new Speaker("hi"));
        object o = p;
        Console.WriteLine(o is IEquatable<Plain>);
        Console.WriteLine(p.GetHashCode() == new Plain("p", true, 1L << 40, -3).GetHashCode());
    }
}
