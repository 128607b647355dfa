using System;
using System.Collections.Generic;

// Which name a record's synthesized ToString prints: the record that synthesized it (as written in source, no `arity),
// with the members of the runtime type (PrintMembers is virtual).
public record Box<T>(T Value);
public record Pair<A, B>(A First, B Second) : Box<A>(First)
{
    public override string ToString() => "Pair:" + base.ToString();
}
public record Shape(string Name);
public record Circle(string Name, double R) : Shape(Name);
public record Ring(string Name, double R, double Inner) : Circle(Name, R)
{
    public override string ToString() => base.ToString() + " (ring)";
}
public record Square(string Name, int Side) : Shape(Name);
public record Node<T>(T Item, Node<T> Next);
// a base's sealed ToString: the derived records synthesize none of their own
public record Animal(string Name) { public sealed override string ToString() => "Animal:" + Name; }
public record Dog(string Name, int Age) : Animal(Name);
public record Puppy(string Name, int Age, string Toy) : Dog(Name, Age);
public static class Outer<K>
{
    public record Entry(K Key, int Count);
}

public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Box<int>(3));
        Console.WriteLine(new Box<string>("s"));
        Console.WriteLine(new Pair<int, string>(1, "a"));
        Console.WriteLine(new Ring("r", 2.5, 1));
        Shape s = new Circle("c", 1.5);
        Console.WriteLine(s);
        var shapes = new List<Shape> { new Square("sq", 4), new Ring("r2", 3, 2), new Shape("plain") };
        foreach (var sh in shapes) Console.WriteLine($"{sh.GetType().Name}: {sh}");
        Console.WriteLine(new Node<int>(1, new Node<int>(2, null)));
        Console.WriteLine(new Outer<string>.Entry("k", 2));
        Console.WriteLine(new Box<Box<int>>(new Box<int>(7)) with { });
        Animal pet = new Puppy("rex", 1, "ball");
        Console.WriteLine($"{new Dog("fido", 3)} {pet} {pet with { Name = "max" }} {pet == new Puppy("rex", 1, "ball")}");
    }
}
