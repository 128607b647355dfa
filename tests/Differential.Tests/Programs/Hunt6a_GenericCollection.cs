using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public class SortedBag<T> : IEnumerable<T>, IReadOnlyCollection<T> where T : IComparable<T>
{
    private T[] items = new T[2];
    private int count, version;
    public int Count => count;
    public int Capacity => items.Length;
    public T this[int index]
    {
        get { if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index), $"index {index} of {count}"); return items[index]; }
    }
    public IEnumerable<T> this[T lo, T hi] { get { foreach (var x in this) if (x.CompareTo(lo) >= 0 && x.CompareTo(hi) <= 0) yield return x; } }
    public void Add(T item)
    {
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        int i = count;
        while (i > 0 && items[i - 1].CompareTo(item) > 0) { items[i] = items[i - 1]; i--; }
        items[i] = item; count++; version++;
    }
    public bool Remove(T item)
    {
        int i = Array.IndexOf(items, item, 0, count);
        if (i < 0) return false;
        Array.Copy(items, i + 1, items, i, count - i - 1);
        items[--count] = default; version++;
        return true;
    }
    public IEnumerator<T> GetEnumerator()
    {
        int v = version;
        for (int i = 0; i < count; i++)
        {
            if (v != version) throw new InvalidOperationException("Collection was modified");
            yield return items[i];
        }
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public IEnumerable<T> Descending() { for (int i = count - 1; i >= 0; i--) yield return items[i]; }
    public T Max() => count == 0 ? throw new InvalidOperationException("empty") : items[count - 1];
    public override string ToString() => $"Bag<{typeof(T).Name}>[{string.Join(", ", this)}]";
}

public class Version : IComparable<Version>, IEquatable<Version>
{
    public int Major { get; } public int Minor { get; }
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) => Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public bool Equals(Version o) => o is not null && Major == o.Major && Minor == o.Minor;
    public override bool Equals(object o) => Equals(o as Version);
    public override int GetHashCode() => Major * 397 ^ Minor;
    public override string ToString() => $"v{Major}.{Minor}";
    public static bool operator <(Version a, Version b) => a.CompareTo(b) < 0;
    public static bool operator >(Version a, Version b) => a.CompareTo(b) > 0;
}

public static class Seq
{
    public static T MaxBy2<T, K>(this IEnumerable<T> src, Func<T, K> key) where K : IComparable<K>
    {
        using var e = src.GetEnumerator();
        if (!e.MoveNext()) throw new InvalidOperationException("Sequence contains no elements");
        T best = e.Current; K bk = key(best);
        while (e.MoveNext()) { var k = key(e.Current); if (k.CompareTo(bk) > 0) { best = e.Current; bk = k; } }
        return best;
    }
    public static IEnumerable<(T Prev, T Next)> Pairs<T>(this IEnumerable<T> src)
    {
        bool first = true; T prev = default;
        foreach (var x in src) { if (!first) yield return (prev, x); prev = x; first = false; }
    }
    public static IEnumerable<T[]> Chunks<T>(this IEnumerable<T> src, int n)
    {
        var buf = new List<T>(n);
        foreach (var x in src) { buf.Add(x); if (buf.Count == n) { yield return buf.ToArray(); buf.Clear(); } }
        if (buf.Count > 0) yield return buf.ToArray();
    }
    public static T Clamp<T>(T v, T lo, T hi) where T : IComparable<T> => v.CompareTo(lo) < 0 ? lo : v.CompareTo(hi) > 0 ? hi : v;
}

public static class Program
{
    public static void Main()
    {
        var bag = new SortedBag<int>();
        foreach (var x in new[] { 5, -3, 9, 0, 5, 12, -3, 7 }) bag.Add(x);
        Console.WriteLine($"{bag} count {bag.Count} cap {bag.Capacity} [0]={bag[0]} [^1]={bag[^1]} [^3]={bag[^3]}");
        Console.WriteLine($"range 0..7: {string.Join(" ", bag[0, 7])} desc {string.Join(" ", bag.Descending().Take(3))}");
        Console.WriteLine($"remove 5 {bag.Remove(5)} remove 100 {bag.Remove(100)} -> {bag}");
        try { Console.WriteLine(bag[7]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { foreach (var x in bag) if (x == 0) bag.Add(1); } catch (InvalidOperationException e) { Console.WriteLine("modified: " + e.Message); }
        Console.WriteLine($"sum {bag.Sum()} avg {bag.Average():F4} where>0 {bag.Where(x => x > 0).Count()} max {bag.Max()} linqmax {Enumerable.Max(bag)}");
        var words = new SortedBag<string>();
        foreach (var w in "the quick brown fox jumps over the lazy dog Zebra apple".Split(' ')) words.Add(w);
        Console.WriteLine(words);
        Console.WriteLine(string.Join("|", words.Chunks(4).Select(c => string.Join(",", c))));
        Console.WriteLine(string.Join(" ", words.Pairs().Where(p => p.Prev == p.Next).Select(p => p.Prev)));
        Console.WriteLine($"longest {words.MaxBy2(w => w.Length)} {words.MaxBy(w => w.Length)} {words.MinBy(w => w[^1])}");
        var vs = new SortedBag<Version>();
        foreach (var (a, b) in new[] { (1, 10), (1, 2), (0, 9), (2, 0), (1, 2) }) vs.Add(new Version(a, b));
        Console.WriteLine($"{vs} max {vs.Max()} eq {vs[1].Equals(vs[2])} ref {ReferenceEquals(vs[1], vs[2])} lt {vs[0] < vs[1]} gt {vs[0] > vs[1]}");
        Console.WriteLine($"distinct {vs.Distinct().Count()} set {new HashSet<Version>(vs).Count} idx {vs.ToList().IndexOf(new Version(2, 0))}");
        Console.WriteLine($"clamp {Seq.Clamp(15, 0, 10)} {Seq.Clamp("m", "a", "k")} {Seq.Clamp(new Version(3, 1), vs[0], vs[^1])} {Seq.Clamp(-2.5, -1.0, 1.0)}");
        IReadOnlyCollection<int> ro = bag;
        IEnumerable nonGeneric = words;
        int n = 0; foreach (object o in nonGeneric) n += ((string)o).Length;
        Console.WriteLine($"ro {ro.Count} chars {n} first {ro.First()} last {ro.Last()} elementAt {ro.ElementAt(2)}");
        var empty = new SortedBag<double>();
        try { empty.MaxBy2(d => d); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine($"{empty} {empty.Any()} {empty.DefaultIfEmpty(-1.5).Single()} {empty.FirstOrDefault()}");
        int[][] jag = { new[] { 1 }, new[] { 2, 3 }, Array.Empty<int>() };
        Console.WriteLine(string.Join(";", jag.Select(a => a.Length + ":" + string.Join(",", a))) + " " + jag.SelectMany(a => a).Sum());
    }
}
