using System;
using System.Collections.Generic;

public static class Program
{
    static readonly List<string> Log = new();

    abstract class Shape
    {
        protected readonly string Label;
        protected Shape(string label)
        {
            Label = label;
            Log.Add("Shape ctor sees " + Describe() + " area=" + Area());
        }
        public abstract double Area();
        public virtual string Describe() => "shape " + Label;
    }

    abstract class Polygon : Shape
    {
        protected int Sides = 3;
        protected Polygon(string label) : base(label) { Log.Add("Polygon ctor sides=" + Sides + " " + Describe()); Sides = SidesOf(); }
        protected virtual int SidesOf() => 0;
        public override string Describe() => "polygon " + Label + "/" + Sides;
    }

    sealed class Square : Polygon
    {
        private readonly double _side = 2;
        private string _name;
        public Square(double side) : base("sq")
        {
            Log.Add("Square ctor before assign side=" + _side + " name=" + (_name ?? "null"));
            _side = side;
            _name = "square";
        }
        public override double Area() => _side * _side;
        protected override int SidesOf() => 4;
        public override string Describe() => base.Describe() + " " + (_name ?? "unnamed") + " side=" + _side;
    }

    interface IGreeter
    {
        string Name { get; }
        string Greet() => Prefix() + ", " + Name + Suffix;
        string Prefix() => "Hello";
        string Suffix => "!";
        static int Created;
        static string Make(string who) { Created++; return "made " + who + " #" + Created; }
    }

    interface ILoud : IGreeter
    {
        string IGreeter.Prefix() => "HEY";
    }

    sealed class Plain : IGreeter { public string Name => "plain"; }
    sealed class Loud : ILoud { public string Name => "loud"; public string Suffix => "?"; }
    sealed class Custom : IGreeter { public string Name => "custom"; public string Greet() => "custom greet"; }

    public static void Main()
    {
        var sq = new Square(3);
        foreach (var l in Log) Console.WriteLine(l);
        Console.WriteLine(sq.Describe() + " " + sq.Area());
        IGreeter[] gs = { new Plain(), new Loud(), new Custom() };
        foreach (var g in gs) Console.WriteLine(g.Greet() + " | " + g.Prefix() + " | " + g.Suffix);
        Console.WriteLine(IGreeter.Make("a") + " " + IGreeter.Make("b") + " " + IGreeter.Created);

        static long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));
        static string Hanoi(int n, char f, char t, char v) => n == 0 ? "" : Hanoi(n - 1, f, v, t) + f + t + " " + Hanoi(n - 1, v, t, f);
        Console.WriteLine(Fib(20) + " " + Ack(2, 3) + " " + Hanoi(3, 'A', 'C', 'B').Trim());
        int counter = 0;
        void Bump(int times) { if (times == 0) return; counter += times; Bump(times - 1); }
        Bump(4);
        Console.WriteLine(counter);
    }
}
