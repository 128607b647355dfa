using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    interface IShape { string Name { get; } double Area(); }
    abstract class Base : IShape
    {
        public virtual string Name => "base";
        public abstract double Area();
        public override string ToString() => $"{Name}:{Area():0.##}";
        public new Type GetType() => typeof(Base);
    }
    class Circle : Base
    {
        private readonly double _r;
        public Circle(double r) { _r = r; }
        public override string Name => "circle";
        public override double Area() => Math.PI * _r * _r;
    }
    sealed class Unit : Circle
    {
        public Unit() : base(1) { }
        public override string Name => "unit-" + base.Name;
    }
    class Rect : Base
    {
        public double W, H;
        public override double Area() => W * H;
        public virtual string Kind() => "rect";
    }
    sealed class Square : Rect
    {
        public new string Name => "square-hidden";
        public override string Kind() => "square<" + base.Kind() + ">";
    }

    sealed class Stack<T> where T : notnull
    {
        private readonly List<T> _items = new();
        public int Count => _items.Count;
        public void Push(T item) => _items.Add(item);
        public T Pop() { if (_items.Count == 0) throw new InvalidOperationException("Stack empty"); var x = _items[^1]; _items.RemoveAt(_items.Count - 1); return x; }
        public T? PeekOrDefault() => _items.Count == 0 ? default : _items[^1];
        public IEnumerable<TOut> Map<TOut>(Func<T, TOut> f) { for (int i = _items.Count - 1; i >= 0; i--) yield return f(_items[i]); }
    }

    static T Largest<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        using var e = xs.GetEnumerator();
        if (!e.MoveNext()) throw new ArgumentException("empty");
        var best = e.Current;
        while (e.MoveNext()) if (e.Current.CompareTo(best) > 0) best = e.Current;
        return best;
    }

    static string Describe<T>(T value) => value switch
    {
        null => "null",
        IShape s => "shape " + s.Name,
        IEnumerable<int> seq => "ints " + seq.Sum(),
        _ => typeof(T).Name + " " + value,
    };

    static TResult Apply<T, TResult>(T x, Func<T, TResult> f) => f(x);
    static void Swap<T>(ref T a, ref T b) { (a, b) = (b, a); }

    public static void Main()
    {
        var shapes = new List<Base> { new Circle(2), new Unit(), new Rect { W = 2, H = 3 }, new Square { W = 3, H = 3 } };
        foreach (var s in shapes) Console.WriteLine(s + " " + s.Name + " " + ((IShape)s).Name + " " + (s is Rect r ? r.Kind() : "-"));
        var sq = new Square { W = 1, H = 1 };
        Rect asRect = sq;
        Console.WriteLine(sq.Name + " " + asRect.Name + " " + sq.GetType().Name + " " + ((object)sq).GetType().Name);
        Console.WriteLine(string.Join(",", shapes.OfType<Circle>().Select(c => c.Name)) + " " + shapes.Count(s => s is Rect and not Square));
        var st = new Stack<string>();
        st.Push("a"); st.Push("b"); st.Push("c");
        Console.WriteLine(string.Join("", st.Map(x => x.ToUpper())) + " " + st.Pop() + " " + st.Count + " " + (st.PeekOrDefault() ?? "none"));
        var ints = new Stack<int>();
        Console.WriteLine(ints.PeekOrDefault());
        try { ints.Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Largest(new[] { 3, 9, 2 }) + " " + Largest(new[] { "pear", "apple", "zoo" }) + " " + Largest(new List<double> { -1.5, -0.5 }));
        try { Largest(new int[0]); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Describe(new Circle(1)) + " | " + Describe(new List<int> { 1, 2 }) + " | " + Describe(42) + " | " + Describe<string?>(null) + " | " + Describe(2.5));
        Console.WriteLine(Apply(5, x => x * 2.5) + " " + Apply("abc", s => s.Length) + " " + Apply<int, string>(7, x => new string('#', x)));
        int p = 1, q = 2;
        Swap(ref p, ref q);
        string s1 = "x", s2 = "y";
        Swap(ref s1, ref s2);
        Console.WriteLine(p + " " + q + " " + s1 + s2);
        Func<int, int> inc = x => x + 1, dbl = x => x * 2;
        Func<int, int> both = x => dbl(inc(x));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(both(3) + " " + adder(10)(5) + " " + new[] { inc, dbl, both }.Select(f => f(1)).Sum());
        var chain = new List<Action>();
        for (int i = 0; i < 3; i++) { int copy = i; chain.Add(() => Console.Write(copy)); }
        chain.ForEach(a => a());
        Console.WriteLine();
        var counters = new List<Func<int>>();
        foreach (var k in new[] { 1, 2, 3 }) counters.Add(() => k * 10);
        Console.WriteLine(string.Join(",", counters.Select(f => f())));
        Predicate<string> isEmpty = string.IsNullOrEmpty;
        Comparison<int> desc = (a, b) => b.CompareTo(a);
        var list = new List<int> { 3, 1, 2 };
        list.Sort(desc);
        Console.WriteLine(isEmpty("") + " " + string.Join(",", list) + " " + list.FindIndex(x => x < 3) + " " + list.FindLast(x => x > 1) + " " + list.TrueForAll(x => x > 0) + " " + list.Exists(x => x > 5));
    }
}
