using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public interface IShape : IComparable<IShape>
{
    string Name { get; }
    double Area { get; }
    double Scale(double f) => Area * f * f;
    string Label => $"{Name}({Area:F2})";
    int IComparable<IShape>.CompareTo(IShape? other) => Area.CompareTo(other?.Area ?? double.MinValue);
}

public interface IHasId { int Id { get; } static int Created; static void Count() => Created++; }

public abstract class ShapeBase : IShape, IHasId
{
    private static int counter;
    public int Id { get; } = ++counter;
    public abstract string Name { get; }
    public abstract double Area { get; }
    public virtual string Label => "base:" + Name;
    public override string ToString() => $"#{Id} {Name}";
    protected ShapeBase() { IHasId.Count(); }
}

public sealed class Circle : ShapeBase { public double R { get; init; } public override string Name => "circle"; public override double Area => Math.PI * R * R; }
public sealed class Square : ShapeBase { public double Side { get; init; } public override string Name => "square"; public override double Area => Side * Side; public override string Label => "sq" + Side; }
public sealed class Tri : IShape { public string Name => "tri"; public double Area => 0.5; }

public sealed class SortedBag<T> : IEnumerable<T> where T : IComparable<T>
{
    private readonly List<T> items = new();
    public int Count => items.Count;
    public T this[int i] => items[i];
    public void Add(T item)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi) { int mid = (lo + hi) / 2; if (items[mid].CompareTo(item) <= 0) lo = mid + 1; else hi = mid; }
        items.Insert(lo, item);
    }
    public T? MaxOrDefault() => items.Count == 0 ? default : items[^1];
    public IEnumerator<T> GetEnumerator() { foreach (var x in items) yield return x; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public class Pair<TKey, TValue> where TKey : notnull
{
    public TKey Key { get; }
    public TValue Value { get; set; }
    public Pair(TKey key, TValue value) { Key = key; Value = value; }
    public Pair<TValue, TKey> Swap() => new(Value, Key);
    public override string ToString() => $"<{Key}, {Value}>";
}

public static class Ext
{
    public static TResult Pipe<T, TResult>(this T value, Func<T, TResult> f) => f(value);
    public static IEnumerable<(T Item, int Index)> Indexed<T>(this IEnumerable<T> xs) => xs.Select((x, i) => (x, i));
    public static T Largest<T>(this IEnumerable<T> xs) where T : IComparable<T> => xs.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
    public static string Kind<T>(T value) => value switch { null => "null", int => "int", string s => "string:" + s.Length, IEnumerable e => "seq", _ => typeof(T).Name };
    public static T Default<T>() => default!;
}

public class Node<T>
{
    public T Value;
    public Node<T>? Next;
    public Node(T value, Node<T>? next = null) { Value = value; Next = next; }
    public IEnumerable<T> Walk() { for (var n = this; n != null; n = n.Next) yield return n.Value; }
}

public static class Program
{
    public static void Main()
    {
        var shapes = new List<IShape> { new Circle { R = 1 }, new Square { Side = 2 }, new Tri(), new Circle { R = 0.5 }, new Square { Side = 1.5 } };
        foreach (var s in shapes) Console.WriteLine($"{s.Label,-16} {s.Scale(2),8:F3} {s}");
        var bag = new SortedBag<IShape>();
        foreach (var s in shapes) bag.Add(s);
        Console.WriteLine(string.Join(" < ", bag.Select(s => s.Name)) + " count=" + bag.Count + " max=" + bag.MaxOrDefault()?.Name + " [1]=" + bag[1].Name);
        Console.WriteLine(IHasId.Created + " " + shapes.OfType<IHasId>().Sum(h => h.Id) + " " + shapes.OfType<ShapeBase>().Count());
        var ints = new SortedBag<int>();
        foreach (var i in new[] { 5, 3, 9, 3, -1 }) ints.Add(i);
        Console.WriteLine(string.Join(",", ints) + " " + ints.MaxOrDefault() + " " + new SortedBag<string>().MaxOrDefault() + "|" + new SortedBag<int>().MaxOrDefault());
        var strs = new SortedBag<string>();
        foreach (var w in "delta Alpha charlie bravo alpha".Split(' ')) strs.Add(w);
        Console.WriteLine(string.Join(",", strs));
        var p = new Pair<string, int>("a", 1);
        p.Value += 41;
        Console.WriteLine(p + " " + p.Swap() + " " + p.Swap().Swap().Key);
        Console.WriteLine(5.Pipe(x => x * 2).Pipe(x => "v" + x) + " " + "abc".Pipe(s => s.Length));
        foreach (var (item, index) in new[] { "x", "y" }.Indexed()) Console.Write($"{index}:{item} ");
        Console.WriteLine();
        Console.WriteLine(new[] { 3, 8, 1 }.Largest() + " " + new[] { "pear", "apple" }.Largest() + " " + new List<double> { 1.5, -2 }.Largest());
        Console.WriteLine(Ext.Kind(5) + " " + Ext.Kind("hey") + " " + Ext.Kind<string?>(null) + " " + Ext.Kind(new List<int>()) + " " + Ext.Kind(2.5) + " " + Ext.Kind('c') + " " + Ext.Kind<object>(3));
        Console.WriteLine(Ext.Default<int>() + " " + (Ext.Default<string>() ?? "null") + " " + Ext.Default<double>() + " " + Ext.Default<bool>() + " " + (int)Ext.Default<char>() + " " + Ext.Default<long>() + " " + Ext.Default<DateTime>().Year + " " + Ext.Default<(int, string)>());
        var list = new Node<int>(1, new Node<int>(2, new Node<int>(3)));
        Console.WriteLine(string.Join("->", list.Walk()) + " sum=" + list.Walk().Sum());
        IEnumerable<ShapeBase> bases = shapes.OfType<ShapeBase>().ToList();
        IEnumerable<object> objs = bases;
        Console.WriteLine(objs.Count() + " " + (objs is IEnumerable<IShape>) + " " + (objs is List<ShapeBase>));
        IReadOnlyList<IShape> ro = shapes;
        Console.WriteLine(ro[ro.Count - 1].Name + " " + shapes.Max()!.Name + " " + shapes.Min()!.Name);
        var sorted = shapes.OrderBy(s => s).Select(s => s.Name);
        Console.WriteLine(string.Join(",", sorted));
        var dict = shapes.GroupBy(s => s.GetType().Name).ToDictionary(g => g.Key, g => g.Select(s => Math.Round(s.Area, 3)).ToList());
        foreach (var kv in dict) Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value));
        ICollection<int> coll = new List<int> { 1, 2 };
        coll.Add(3);
        Console.WriteLine(coll.Count + " " + coll.Contains(2) + " " + coll.Remove(1) + " " + string.Join(",", coll) + " " + coll.IsReadOnly);
        IList<string> il = new[] { "a", "b" };
        try { il.Add("c"); } catch (NotSupportedException e) { Console.WriteLine("NotSupported: " + e.Message); }
        il[0] = "z";
        Console.WriteLine(string.Join(",", il) + " " + il.IndexOf("b") + " " + il.IsReadOnly);
        var stack = new Stack<Pair<int, string>>();
        stack.Push(new(1, "one")); stack.Push(new(2, "two"));
        Console.WriteLine(stack.Peek() + " " + stack.Count + " " + string.Join(";", stack));
        Comparison<IShape> byName = (a, b) => string.Compare(a.Name, b.Name, StringComparison.Ordinal);
        shapes.Sort(byName);
        Console.WriteLine(string.Join(",", shapes.Select(s => s.Label)));
        shapes.Sort();
        Console.WriteLine(string.Join(",", shapes.Select(s => s.Name)));
    }
}
