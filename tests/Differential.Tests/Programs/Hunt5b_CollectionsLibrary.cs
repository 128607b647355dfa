using System;
using System.Collections.Generic;
using System.Linq;

public record Item(string Name, int Qty, double Price);

public static class Program
{
    static string J<T>(IEnumerable<T> xs) => "[" + string.Join(",", xs) + "]";

    public static void Main()
    {
        var l = new List<int> { 5, 3, 9, 1, 7, 3 };
        l.Insert(0, 8); l.Insert(l.Count, 2);
        Console.WriteLine(J(l) + " " + l.IndexOf(3) + " " + l.LastIndexOf(3) + " " + l.IndexOf(3, 3) + " " + l.FindIndex(x => x > 6) + " " + l.FindLastIndex(x => x > 6));
        Console.WriteLine(l.Find(x => x > 100) + " " + l.FindLast(x => x < 5) + " " + J(l.FindAll(x => x % 3 == 0)) + " " + l.TrueForAll(x => x > 0) + " " + l.Exists(x => x == 7));
        Console.WriteLine(l.RemoveAll(x => x == 3) + " " + J(l) + " " + J(l.GetRange(1, 3)) + " " + J(l.ConvertAll(x => x * 0.5)));
        l.Sort((a, b) => b.CompareTo(a)); Console.WriteLine(J(l));
        l.Sort(); Console.WriteLine(J(l) + " " + l.BinarySearch(7) + " " + l.BinarySearch(6) + " " + ~l.BinarySearch(100) + " " + l.BinarySearch(0));
        l.Reverse(1, 3); Console.WriteLine(J(l));
        l.RemoveRange(0, 2); l.AddRange(new[] { 11, 12 }); l.InsertRange(1, new List<int> { -1, -2 });
        var sb = new List<string>(); l.ForEach(x => sb.Add((x * 2).ToString())); Console.WriteLine(J(l) + " " + J(sb));
        Console.WriteLine(l.Contains(-2) + " " + l.Remove(-2) + " " + l.Remove(-2) + " " + l.Count+ " " + J(l.TakeLast(2)));
        var strs = new List<string> { "pear", "Apple", "fig", "apple", "Banana" };
        strs.Sort(StringComparer.OrdinalIgnoreCase); Console.WriteLine(J(strs));
        strs.Sort(string.CompareOrdinal); Console.WriteLine(J(strs));
        strs.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.Compare(a, b, StringComparison.Ordinal)); Console.WriteLine(J(strs));

        var d = new Dictionary<string, int>();
        Console.WriteLine(d.TryAdd("a", 1) + " " + d.TryAdd("a", 2) + " " + d["a"]);
        d["b"] = 2; d["c"] = 3; d["b"] = 20;
        Console.WriteLine(J(d) + " " + d.ContainsValue(20) + " " + d.ContainsValue(2));
        Console.WriteLine(d.Remove("a", out var removed) + " " + removed + " " + d.Remove("zz", out var none) + " " + none);
        d["d"] = 4;
        Console.WriteLine(J(d.OrderBy(kv => kv.Key)) + " " + d.Count + " " + d.GetValueOrDefault("q", -1) + " " + J(d.Keys.OrderBy(k => k)) + " " + d.Values.Sum());
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Key"] = 1 };
        ci["KEY"] = 2; Console.WriteLine(ci.Count + " " + ci["key"] + " " + J(ci.Keys));
        var hs = new HashSet<int> { 1, 2, 3, 4 };
        var other = new[] { 3, 4, 5 };
        var u = new HashSet<int>(hs); u.UnionWith(other);
        var i2 = new HashSet<int>(hs); i2.IntersectWith(other);
        var e = new HashSet<int>(hs); e.ExceptWith(other);
        var x2 = new HashSet<int>(hs); x2.SymmetricExceptWith(other);
        Console.WriteLine(J(u.OrderBy(v => v)) + J(i2) + J(e) + J(x2.OrderBy(v => v)) + " " + hs.IsSubsetOf(u) + hs.IsSupersetOf(i2) + hs.Overlaps(other) + hs.SetEquals(new[] { 4, 3, 2, 1, 1 }) + " " + hs.Add(1) + hs.Add(9));
        var q = new Queue<string>(new[] { "a", "b" }); q.Enqueue("c");
        Console.WriteLine(q.Peek() + q.Dequeue() + q.Count + " " + q.TryDequeue(out var qd) + qd + " " + q.TryPeek(out var qp) + qp + " " + J(q));
        var st = new Stack<int>(new[] { 1, 2, 3 }); st.Push(4);
        Console.WriteLine(J(st) + " " + st.Pop() + st.Peek() + " " + st.TryPop(out var sp) + sp + " " + J(st.ToArray()) + " " + st.Contains(1));

