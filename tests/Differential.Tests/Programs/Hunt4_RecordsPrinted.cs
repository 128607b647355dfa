using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    enum Color { Red, Green }
    record Animal(string Name, int Legs);
    record Dog(string Name, string Breed) : Animal(Name, 4);
    sealed record Cat(string Name) : Animal(Name, 4)
    {
        public int Lives { get; init; } = 9;
        protected override bool PrintMembers(StringBuilder sb) { sb.Append("Name = ").Append(Name).Append(", Lives = ").Append(Lives); return true; }
    }
    record struct Point(int X, int Y)
    {
        public double Length => Math.Sqrt(X * X + Y * Y);
    }
    readonly record struct Span2(Point From, Point To);
    sealed record Bag(string Label, int[] Items, Point? Where, Color Color, double? Weight, char Initial);
    sealed record Empty;
    sealed class Temp : IFormattable
    {
        private readonly double _c;
        public Temp(double c) { _c = c; }
        public string ToString(string? format, IFormatProvider? provider) => format switch
        {
            "F" => (_c * 9 / 5 + 32).ToString("0.0") + "°F",
            null or "" or "C" => _c.ToString("0.0") + "°C",
            _ => throw new FormatException("unknown " + format),
        };
        public override string ToString() => ToString(null, null);
    }

    public static void Main()
    {
        Animal a = new Dog("Rex", "Lab");
        Console.WriteLine(a);
        Console.WriteLine(new Cat("Tom") { Lives = 3 });
        Console.WriteLine(new Animal("Generic", 2));
        Console.WriteLine(a == new Dog("Rex", "Lab") ? "equal" : "different");
        Console.WriteLine(a.Equals(new Animal("Rex", 4)) + " " + new Animal("Rex", 4).Equals(a));
        var p = new Point(3, 4);
        var p2 = p with { Y = 0 };
        p.X = 6;
        Console.WriteLine(p + " " + p2 + " " + p.Length + " " + (p == new Point(6, 4)));
        Console.WriteLine(new Span2(new Point(1, 2), new Point(3, 4)));
        var bag = new Bag("b", new[] { 1, 2 }, null, Color.Green, 1.5, 'q');
        Console.WriteLine(bag);
        Console.WriteLine(bag with { Where = new Point(1, 1), Weight = null });
        Console.WriteLine(bag == bag with { } ? "same" : "not");
        Console.WriteLine(bag == (bag with { Items = new[] { 1, 2 } }) ? "same" : "not");
        Console.WriteLine(new Empty() + " " + (new Empty() == new Empty()));
        var (name, legs) = new Animal("Spider", 8);
        Console.WriteLine(name + legs);
        var t = new Temp(21.5);
        Console.WriteLine($"{t} {t:F} {t:C}");
        Console.WriteLine(string.Format("{0,10:F}|{0,-10}|", t));
        try { Console.WriteLine($"{t:K}"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        var dict = new Dictionary<Animal, int> { [new Dog("A", "x")] = 1, [new Animal("A", 4)] = 2 };
        Console.WriteLine(dict.Count + " " + dict[new Dog("A", "x")]);
        Console.WriteLine(new List<Point> { new(1, 1) }.Contains(new Point(1, 1)) + " " + new HashSet<Animal> { new Cat("Z"), new Cat("Z") { Lives = 1 } }.Count);
    }
}
