using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    struct Counter
    {
        public int Value;
        public void Increment() => Value++;
        public override string ToString() => "C" + Value;
    }

    sealed class Holder
    {
        public Counter Field;
        public Counter Prop { get; set; }
        public Counter[] Array = new Counter[2];
    }

    readonly struct Vec : IComparable<Vec>
    {
        public readonly int X, Y;
        public Vec(int x, int y) { X = x; Y = y; }
        public int LengthSquared => X * X + Y * Y;
        public int CompareTo(Vec other) => LengthSquared.CompareTo(other.LengthSquared);
        public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
        public override string ToString() => $"({X},{Y})";
    }

    public static void Main()
    {
        Console.WriteLine(char.ConvertToUtf32('\uD83D', '\uDE00') + " " + char.ConvertToUtf32('\uD800', '\uDC00') + " " + char.ConvertToUtf32('\uDBFF', '\uDFFF'));
        try { char.ConvertToUtf32('a', '\uDC00'); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + ": " + e.Message); }
        try { char.ConvertToUtf32('\uD800', 'b'); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + ": " + e.Message); }
        Console.WriteLine(char.IsBetween('m', 'a', 'z') + " " + char.IsBetween('A', 'a', 'z') + " " + char.IsBetween('z', 'z', 'a') + " " + char.IsBetween('q', 'z', 'a') + " " + char.IsBetween('a', 'a', 'a'));
        Console.WriteLine(string.Concat("hello world".Where(c => char.IsBetween(c, 'a', 'm'))));

        var h = new Holder();
        h.Field.Increment();
        h.Field.Increment();
        var copy = h.Prop;
        copy.Increment();
        h.Array[1].Increment();
        foreach (var c in h.Array) { var m = c; m.Increment(); }
        Console.WriteLine(h.Field + " " + h.Prop + " " + copy + " " + string.Join(",", h.Array));
        var list = new List<Counter> { new Counter(), new Counter() };
        var first = list[0];
        first.Increment();
        list[1] = first;
        Console.WriteLine(string.Join(",", list));
        Counter[] arr = { new Counter { Value = 5 } };
        ref Counter r = ref arr[0];
        r.Increment();
        Console.WriteLine(arr[0]);
        var dict = new Dictionary<string, Counter> { ["a"] = new Counter { Value = 1 } };
        var got = dict["a"];
        got.Increment();
        Console.WriteLine(dict["a"] + " " + got);

        var vs = new List<Vec> { new(3, 4), new(1, 1), new(0, 2), new(-5, 0) };
        vs.Sort();
        Console.WriteLine(string.Join(" ", vs) + " max " + vs.Max() + " min " + vs.Min());
        Console.WriteLine(vs.Aggregate(new Vec(0, 0), (a, b) => a + b) + " " + vs.OrderByDescending(v => v).First());
        Console.WriteLine(Comparer<Vec>.Default.Compare(new Vec(1, 0), new Vec(0, 1)) + " " + new Vec(2, 2).CompareTo(new Vec(1, 1)));
        (int a, int b) t = (1, 2);
        var t2 = t;
        t2.a = 10;
        Console.WriteLine(t + " " + t2 + " " + (t == (1, 2)) + " " + t.Equals(t2));
    }
}
