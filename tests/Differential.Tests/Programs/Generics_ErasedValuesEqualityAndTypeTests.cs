using System;
using System.Collections.Generic;
using System.Linq;

enum Suit { Hearts, Spades }

class Bag<T>
{
    private readonly List<T> items = new();
    public void Add(T item) => items.Add(item);
    public bool Has(T item) => items.Contains(item);
    public int CountEqual(T item) => items.Count(x => EqualityComparer<T>.Default.Equals(x, item));
    public bool SameAsFirst(T item) => items.Count > 0 && object.Equals(items[0], item);
    public bool FirstEquals(T item) => items[0]!.Equals(item);
    public string Describe() => string.Join("|", items.Select(x => $"{x}:{(x is int ? "int" : x is double ? "double" : x is char ? "char" : x is Suit ? "suit" : "other")}"));
    public object First() => items[0]!;
}

class Program
{
    static string Kind<T>(T x) => x is int ? "int" : x is double ? "double" : x is char ? "char" : x is Suit ? "suit" : "other";
    static bool Eq<T>(T a, T b) => a!.Equals(b);
    static bool ObjEq<T>(T a, T b) => object.Equals(a, b);
    static int Hash<T>(T a) => a!.GetHashCode() == a.GetHashCode() ? 1 : 0;

    static void Main()
    {
        var bc = new Bag<char>(); bc.Add('a'); bc.Add('b');
        var bd = new Bag<double>(); bd.Add(2.0); bd.Add(2.5);
        var be = new Bag<Suit>(); be.Add(Suit.Spades);
        var bi = new Bag<int>(); bi.Add(2);
        Console.WriteLine(bc.Has('a') + " " + bc.CountEqual('b') + " " + bc.SameAsFirst('a') + " " + bc.FirstEquals('a') + " " + bc.Describe() + " " + bc.First());
        Console.WriteLine(bd.Has(2.0) + " " + bd.CountEqual(2.0) + " " + bd.SameAsFirst(2.0) + " " + bd.FirstEquals(2.0) + " " + bd.Describe() + " " + bd.First());
        Console.WriteLine(be.Has(Suit.Spades) + " " + be.SameAsFirst(Suit.Spades) + " " + be.FirstEquals(Suit.Spades) + " " + be.Describe() + " " + be.First());
        Console.WriteLine(bi.Has(2) + " " + bi.SameAsFirst(2) + " " + bi.FirstEquals(2) + " " + bi.Describe() + " " + bi.First());
        Console.WriteLine(Kind(1) + Kind(1.0) + Kind('c') + Kind(Suit.Hearts) + Kind("s") + " " + Eq('a', 'a') + Eq(1.0, 1.0) + Eq(Suit.Hearts, Suit.Spades) + " " + ObjEq('x', 'x') + ObjEq(2.0, 2.0) + ObjEq(3, 3) + " " + Hash('q') + Hash(1.5));
        object o1 = 'x', o2 = 'x', d1 = 2.0, d2 = 2.0;
        Console.WriteLine(o1.Equals(o2) + " " + d1.Equals(d2) + " " + object.Equals(d1, d2) + " " + (o1 == o2 ? "same" : "diff-ref-ok"));
        var dict = new Dictionary<object, string> { [1] = "int", [1.0] = "double", ['1'] = "char", ["1"] = "string" };
        Console.WriteLine(dict.Count + " " + dict[1] + dict[1.0] + dict['1'] + dict["1"]);
    }
}
