using System;
using System.Collections.Generic;

public static class Log
{
    public static readonly List<string> Lines = new();
    public static int Note(string s) { Lines.Add(s); return Lines.Count; }
}

public class Config
{
    public static readonly int A = Log.Note("Config.A");
    public static int B = Log.Note("Config.B");
    static Config() { Log.Note("Config.cctor"); }
    public static void Touch() => Log.Note("Config.Touch");
}

public class Lazy2
{
    public static int Value = Log.Note("Lazy2.Value");
    static Lazy2() { Log.Note("Lazy2.cctor"); }
    public Lazy2() { Log.Note("Lazy2.ctor"); }
}

public class Parent
{
    static Parent() { Log.Note("Parent.cctor"); }
    public Parent() { Log.Note("Parent.ctor"); }
    public static int P = Log.Note("Parent.P");
}

public class Child : Parent
{
    static Child() { Log.Note("Child.cctor"); }
    public Child() { Log.Note("Child.ctor"); }
    public static int C = Log.Note("Child.C");
}


public interface IHasId { int Id { get; } }
public interface IFactory<TSelf> where TSelf : IFactory<TSelf> { static abstract TSelf Create(int id); }

public class Widget : IHasId, IFactory<Widget>, IComparable<Widget>
{
    public int Id { get; }
    public Widget(int id) { Id = id; }
    public static Widget Create(int id) => new Widget(id);
    public int CompareTo(Widget? other) => other is null ? 1 : Id.CompareTo(other.Id);
    public override string ToString() => "W" + Id;
}

public class Box<T> where T : IComparable<T>
{
    private readonly List<T> items = new();
    public void Add(T item) => items.Add(item);
    public T Max()
    {
        T best = default!;
        bool first = true;
        foreach (var i in items) if (first || i.CompareTo(best) > 0) { best = i; first = false; }
        return best;
    }
    public override string ToString() => "Box<" + typeof(T).Name + ">[" + string.Join(",", items) + "]";
}

public class Pair<TKey, TValue>
{
    public TKey Key { get; set; } = default!;
    public TValue Value { get; set; } = default!;
    public class Nested { public string Describe() => "nested"; }
}

public static class Program
{
    static T? FirstOr<T>(IEnumerable<T> xs, Func<T, bool> pred) { foreach (var x in xs) if (pred(x)) return x; return default; }
    static string Describe<T>(T value) => typeof(T).Name + ":" + (value?.ToString() ?? "null") + ":" + (default(T) == null ? "nullable" : "value:" + default(T));
    static TOut Apply<TIn, TOut>(TIn x, Func<TIn, TOut> f) => f(x);
    static void Swap<T>(ref T a, ref T b) { var t = a; a = b; b = t; }
    static string Kind<T>() where T : struct => typeof(T).Name;
    static bool IsDefault<T>(T v) => EqualityComparer<T>.Default.Equals(v, default!);

    public static void Main()
    {
        Log.Note("Main start");
        Config.Touch();
        Log.Note("after Touch");
        var l = new Lazy2();
        Log.Note("Lazy2.Value=" + Lazy2.Value);
        var c = new Child();
        Log.Note("Child made " + Child.C);
        foreach (var line in Log.Lines) Console.WriteLine(line);

        var w = Widget.Create(42);
        Console.WriteLine(w + " " + w.Id);
        var box = new Box<Widget>();
        box.Add(new Widget(3)); box.Add(new Widget(9)); box.Add(new Widget(1));
        Console.WriteLine(box + " max " + box.Max());
        var ib = new Box<int>();
        ib.Add(-5); ib.Add(-2);
        var sb2 = new Box<string>();
        Console.WriteLine(ib + " max " + ib.Max() + " | " + sb2 + " max [" + sb2.Max() + "]");
        Console.WriteLine(FirstOr(new[] { 1, 2, 3 }, x => x > 5) + " " + (FirstOr(new[] { "a", "bb" }, x => x.Length > 5) ?? "none") + " " + FirstOr(new List<double> { 1.5, 2.5 }, x => x > 2));
        Console.WriteLine(Describe(5) + " " + Describe("s") + " " + Describe<string>(null) + " " + Describe(2.5) + " " + Describe('x') + " " + Describe<int?>(null) + " " + Describe(true) + " " + Describe(new Widget(7)) + " " + Describe(3L));
        Console.WriteLine(Apply(21, x => x * 2) + " " + Apply("abc", s => s.Length) + " " + Apply(2.5, d => d.ToString("F3")));
        int x1 = 1, x2 = 2; string s1 = "a", s2 = "b";
        Swap(ref x1, ref x2); Swap(ref s1, ref s2);
        Console.WriteLine(x1 + " " + x2 + " " + s1 + " " + s2 + " " + Kind<int>() + " " + Kind<DateTime>() + " " + Kind<(int, string)>());
        Console.WriteLine(IsDefault(0) + " " + IsDefault(0.0) + " " + IsDefault("") + " " + IsDefault<string>(null) + " " + IsDefault('\0') + " " + IsDefault(new Widget(0)));
        var pair = new Pair<string, List<int>> { Key = "k" };
        Console.WriteLine((pair.Value == null) + " " + new Pair<int, bool>.Nested().Describe() + " " + typeof(Pair<,>).Name + " " + pair.GetType().Name + " " + typeof(Pair<int, string>.Nested).Name + " " + typeof(Dictionary<string, int>).Name);
        Console.WriteLine(typeof(int).Name + " " + typeof(string).FullName + " " + typeof(Widget).Name + " " + typeof(IHasId).Name + " " + typeof(List<>).Name + " " + typeof(int[]).Name + " " + typeof(double?).Name);
        var list = new List<string> { "x" };
        var dict = new Dictionary<int, List<string>> { [1] = list };
        var arr = new[] { "a", "b" };
        var nums = new[] { 1, 2 };
        var widgets = new Widget[] { w };
        Console.WriteLine(list + " | " + dict + " | " + arr + " | " + nums + " | " + widgets + " | " + new Queue<int>() + " | " + new Stack<string>());
        Console.WriteLine($"{list} {arr} {dict[1]}");
        Console.WriteLine(list);
        Console.WriteLine(arr);
        Console.WriteLine(arr.GetType().Name + " " + nums.GetType().Name + " " + list.GetType().Name + " " + arr.GetType().FullName + " " + new List<int>[0].GetType().Name);
        Console.WriteLine(list.ToString() + " " + arr.ToString() + " " + new List<List<int>>() + " " + new char[] { 'a' } + " " + new List<(int, string)>());
    }
}
