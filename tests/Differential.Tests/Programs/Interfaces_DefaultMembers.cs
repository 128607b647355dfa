using System;
using System.Collections.Generic;

interface IGreeter
{
    string Name { get; }
    string Greet() => $"Hello from {Name}";
    string Shout() => Greet().ToUpper() + "!";
}

interface ICounter
{
    int Count { get; set; }
    void Increment() => Count++;
}

interface IHasId { int Id { get; } }

class Plain : IGreeter
{
    public string Name => "plain";
}

class Custom : IGreeter, ICounter, IHasId
{
    public string Name => "custom";
    public int Count { get; set; }
    public int Id => 7;
    public string Greet() => "Custom hi (" + Count + ")";
}

interface IShape
{
    double Area();
    string Describe() => $"{GetType().Name} with area {Area():F1}";
    static IShape Unit() => new Sq(1);
    static int Created;
}

record Sq(double Side) : IShape
{
    public double Area() => Side * Side;
}

interface IVisitor<T>
{
    T Visit(int value);
}

class Doubler : IVisitor<string>
{
    public string Visit(int value) => (value * 2).ToString();
}

class Program
{
    static void Main()
    {
        IGreeter a = new Plain();
        IGreeter b = new Custom();
        Console.WriteLine(a.Greet());
        Console.WriteLine(a.Shout());
        Console.WriteLine(b.Greet());
        Console.WriteLine(b.Shout());
        ICounter counter = new Custom();
        counter.Increment();
        counter.Increment();
        Console.WriteLine(counter.Count);
        Console.WriteLine(((IGreeter)counter).Greet());
        object o = counter;
        Console.WriteLine(o is IHasId id ? "id " + id.Id : "no id");
        Console.WriteLine(o is IGreeter);
        Console.WriteLine(new Plain() is ICounter);
        Console.WriteLine((o as ICounter)?.Count);
        Console.WriteLine((new Plain() as ICounter)?.Count ?? -1);
        IShape s = new Sq(3);
        Console.WriteLine(s.Describe());
        Console.WriteLine(IShape.Unit().Describe());
        IShape.Created = 5;
        Console.WriteLine(IShape.Created);
        var visitors = new List<IVisitor<string>> { new Doubler() };
        foreach (var v in visitors) Console.WriteLine(v.Visit(21));
        var greeters = new IGreeter[] { new Plain(), new Custom() };
        foreach (var g in greeters) Console.WriteLine(g.Name + ":" + g.Greet());
    }
}
