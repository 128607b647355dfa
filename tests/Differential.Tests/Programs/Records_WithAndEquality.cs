using System;
using System.Collections.Generic;

record Point(int X, int Y);

record Person(string First, string Last)
{
    public int Age { get; init; }
    public string Full => First + " " + Last;
}

record Tagged(string Name, string[] Tags);

class Program
{
    static void Main()
    {
        var p1 = new Point(1, 2);
        var p2 = new Point(1, 2);
        var p3 = p1 with { Y = 5 };
        Console.WriteLine(p1 == p2);
        Console.WriteLine(p1.Equals(p2));
        Console.WriteLine(ReferenceEquals(p1, p2));
        Console.WriteLine(p1 != p3);
        Console.WriteLine(p3);
        Console.WriteLine(p1.GetHashCode() == p2.GetHashCode());
        var (x, y) = p3;
        Console.WriteLine(x + y);

        var ada = new Person("Ada", "Lovelace") { Age = 36 };
        var older = ada with { Age = 37 };
        var renamed = ada with { First = "Augusta", Age = 36 };
        Console.WriteLine(ada);
        Console.WriteLine(older);
        Console.WriteLine(renamed.Full);
        Console.WriteLine(ada == older);
        Console.WriteLine(ada == (older with { Age = 36 }));
        Console.WriteLine(ada.Equals((object)"Ada"));
        Console.WriteLine(ada.Equals(null));

        var set = new HashSet<Point> { p1, p2, p3, new Point(1, 5) };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<Point, string> { [p1] = "one-two" };
        Console.WriteLine(dict[new Point(1, 2)]);
        Console.WriteLine(dict.ContainsKey(p3));

        var tags = new[] { "a" };
        var t1 = new Tagged("n", tags);
        var t2 = new Tagged("n", tags);
        var t3 = new Tagged("n", new[] { "a" });
        Console.WriteLine(t1 == t2);
        Console.WriteLine(t1 == t3);
        var copy = t1 with { };
        Console.WriteLine(copy == t1 && !ReferenceEquals(copy, t1));
        Point? nothing = null;
        Console.WriteLine(nothing == null);
        Console.WriteLine(p1 == nothing);
        var list = new List<Point> { new(3, 1), new(1, 1), new(2, 9) };
        Console.WriteLine(list.Contains(new Point(1, 1)));
        Console.WriteLine(list.IndexOf(new Point(2, 9)));
    }
}