        var arr = new[] { 5, 2, 8, 1, 9 };
        var keys = new[] { "e", "b", "h", "a", "i" };
        Array.Sort(keys, arr); Console.WriteLine(J(keys) + J(arr));
        Array.Sort(arr, (a, b) => b - a); Console.WriteLine(J(arr));
        Array.Reverse(arr); Console.WriteLine(J(arr) + " " + Array.IndexOf(arr, 8) + " " + Array.IndexOf(arr, 42) + " " + Array.BinarySearch(arr, 5));
        Array.Resize(ref arr, 7); Console.WriteLine(J(arr));
        Array.Resize(ref arr, 3); Console.WriteLine(J(arr));
        var filled = new string[4]; Array.Fill(filled, "z"); Console.WriteLine(J(filled));
        var dest = new int[6]; Array.Copy(arr, 0, dest, 2, 3); Console.WriteLine(J(dest));
        Array.Clear(dest, 3, 2); Console.WriteLine(J(dest) + " " + Array.Exists(dest, v => v == 1) + " " + Array.Find(dest, v => v > 0) + " " + Array.FindIndex(dest, v => v > 0) + " " + J(Array.FindAll(dest, v => v > 0)) + " " + Array.TrueForAll(dest, v => v >= 0));
        Console.WriteLine(J(Array.ConvertAll(dest, v => "#" + v)) + " " + Array.LastIndexOf(dest, 0));
        var jag = new int[3][]; jag[0] = new[] { 1 }; jag[1] = new[] { 2, 3 }; jag[2] = Array.Empty<int>();
        Console.WriteLine(J(jag.Select(a => a.Length)) + " " + jag.SelectMany(a => a).Sum());

        var items = new List<Item> { new("bolt", 10, 0.25), new("nut", 25, 0.1), new("gear", 2, 12.5), new("bolt", 5, 0.3), new("axle", 2, 40), new("nut", 1, 0.12) };
        foreach (var g in items.GroupBy(i => i.Name, i => i.Qty, (k, qs) => $"{k}:{qs.Sum()}")) Console.Write(g + " ");
        Console.WriteLine();
        var look = items.ToLookup(i => i.Qty > 5);
        Console.WriteLine(J(look[true].Select(i => i.Name)) + J(look[false].Select(i => i.Name)) + " " + look.Count + " " + look[true].Count() + " " + J(look[false].Select(i => i.Price)));
        Console.WriteLine(J(items.OrderBy(i => i.Qty).ThenByDescending(i => i.Name).Select(i => i.Name + i.Qty)));
        Console.WriteLine(items.MinBy(i => i.Price) + " " + items.MaxBy(i => i.Qty)!.Name + " " + J(items.DistinctBy(i => i.Name).Select(i => i.Price)));
        Console.WriteLine(J(items.Chunk(4).Select(c => c.Length)) + " " + J(items.Select(i => i.Qty).Aggregate(0, (a, b) => a * 2 + b, r => r % 1000).ToString()));
        Console.WriteLine(J(new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)) + J(new[] { 1, 2 }.Zip(new[] { 'x', 'y', 'z' })));
        Console.WriteLine(J(new[] { 1, 2, 2, 3 }.Concat(new[] { 3, 4 })) + J(new[] { 1, 2, 2, 3 }.Union(new[] { 3, 4, 1 })) + J(new[] { 1, 2, 2, 3 }.Intersect(new[] { 2, 3, 5 })) + J(new[] { 3, 1, 2, 2, 3 }.Except(new[] { 2 })));
        Console.WriteLine(J(new[] { 1, 3, 5, 2, 7 }.SkipWhile(v => v % 2 == 1)) + J(new[] { 1, 3, 5, 2, 7 }.TakeWhile((v, i) => v < 5 && i < 5)) + J(new[] { 5, 6, 7 }.Select((v, i) => v * i)));
        Console.WriteLine(new int[0].Sum() + " " + new double[0].Sum() + " " + new int?[] { null, 3, null }.Sum() + " " + new int?[0].Average().HasValue + " " + new[] { 1, 2 }.Average() + " " + new[] { 1.5f, 2f }.Average());
        Console.WriteLine(J(items.Select(i => i.Name).Distinct().OrderByDescending(n => n.Length).ThenBy(n => n)) + " " + items.Count(i => i.Price < 1) + " " + items.LongCount() + " " + items.Sum(i => i.Qty * i.Price).ToString("F2"));
        Console.WriteLine(J(Enumerable.Range(1, 10).Where((v, i) => i % 3 == 0)) + J(Enumerable.Repeat("ab", 3)) + J(Enumerable.Range(0, 5).Reverse().Skip(1).SkipLast(1)) + J(new[] { 4, 5 }.Append(6).Prepend(3)));
        Console.WriteLine(J(new[] { "b", "a" }.DefaultIfEmpty("none")) + J(new string[0].DefaultIfEmpty("none")) + J(new[] { 1, 2, 3, 4 }.OrderBy(v => v % 2).ThenBy(v => -v)) + " " + new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 }));
        var joined = items.Join(new[] { ("bolt", "M6"), ("gear", "G1") }, i => i.Name, t => t.Item1, (i, t) => i.Qty + t.Item2);
        Console.WriteLine(J(joined) + " " + J(items.GroupJoin(new[] { "nut", "nut", "axle" }, i => i.Name, s => s, (i, ss) => ss.Count()).Take(6)));
    }
}
