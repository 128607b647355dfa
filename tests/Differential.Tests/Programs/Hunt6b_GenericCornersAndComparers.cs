using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

interface IStack<T> : IEnumerable<T>
{
    void Push(T item);
    T Pop();
    int Count { get; }
    bool IsEmpty => Count == 0;
    T PopOr(T fallback) => IsEmpty ? fallback : Pop();
    void PushAll(IEnumerable<T> items) { foreach (var i in items) Push(i); }
}

class ArrayStack<T> : IStack<T>
{
    private readonly List<T> items = new List<T>();
    public void Push(T item) => items.Add(item);
    public T Pop() { var v = items[items.Count - 1]; items.RemoveAt(items.Count - 1); return v; }
    public int Count => items.Count;
    IEnumerator<T> IEnumerable<T>.GetEnumerator() { for (int i = items.Count - 1; i >= 0; i--) yield return items[i]; }
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();
}

struct Pt : IEquatable<Pt>, IComparable<Pt>
{
    public int X, Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public bool Equals(Pt o) => X == o.X && Y == o.Y;
    public override bool Equals(object o) => o is Pt p && Equals(p);
    public override int GetHashCode() => X * 31 + Y;
    public int CompareTo(Pt o) => X != o.X ? X.CompareTo(o.X) : Y.CompareTo(o.Y);
    public override string ToString() => $"({X},{Y})";
}

struct Celsius
{
    public double Deg;
    public Celsius(double d) { Deg = d; }
    public static implicit operator Celsius(int d) => new Celsius(d);
    public static explicit operator int(Celsius c) => (int)c.Deg;
    public override string ToString() => Deg + "C";
}

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public bool Is<U>() => Value is U;
    public U? As<U>() where U : class => Value as U;
    public override string ToString() => "Box(" + (Value?.ToString() ?? "null") + ")";
}

static class Program
{
    static T DefaultOf<T>() => default;
    static bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);
    static int Cmp<T>(T a, T b) => Comparer<T>.Default.Compare(a, b);
    static T? FirstOrNull<T>(IEnumerable<T> xs, Func<T, bool> p) where T : struct
    {
        foreach (var x in xs) if (p(x)) return x;
        return null;
    }
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static string Describe<T>(T v) => v switch { null => "null", int i => "int " + i, string s => "str " + s, IEnumerable<int> e => "ints " + e.Count(), _ => "other " + v };

    static void Main()
    {
        IStack<int> st = new ArrayStack<int>();
        Console.WriteLine(st.IsEmpty + " " + st.PopOr(-1));
        st.PushAll(new[] { 1, 2, 3 });
        Console.WriteLine(string.Join(",", st) + " " + st.Count + " " + st.PopOr(-1) + " " + st.IsEmpty);
        Console.WriteLine(st.Sum() + " " + st.First());

        Console.WriteLine($"[{DefaultOf<int>()}] [{DefaultOf<string>()}] [{DefaultOf<Pt>()}] [{DefaultOf<bool>()}] [{DefaultOf<char>() == '\0'}] [{DefaultOf<double?>()}]");
        Console.WriteLine($"{Same(new Pt(1, 2), new Pt(1, 2))} {Same("a", "a")} {Same<object>(1, 1)} {Same<int?>(null, null)} {Same<string>(null, "x")}");
        Console.WriteLine($"{Cmp("a", "B")} {Cmp("B", "a")} {Cmp(2, 10)} {Cmp<string>(null, "a")} {Cmp(new Pt(1, 5), new Pt(1, 3))} {Cmp<int?>(null, 0)}");
        Console.WriteLine(string.Compare("apple", "Apple") + " " + string.CompareOrdinal("apple", "Apple") + " " + string.Compare("a-b", "ab") + " " + string.Compare("Apple", "apple", StringComparison.OrdinalIgnoreCase));
        var pts = new List<Pt> { new Pt(3, 1), new Pt(1, 2), new Pt(1, 1) };
        pts.Sort();
        Console.WriteLine(string.Join(" ", pts) + " " + pts.IndexOf(new Pt(1, 2)) + " " + pts.Contains(new Pt(9, 9)) + " " + pts.BinarySearch(new Pt(3, 1)));
        Console.WriteLine(FirstOrNull(new[] { 1, 5, 8 }, v => v > 4) + " " + (FirstOrNull(new[] { 1 }, v => v > 4)?.ToString() ?? "none"));
        int a = 1, b = 2; Swap(ref a, ref b);
        string s1 = "x", s2 = "y"; Swap(ref s1, ref s2);
        Console.WriteLine($"{a}{b}{s1}{s2}");
        Console.WriteLine(Describe(5) + "|" + Describe("s") + "|" + Describe<string>(null) + "|" + Describe(new List<int> { 1, 2 }) + "|" + Describe(2.5));

        var box = new Box<object>("text");
        Console.WriteLine($"{box.Is<string>()} {box.Is<int>()} {box.As<string>()?.Length} {box.As<Box<int>>() == null} {new Box<int?>(null)} {new Box<int>(3).Is<int?>()}");

        Celsius c = 21;
        Celsius? nc = 5;
        int? ni = 30;
        Celsius? fromNi = (Celsius?)ni;
        Console.WriteLine($"{c} {nc} {fromNi} {(int)c} {(int?)(Celsius?)null}");
        int? nothing = null;
        Celsius? none = (Celsius?)nothing;
        Console.WriteLine(none.HasValue + " " + none.GetValueOrDefault());

        object boxedPt = new Pt(1, 1);
        Pt copy = (Pt)boxedPt; copy.X = 99;
        Console.WriteLine(boxedPt + " " + copy + " " + boxedPt.Equals(new Pt(1, 1)) + " " + (boxedPt is IComparable<Pt>) + " " + ReferenceEquals(boxedPt, boxedPt));
        IEquatable<Pt> eq = new Pt(2, 2);
        Console.WriteLine(eq.Equals(new Pt(2, 2)) + " " + eq);
        var dict = new Dictionary<Pt, string> { [new Pt(1, 1)] = "one" };
        Console.WriteLine(dict[new Pt(1, 1)] + " " + dict.ContainsKey(new Pt(1, 2)));
        var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "A", "a", "b" };
        Console.WriteLine(hs.Count + " " + hs.Contains("B"));

        Console.WriteLine(Convert.ToString(-5, 2).Length + " " + Convert.ToString(10, 2) + " " + Convert.ToInt32("ff", 16) + " " + Convert.ToString(255, 16) + " " + Convert.ToInt64("101", 2));
        Console.WriteLine($"{char.ToUpper('ß')} {char.GetNumericValue('7')} {char.IsLetterOrDigit('_')} {char.IsWhiteSpace('\t')} {char.IsPunctuation('!')} {char.IsSymbol('+')} {(int)char.ToLowerInvariant('Ä')}");
        Console.WriteLine($"{-1234.5:N} {-1234.5:C} {0.000012345:G} {1.5f} {0.1f + 0.2f} {(double)0.1f} {1.0 / 3:R} {100000000000000000000.0} {-0.0} {double.NaN} {1.0 / 0}");
        var strs = new List<string> { "b", "B", "a", "A", "_", "1", "-" };
        var s3 = new List<string>(strs); s3.Sort();
        Console.WriteLine(string.Join("", s3) + " " + string.Join("", strs.OrderBy(x => x)) + " " + string.Join("", strs.OrderBy(x => x, StringComparer.Ordinal)));
        Console.WriteLine(strs.Max() + strs.Min());
    }
}
