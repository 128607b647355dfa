using System;
using System.Collections.Generic;
using System.Linq;

[Flags]
enum Access : byte { None = 0, Read = 1, Write = 2, Admin = 4, ReadWrite = Read | Write }

enum Color { Red = 1, Green = 2, Blue = 4 }

enum Signed : long { Low = -5, Zero = 0, High = 5000000000 }

abstract record Shape(string Name)
{
    public abstract double Area { get; }
    public virtual string Describe() => $"{Name} with area {Area:F2}";
}

record Circle(double Radius) : Shape("circle")
{
    public override double Area => Math.PI * Radius * Radius;
}

sealed record Square(double Side) : Shape("square")
{
    public override double Area => Side * Side;
    public override string Describe() => "[" + base.Describe() + "]";
}

record Person(string First, string Last)
{
    public int Age { get; init; }
    public List<string> Tags { get; init; } = new();
    protected virtual bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Name = ").Append(First).Append(' ').Append(Last);
        return true;
    }
}

record Employee(string First, string Last, string Company) : Person(First, Last);

record struct Point(int X, int Y)
{
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
    public readonly double Length => Math.Sqrt(X * X + Y * Y);
}

readonly record struct Money(long Cents, string Currency)
{
    public override string ToString() => $"{Cents / 100}.{Math.Abs(Cents % 100):D2} {Currency}";
}

record Empty;

record Animal(string Kind);
record Dog(string Kind, string Name) : Animal(Kind)
{
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        if (base.PrintMembers(builder)) builder.Append(", ");
        builder.Append("Name = ").Append(Name.ToUpper());
        return true;
    }
}
record Puppy(string Name, int Weeks) : Dog("dog", Name);

record WithNullable(int? Value, string? Text, int[] Items);

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Circle(1.5), new Square(2), new Circle(0) };
        foreach (var s in shapes) Console.WriteLine(s + " | " + s.Describe() + " | " + s.GetType().Name);
        Console.WriteLine(new Circle(1) == new Circle(1.0));
        Console.WriteLine(new Circle(1).Equals((Shape)new Circle(1)));
        Console.WriteLine(new Circle(2) with { Radius = 3 });
        Shape sh = new Square(4);
        var sh2 = sh with { Name = "renamed" };
        Console.WriteLine(sh2 + " " + sh2.GetType().Name + " " + (sh2 is Square sq ? sq.Side : -1));

        var p1 = new Person("Ada", "Lovelace") { Age = 36 };
        var e1 = new Employee("Ada", "Lovelace", "Analytical");
        Console.WriteLine(p1);
        Console.WriteLine(e1);
        Console.WriteLine(p1 == (Person)e1);
        Console.WriteLine(p1.Equals(e1) + " " + e1.Equals(p1));
        var p2 = p1 with { };
        Console.WriteLine(ReferenceEquals(p1.Tags, p2.Tags) + " " + (p1 == p2) + " " + ReferenceEquals(p1, p2));
        p2.Tags.Add("x");
        Console.WriteLine(p1.Tags.Count);
        var (first, last) = e1;
        Console.WriteLine(first + "/" + last);

        var pt = new Point(3, 4);
        var pt2 = pt;
        pt2.X = 10;
        Console.WriteLine(pt + " " + pt2 + " " + (pt + pt2) + " " + pt.Length + " " + (pt == new Point(3, 4)));
        var dict = new Dictionary<Point, string> { [new Point(1, 2)] = "a", [new Point(2, 1)] = "b" };
        Console.WriteLine(dict[new Point(1, 2)] + dict[new Point(2, 1)] + dict.ContainsKey(new Point(1, 1)));
        var set = new HashSet<Point> { new(1, 1), new(1, 1), new(2, 2) };
        Console.WriteLine(set.Count);
        Console.WriteLine(new Money(12345, "EUR") + " " + new Money(-5, "USD") + " " + (new Money(1, "X") == new Money(1, "X")));
        Console.WriteLine(new Empty() + " " + (new Empty() == new Empty()));
        Console.WriteLine(new Animal("cat") + " " + new Dog("dog", "rex") + " " + new Puppy("bo", 9));
        Console.WriteLine(new WithNullable(null, null, new[] { 1 }));
        Console.WriteLine(new WithNullable(5, "t", new int[0]) == new WithNullable(5, "t", new int[0]));

        Access a = Access.Read | Access.Admin;
        Console.WriteLine(a + " | " + (Access)3 + " | " + (Access)8 + " | " + (Access)9 + " | " + (Access)0 + " | " + Access.ReadWrite);
        Console.WriteLine((Color)3 + " | " + (Color)4 + " | " + (Color)0 + " | " + (Color)(-1));
        Console.WriteLine(a.HasFlag(Access.Read) + " " + a.HasFlag(Access.ReadWrite) + " " + (a & Access.Write));
        Console.WriteLine(Enum.Parse<Access>("Write, Admin") + " " + Enum.Parse<Color>("blue", true) + " " + Enum.Parse<Color>("2") + " " + Enum.TryParse<Color>("Purple", out var c) + " " + c);
        Console.WriteLine(Enum.TryParse<Color>("7", out var c7) + " " + c7 + " " + Enum.IsDefined(typeof(Color), 3) + " " + Enum.IsDefined(Color.Green));
        Console.WriteLine(string.Join(",", Enum.GetValues<Color>()) + " " + string.Join(",", Enum.GetNames<Access>()));
        Console.WriteLine(Signed.Low + " " + Signed.High + " " + (long)Signed.High + " " + (Signed)5000000000 + " " + (Signed)1);
        Console.WriteLine($"{Color.Blue:D} {Color.Blue:G} {Color.Blue:X} {Access.ReadWrite:F} {a:G} {(Color)3:F}");
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) + " " + Color.Green.ToString("D") + " " + Enum.GetName(typeof(Color), 4) + " " + Enum.GetName((Color)5));
        Color cc = Color.Red; cc++; Console.WriteLine(cc + " " + (cc + 2) + " " + (Color.Blue - Color.Red));
        var byColor = new[] { Color.Blue, Color.Red, Color.Green, Color.Red }.OrderBy(x => x).Select(x => x.ToString());
        Console.WriteLine(string.Join(" ", byColor));
    }
}
