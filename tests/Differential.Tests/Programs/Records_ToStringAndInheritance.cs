using System;
using System.Collections.Generic;

record Shape(string Name)
{
    public virtual double Area => 0;
}

record Circle(double Radius) : Shape("circle")
{
    public override double Area => Math.Round(Math.PI * Radius * Radius, 2);
}

record Rect(double W, double H) : Shape("rect")
{
    public override double Area => W * H;
    public override string ToString() => $"Rect {W}x{H}";
}

record Empty;

record WithFields(int A)
{
    public int B = 7;
    public string? C { get; set; }
    public List<int>? Items { get; init; }
}

record Nested(Circle Inner, int? Maybe, bool Flag, char Letter, double D);

class Program
{
    static void Main()
    {
        Console.WriteLine(new Shape("blob"));
        Console.WriteLine(new Circle(2));
        Console.WriteLine(new Rect(2, 3));
        Console.WriteLine(new Empty());
        Console.WriteLine(new WithFields(1));
        Console.WriteLine(new WithFields(1) { C = "see" });
        Console.WriteLine(new WithFields(1) { Items = new List<int>() }.ToString().Contains("System.Collections.Generic.List"));
        Console.WriteLine(new Nested(new Circle(1), null, true, 'z', 0.5));
        Console.WriteLine(new Nested(new Circle(1), 4, false, 'q', 1e21));
        Shape s1 = new Circle(1);
        Shape s2 = new Circle(1);
        Shape s3 = new Shape("circle");
        Console.WriteLine(s1 == s2);
        Console.WriteLine(s1 == s3);
        Console.WriteLine(s3 == s1);
        Console.WriteLine(s1.Equals(s3));
        Console.WriteLine(s1.Area + " " + s3.Area);
        Shape moved = s1 with { Name = "renamed" };
        Console.WriteLine(moved);
        Console.WriteLine(moved.GetType().Name);
        Console.WriteLine(new Empty() == new Empty());
        Console.WriteLine($"interp {new Circle(3)}");
        Console.WriteLine("concat " + new Rect(1, 1));
    }
}
