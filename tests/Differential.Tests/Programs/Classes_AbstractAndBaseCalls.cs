using System;
using System.Collections.Generic;

abstract class Shape
{
    protected Shape(string kind)
    {
        Kind = kind;
        Console.WriteLine("Shape(" + kind + ") sees Area=" + SafeArea());
    }

    public string Kind { get; }
    public abstract double Area();
    public virtual double Perimeter() => 0;
    protected virtual string SafeArea() => "?";
    public override string ToString() => $"{Kind}[area={Area():F2}, perimeter={Perimeter():F2}]";
}

sealed class Circle : Shape
{
    private readonly double radius;
    public Circle(double radius) : base("circle") { this.radius = radius; }
    public override double Area() => Math.PI * radius * radius;
    public override double Perimeter() => 2 * Math.PI * radius;
    protected override string SafeArea() => "radius not set yet: " + radius;
}

class Rect : Shape
{
    public double W { get; }
    public double H { get; }
    public Rect(double w, double h) : this("rect", w, h) { }
    protected Rect(string kind, double w, double h) : base(kind) { W = w; H = h; }
    public override double Area() => W * H;
    public override double Perimeter() => 2 * (W + H);
}

class Square : Rect
{
    public Square(double side) : base("square", side, side) { }
    public override string ToString() => "Square! " + base.ToString();
}

abstract class Template
{
    public string Run() => $"{Open()} {Body()} {Close()}";
    protected virtual string Open() => "<";
    protected abstract string Body();
    protected virtual string Close() => ">";
}

class Bold : Template
{
    protected override string Body() => "bold";
    protected override string Close() => "/" + base.Close();
}

class Program
{
    static void Main()
    {
        var shapes = new List<Shape> { new Circle(1.5), new Rect(2, 3.5), new Square(4) };
        double total = 0;
        foreach (var s in shapes)
        {
            Console.WriteLine(s);
            total += s.Area();
        }
        Console.WriteLine($"total {total:F3}");
        Console.WriteLine(new Bold().Run());
        Shape sq = new Square(2);
        Console.WriteLine(sq is Rect r ? $"rect {r.W}x{r.H}" : "not rect");
        Console.WriteLine(sq.Kind);
    }
}
