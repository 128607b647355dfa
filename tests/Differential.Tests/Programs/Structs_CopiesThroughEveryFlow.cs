using System;
using System.Collections.Generic;
using System.Linq;

// A struct value is copied wherever it flows: parameters, returns, array elements, fields, `with`,
// foreach variables, boxing, library results, `this`. Copies the compiler elides must stay invisible.
struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Bump() { X++; Y++; }
    public Point Self() => this;
    public Point Moved(int dx) { var copy = this; copy.X += dx; return copy; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

readonly struct Frozen
{
    public readonly int V;
    public Frozen(int v) { V = v; }
    public Frozen Plus(int d) => new Frozen(V + d);
    public override string ToString() => "F" + V;
}

record struct Tag(string Name, int Rank);

struct Pair
{
    public Point A;
    public Point B;
}

class Holder
{
    public Point Field;
    public Point Prop { get; set; }
    public readonly Point ReadOnlyField = new Point(7, 7);
}

class Program
{
    static Point Make(int x) { var p = new Point(); p.X = x; p.Y = -x; return p; }
    static Point MakeInTry()
    {
        var p = new Point(1, 1);
        try { return p; }
        finally { p.X = 99; }
    }
    static Point MakeThenClosure()
    {
        var p = new Point(2, 2);
        Action bump = () => p.X += 10;
        var result = p;
        bump();
        return result;
    }
    static Point Echo(Point p) => p;
    static void Mutate(Point p) { p.X = 1000; }
    static void MutateRef(ref Point p) { p.X = 2000; }
    static void MakeOut(out Point p) { p = new Point(3, 4); }
    static Point FromLoop(Point[] items)
    {
        foreach (var item in items) if (item.X > 1) return item;
        return default;
    }
    static object Box(Point p) => p;

    static void Main()
    {
        var a = new Point(1, 2);
        var b = a;
        b.X = 50;
        Console.WriteLine("assign " + a + " " + b);

        Mutate(a);
        Console.WriteLine("by value " + a);
        MutateRef(ref a);
        Console.WriteLine("by ref " + a);
        MakeOut(out var o);
        Console.WriteLine("out " + o);

        var m = Make(5);
        var m2 = m;
        m2.Bump();
        Console.WriteLine("returned " + m + " " + m2);
        Console.WriteLine("try/finally " + MakeInTry());
        Console.WriteLine("closure " + MakeThenClosure());
        var e = Echo(a);
        e.X = -1;
        Console.WriteLine("echo " + a + " " + e);

        var self = a.Self();
        self.Y = 77;
        var moved = a.Moved(3);
        Console.WriteLine("this " + a + " " + self + " " + moved);

        var arr = new[] { new Point(1, 1), new Point(2, 2), new Point(3, 3) };
        var el = arr[1];
        el.X = 20;
        arr[2].X = 30;
        arr[0] = el;
        el.Y = 21;
        Console.WriteLine("array " + string.Join(" ", arr) + " " + el);
        var found = FromLoop(arr);
        found.X = -5;
        Console.WriteLine("from loop " + found + " " + arr[0]);

        foreach (var p in arr)
        {
            p.Bump(); // a foreach variable is readonly: the call works on a copy
            Console.Write(p + " ");
        }
        Console.WriteLine();

        var h = new Holder();
        h.Field = a;
        h.Prop = a;
        var f = h.Field;
        f.X = 9;
        var pr = h.Prop;
        pr.X = 8;
        h.Field.Bump();
        h.Prop.Bump(); // works on the copy the getter returned
        h.ReadOnlyField.Bump(); // works on a defensive copy
        Console.WriteLine("fields " + h.Field + " " + h.Prop + " " + h.ReadOnlyField + " " + f + " " + pr);

        var pair = new Pair { A = a, B = new Point(4, 4) };
        var pair2 = pair;
        pair2.A.X = 123;
        pair.B.Bump();
        Console.WriteLine("nested " + pair.A + pair.B + " " + pair2.A + pair2.B);

        var t1 = new Tag("x", 1);
        var t2 = t1 with { Rank = 2 };
        var t3 = t2;
        t3.Name = "z";
        Console.WriteLine("with " + t1 + " " + t2 + " " + t3 + " " + (t1 == new Tag("x", 1)));

        var fr = new Frozen(1);
        var fr2 = fr.Plus(2);
        var frs = new[] { fr, fr2 };
        Console.WriteLine("readonly " + fr + " " + fr2 + " " + frs[1].Plus(10) + " " + frs[0].Equals(new Frozen(1)));

        object boxed = a;
        a.X = 555;
        var unboxed = (Point)boxed;
        unboxed.Y = 666;
        Console.WriteLine("box " + boxed + " " + a + " " + unboxed + " " + Box(a));
        Point? maybe = a;
        object boxedMaybe = maybe;
        a.Y = 0;
        Console.WriteLine("nullable box " + boxedMaybe + " " + maybe);

        var list = new List<Point> { new Point(1, 0), new Point(2, 0) };
        var first = list.First();
        first.X = 100;
        var last = list[list.Count - 1];
        last.X = 200;
        var dict = new Dictionary<string, Point> { ["k"] = new Point(5, 5) };
        var fromDict = dict["k"];
        fromDict.X = 300;
        dict.TryGetValue("k", out var tried);
        tried.Y = 400;
        Console.WriteLine("library " + string.Join(" ", list) + " " + first + " " + last + " " + dict["k"] + " " + fromDict + " " + tried);

        var none = new List<Point>().FirstOrDefault();
        none.X = 1;
        var missing = dict.GetValueOrDefault("none");
        missing.Y = 2;
        var notFound = Array.Find(arr, p => p.X > 1000);
        notFound.X = 3;
        var hit = Array.Find(arr, p => p.X == 20);
        hit.Y = -20;
        Console.WriteLine("defaults " + none + " " + missing + " " + notFound + " " + hit + " " + arr[0]);

        var ordered = list.OrderByDescending(p => p.X).ToArray();
        ordered[0].X = -1;
        Console.WriteLine("linq " + string.Join(" ", list) + " " + string.Join(" ", ordered));

        Func<Point> getter = () => h.Field;
        var viaDelegate = getter();
        viaDelegate.X = 4242;
        Console.WriteLine("delegate " + h.Field + " " + viaDelegate);

        var tuple = (a, 1);
        var fromTuple = tuple.a;
        fromTuple.X = 31337;
        Console.WriteLine("tuple " + tuple.a + " " + fromTuple);
    }
}
