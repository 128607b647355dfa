using System;
using System.Collections.Generic;

// Members reached only through virtual dispatch, interfaces, default interface members and base calls
// must survive the tree shaker; unused ones may go without changing the output.
interface IShape
{
    double Area();
    string Describe() => $"shape with area {Area():F1}";
}

interface INamed { string Name { get; } }
interface ILabelled : INamed { string Label => "[" + Name + "]"; }

abstract class Shape : IShape
{
    public abstract double Area();
    public virtual string Kind() => "shape";
    public string UnusedHelper() => "never called";
}

class Square : Shape, ILabelled
{
    private readonly double side;
    public Square(double side) => this.side = side;
    public override double Area() => side * side;
    public override string Kind() => "square, a " + base.Kind();
    public string Name => "sq" + side;
}

class Circle : IShape
{
    private readonly double r;
    public Circle(double r) => this.r = r;
    public double Area() => Math.Round(Math.PI * r * r, 2);
    public string Describe() => "circle r=" + r;
}

class NeverUsed
{
    public static int Counter;
    public void Touch() => Counter++;
}

sealed class ByLength : IComparer<string>
{
    public int Compare(string? a, string? b) => (a?.Length ?? 0).CompareTo(b?.Length ?? 0);
}

sealed class Resource : IDisposable
{
    private readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Dispose() => Console.WriteLine("close " + name);
}

sealed class Key : IEquatable<Key>
{
    public readonly int Id;
    public Key(int id) => Id = id;
    public bool Equals(Key? other) => other is not null && other.Id % 10 == Id % 10;
    public override bool Equals(object? obj) => Equals(obj as Key);
    public override int GetHashCode() => Id % 10;
}

class Program
{
    static void Main()
    {
        var shapes = new List<IShape> { new Square(2), new Circle(1) };
        foreach (var s in shapes) Console.WriteLine(s.Describe() + " / " + s.Area());
        Shape sq = new Square(3);
        Console.WriteLine(sq.Kind());
        object o = sq;
        Console.WriteLine(o is INamed n ? n.Name : "unnamed");
        Console.WriteLine(o is ILabelled l ? l.Label : "unlabelled");
        Console.WriteLine(o is IShape);
        Console.WriteLine(o is IComparable<string>);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(new ByLength());
        Console.WriteLine(string.Join(",", words));
        using (new Resource("r1")) Console.WriteLine("inside");
        var set = new HashSet<Key> { new Key(1), new Key(11), new Key(2) };
        Console.WriteLine(set.Count);
        var map = new Dictionary<Key, string> { [new Key(3)] = "three" };
        Console.WriteLine(map[new Key(13)]);
        Console.WriteLine(new Key(4) is IEquatable<Key>);
    }
}
