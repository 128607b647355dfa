using System;
using System.Collections.Generic;
using System.Linq;

interface IShape { double Area(); string Describe() => $"{GetType().Name} area {Area():F2}"; }
class Square : IShape { public double S; public Square(double s) { S = s; } public double Area() => S * S; }
class Circle : IShape { public double R; public Circle(double r) { R = r; } public double Area() => Math.PI * R * R; public string Describe() => "circle!"; }

interface INamed { string Name { get; } }
class Both : INamed, IComparable<Both>
{
    string INamed.Name => "explicit";
    public int V;
    public int CompareTo(Both o) => V.CompareTo(o.V);
    public override string ToString() => "B" + V;
}

static class Counters { public static int Count; }

struct Money
{
    public double Amount;
    public Money(double a) { Amount = a; }
    public static Money operator +(Money a, Money b) => new Money(a.Amount + b.Amount);
    public static bool operator true(Money m) => m.Amount != 0;
    public static bool operator false(Money m) => m.Amount == 0;
    public static Money operator &(Money a, Money b) => new Money(Math.Min(a.Amount, b.Amount));
    public static Money operator |(Money a, Money b) => new Money(Math.Max(a.Amount, b.Amount));
    public static implicit operator Money(int v) => new Money(v);
    public override string ToString() => "$" + Amount;
}

class Node
{
    public int V;
    public static bool operator ==(Node a, Node b) => ReferenceEquals(a, b) || (a is not null && b is not null && a.V == b.V);
    public static bool operator !=(Node a, Node b) => !(a == b);
    public override bool Equals(object o) => o is Node n && n.V == V;
    public override int GetHashCode() => V;
}

class Animal { public virtual string Speak() => "..."; }
class Dog : Animal { public override string Speak() => "woof"; }

static class Program
{
    static T Make<T>() where T : new() => new T();
    static T MaxOf<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        T best = default; bool first = true;
        foreach (var x in xs) { if (first || x.CompareTo(best) > 0) best = x; first = false; }
        return best;
    }
    static string OrNull<T>(T? v) where T : struct => v.HasValue ? v.Value.ToString() : "null";
    static string ClassOr<T>(T v) where T : class => v?.ToString() ?? "(null)";
    static string Kind<T>(object o) => o is T t ? "is " + typeof(T).Name + ":" + t : "not " + typeof(T).Name;

    static void Main()
    {
        IShape[] shapes = { new Square(2), new Circle(1) };
        foreach (var s in shapes) Console.WriteLine(s.Describe());
        var b = new Both { V = 3 };
        Console.WriteLine(((INamed)b).Name);
        Console.WriteLine(MaxOf(new[] { new Both { V = 1 }, new Both { V = 7 }, new Both { V = 4 } }));
        Console.WriteLine(MaxOf(new[] { "pear", "Apple", "zoo", "Zulu" }));
        Console.WriteLine(Make<List<int>>().Count);
        Console.WriteLine(OrNull<int>(null) + " " + OrNull<double>(2.5));
        Console.WriteLine(ClassOr<string>(null) + " " + ClassOr("x"));
        Counters.Count += 2; Counters.Count++;
        Console.WriteLine(Counters.Count);
        Console.WriteLine(Kind<string>("hi") + "|" + Kind<int>(5) + "|" + Kind<int>("5") + "|" + Kind<int?>(7));
        int? ni = 5; object boxed = ni;
        Console.WriteLine(boxed is int);
        Console.WriteLine((boxed as int?) + 1);
        object nothing = (int?)null;
        Console.WriteLine(nothing == null);
        Console.WriteLine((nothing as int?)?.ToString() ?? "none");

        IEnumerable<Animal> animals = new List<Dog> { new Dog(), new Dog() };
        Console.WriteLine(string.Join(",", animals.Select(a => a.Speak())));
        IEnumerable<object> objs = new[] { "a", "b" };
        Console.WriteLine(objs.Count());

        Money m1 = 5, m2 = 0;
        Console.WriteLine(m1 && m2);
        Console.WriteLine(m1 || m2);
        Console.WriteLine(m2 || m1);
        if (m1) Console.WriteLine("m1 true");
        if (m2) Console.WriteLine("m2 true"); else Console.WriteLine("m2 false");
        Money? nm = null; Money? nm2 = 3;
        Console.WriteLine((nm + nm2) == null);
        Console.WriteLine(nm2 + (Money)4);

        Node n1 = new Node { V = 1 }, n2 = new Node { V = 1 }, nn = null;
        Console.WriteLine($"{n1 == n2} {n1 != n2} {nn == null} {n1 == null} {null == nn} {ReferenceEquals(n1, n2)}");

        object o1 = 42, o2 = 42;
        Console.WriteLine($"{o1.Equals(o2)} {Equals(o1, o2)}");
        object d1 = 1.0, i1 = 1;
        Console.WriteLine($"{d1.Equals(i1)} {i1.Equals(1)} {i1.Equals(1L)}");
        string s1 = "ab", s2 = new string(new[] { 'a', 'b' });
        object os1 = s1, os2 = s2;
        Console.WriteLine($"{s1 == s2} {os1.Equals(os2)} {string.Equals(s1, s2)}");
        object p1 = (1, "x"), p2 = (1, "x");
        Console.WriteLine(p1.Equals(p2));
    }
}
