using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class Tag : IEquatable<Tag>
    {
        public string Name { get; }
        public Tag(string name) { Name = name; }
        public bool Equals(Tag? other) { Console.Write("[IEq " + Name + "]"); return other != null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase); }
        public override bool Equals(object? obj) { Console.Write("[Obj " + Name + "]"); return obj is Tag t && Equals(t); }
        public override int GetHashCode() => Name.ToUpperInvariant().GetHashCode();
        public override string ToString() => Name;
    }

    sealed class LengthComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => x?.Length == y?.Length;
        public int GetHashCode(string s) => s.Length;
    }

    sealed class ModComparer : IEqualityComparer<int>
    {
        private readonly int _m;
        public ModComparer(int m) { _m = m; }
        public bool Equals(int x, int y) => x % _m == y % _m;
        public int GetHashCode(int x) => x % _m;
    }

    readonly record struct Point(int X, int Y);
    sealed record Key(string A, int B);

    struct Cell
    {
        public int R, C;
        public Cell(int r, int c) { R = r; C = c; }
    }

    public static void Main()
    {
        var tags = new List<Tag> { new("a"), new("B"), new("c") };
        Console.WriteLine(tags.Contains(new Tag("b")));
        Console.WriteLine(tags.IndexOf(new Tag("C")));
        Console.WriteLine(tags.Remove(new Tag("A")) + " " + tags.Count);
        var dict = new Dictionary<Tag, int> { [new Tag("x")] = 1 };
        Console.WriteLine(dict.ContainsKey(new Tag("X")));
        Console.WriteLine(dict[new Tag("X")]);
        var set = new HashSet<Tag> { new("q") };
        Console.WriteLine(set.Add(new Tag("Q")) + " " + set.Count);
        Console.WriteLine(new[] { new Tag("m") }.Contains(new Tag("M")));
        Console.WriteLine(new List<Tag> { new("l") }.AsEnumerable().Contains(new Tag("L")));
        Console.WriteLine(new List<Tag> { new("o") }.Contains(new Tag("O")));
        Console.WriteLine(Array.IndexOf(new[] { new Tag("i") }, new Tag("I")));
        Console.WriteLine(new[] { new Tag("e") }.Select(t => t).Contains(new Tag("E")));
        Console.WriteLine(new[] { new Tag("m"), new Tag("M"), new Tag("n") }.Distinct().Count());
        Console.WriteLine(EqualityComparer<Tag>.Default.Equals(new Tag("z"), new Tag("Z")));
        Console.WriteLine(Equals(new Tag("k"), new Tag("K")));

        var byLen = new Dictionary<string, string>(new LengthComparer());
        byLen["one"] = "first";
        byLen["two"] = "second";
        byLen["three"] = "third";
        Console.WriteLine(byLen.Count + " " + byLen["six"] + " " + string.Join(",", byLen.Keys.OrderBy(k => k)));
        var lenSet = new HashSet<string>(new[] { "aa", "bb", "c", "ddd" }, new LengthComparer());
        Console.WriteLine(lenSet.Count + " " + lenSet.Contains("zz") + " " + lenSet.Contains("zzzz"));
        var modSet = new HashSet<int>(new ModComparer(3)) { 1, 4, 7, 2 };
        Console.WriteLine(modSet.Count + " " + modSet.Contains(10) + " " + modSet.Contains(9));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5, 6 }.Distinct(new ModComparer(4))));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4, 5, 6 }.GroupBy(x => x, new ModComparer(2)).Select(g => g.Key + ":" + g.Count())));
        var icase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Hello"] = 1 };
        icase["HELLO"] += 5;
        Console.WriteLine(icase.Count + " " + icase["hello"] + " " + icase.Keys.First());

        var pts = new Dictionary<Point, string> { [new Point(1, 2)] = "a" };
        pts[new Point(1, 2)] = "b";
        pts[new Point(2, 1)] = "c";
        Console.WriteLine(pts.Count + " " + pts[new Point(1, 2)] + " " + pts.ContainsKey(new Point(2, 1)));
        var keys = new HashSet<Key> { new("a", 1), new("a", 1), new("a", 2) };
        Console.WriteLine(keys.Count + " " + keys.Contains(new Key("a", 2)));
        var cells = new HashSet<Cell> { new Cell(1, 1), new Cell(1, 1), new Cell(0, 1) };
        Console.WriteLine(cells.Count + " " + cells.Contains(new Cell(0, 1)));
        var tupleDict = new Dictionary<(int, string), int> { [(1, "x")] = 10 };
        tupleDict[(1, "x")]++;
        Console.WriteLine(tupleDict[(1, "x")] + " " + tupleDict.ContainsKey((1, "X")));
        var lst = new List<Point> { new(0, 0), new(3, 4) };
        Console.WriteLine(lst.IndexOf(new Point(3, 4)) + " " + lst.Contains(new Point(4, 3)));
        Console.WriteLine(new List<string?> { "a", null, "b" }.IndexOf(null));
        Console.WriteLine(new List<double> { 1.0, double.NaN }.Contains(double.NaN));
        Console.WriteLine(new List<double> { 1.0, double.NaN }.IndexOf(double.NaN));
    }
}
