using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + " ok"); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message); }
    }

    static string Show<T>(IEnumerable<T> xs) => "[" + string.Join(", ", xs) + "]";

    public static void Main()
    {
        Console.WriteLine("== List<T>");
        var list = new List<int> { 42, 7, 19, 7, 3, 88, 7 };
        Console.WriteLine(list.IndexOf(7) + " " + list.LastIndexOf(7) + " " + list.IndexOf(7, 2) + " " + list.IndexOf(100));
        Console.WriteLine(list.RemoveAll(x => x == 7) + " " + Show(list));
        list.InsertRange(1, new[] { 1, 2 });
        list.Insert(0, -5);
        list.AddRange(new List<int> { 50, 60 });
        Console.WriteLine(Show(list) + " count " + list.Count);
        list.Sort();
        Console.WriteLine(Show(list));
        Console.WriteLine(list.BinarySearch(19) + " " + list.BinarySearch(20) + " " + ~list.BinarySearch(20) + " " + list.BinarySearch(-100) + " " + list.BinarySearch(1000));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(Show(list));
        list.Sort((a, b) => (a % 10).CompareTo(b % 10));
        Console.WriteLine(Show(list));
        list.Reverse();
        Console.WriteLine(Show(list) + " " + list.Contains(88) + " " + list.Exists(x => x > 80) + " " + list.Find(x => x > 40) + " " + list.FindIndex(x => x < 0) + " " + list.FindLast(x => x > 40) + " " + list.FindLastIndex(x => x == 1000));
        Console.WriteLine(Show(list.GetRange(1, 3)) + " " + Show(list.FindAll(x => x % 2 == 0)) + " " + list.TrueForAll(x => x > -10));
        list.RemoveAt(0);
        list.RemoveRange(0, 2);
        Console.WriteLine(Show(list) + " remove 3: " + list.Remove(3) + " remove 3 again: " + list.Remove(3));
        Try("RemoveAt out of range", () => list.RemoveAt(99));
        Try("indexer out of range", () => Console.WriteLine(list[list.Count]));
        Try("Insert past end", () => list.Insert(list.Count + 1, 0));
        Try("GetRange bad", () => list.GetRange(2, 100));
        Try("RemoveRange bad", () => list.RemoveRange(-1, 1));
        var words = new List<string> { "pear", "Apple", "fig", "banana", "apple", "Fig" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(Show(words));
        words.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(Show(words.Select(w => w.ToLowerInvariant())));
        words.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        Console.WriteLine(Show(words) + " " + words.BinarySearch("zzzzzz", Comparer<string>.Create((a, b) => a.Length - b.Length)));
        var arr = list.ToArray();
        list.Clear();
        Console.WriteLine(arr.Length + " " + list.Count + " " + Show(arr));
        list.ForEach(x => Console.WriteLine("never"));
        var conv = new List<int> { 1, 2, 3 }.ConvertAll(x => "#" + x);
        Console.WriteLine(Show(conv));

        Console.WriteLine("== modifying during foreach");
        var mod = new List<int> { 1, 2, 3 };
        Try("List add in foreach", () => { foreach (var x in mod) if (x == 2) mod.Add(4); });
        Try("List set in foreach", () => { foreach (var x in mod) mod[0] = 9; });
        Console.WriteLine(Show(mod));
        var dmod = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        Try("Dictionary add in foreach", () => { foreach (var kv in dmod) dmod["c" + kv.Key] = 3; });
        Try("Dictionary remove in foreach", () => { foreach (var k in dmod.Keys) dmod.Remove(k); });
        Console.WriteLine(dmod.Count);
        var hmod = new HashSet<int> { 1, 2 };
        Try("HashSet add in foreach", () => { foreach (var x in hmod) hmod.Add(x + 10); });

        Console.WriteLine("== Dictionary");
        var d = new Dictionary<string, int>();
        d.Add("one", 1); d.Add("two", 2); d["three"] = 3; d.Add("four", 4);
        Try("Add duplicate", () => d.Add("two", 22));
        Try("Missing key", () => Console.WriteLine(d["five"]));
        Console.WriteLine(d.TryAdd("two", 99) + " " + d.TryAdd("five", 5) + " " + d["two"]);
        Console.WriteLine(d.TryGetValue("three", out var three) + " " + three + " " + d.TryGetValue("nine", out var nine) + " " + nine);
        Console.WriteLine(d.Remove("one") + " " + d.Remove("one") + " " + d.Remove("four", out var removed) + " " + removed);
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values) + " | " + d.ContainsValue(5) + " " + d.GetValueOrDefault("zzz", -1));
        Console.WriteLine(string.Join(",", d.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}")));
        var ci = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "text/plain" };
        ci["content-type"] = "application/json";
        Console.WriteLine(ci.Count + " " + ci["CONTENT-TYPE"] + " " + string.Join(",", ci.Keys) + " " + ci.ContainsKey("Content-type"));
        Try("ci Add dup", () => ci.Add("CONTENT-type", "x"));
        var copy = new Dictionary<string, string>(ci, StringComparer.Ordinal);
        Console.WriteLine(copy.ContainsKey("content-type") + " " + copy.ContainsKey("Content-Type"));
        var byInt = new Dictionary<int, string> { { 3, "c" }, { 1, "a" } };
        Try("int key missing", () => Console.WriteLine(byInt[2]));
        var tupleKey = new Dictionary<(int, string), int> { [(1, "a")] = 10 };
        Console.WriteLine(tupleKey[(1, "a")] + " " + tupleKey.ContainsKey((1, "b")));
        foreach (KeyValuePair<int, string> kv in byInt) Console.WriteLine(kv + " " + kv.Key);
        var (k0, v0) = byInt.First();
        Console.WriteLine(k0 + v0);

        Console.WriteLine("== HashSet");
        var a = new HashSet<int> { 1, 2, 3, 4 };
        var b = new HashSet<int> { 3, 4, 5 };
        Console.WriteLine(a.Add(2) + " " + a.Add(9) + " " + a.Remove(9) + " " + a.Contains(4));
        var u = new HashSet<int>(a); u.UnionWith(b); Console.WriteLine(Show(u.OrderBy(x => x)));
        var i = new HashSet<int>(a); i.IntersectWith(b); Console.WriteLine(Show(i.OrderBy(x => x)));
        var e = new HashSet<int>(a); e.ExceptWith(b); Console.WriteLine(Show(e.OrderBy(x => x)));
        var s = new HashSet<int>(a); s.SymmetricExceptWith(b); Console.WriteLine(Show(s.OrderBy(x => x)));
        Console.WriteLine(a.IsSubsetOf(u) + " " + a.IsSupersetOf(i) + " " + a.Overlaps(b) + " " + a.SetEquals(new[] { 4, 3, 2, 1, 1 }) + " " + i.IsProperSubsetOf(a));
        var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Alpha", "ALPHA", "beta" };
        Console.WriteLine(hs.Count + " " + hs.Contains("BETA") + " " + hs.RemoveWhere(x => x.StartsWith("a", StringComparison.OrdinalIgnoreCase)));

        Console.WriteLine("== Queue / Stack");
        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine(q.Dequeue() + q.Peek() + q.Count + " " + Show(q) + " " + q.Contains("c"));
        Console.WriteLine(q.TryDequeue(out var qd) + qd + " " + q.TryPeek(out var qp) + qp);
        q.Clear();
        Try("Dequeue empty", () => q.Dequeue());
        Try("Peek empty queue", () => q.Peek());
        Console.WriteLine(q.TryDequeue(out var none) + " " + (none ?? "null"));
        var st = new Stack<int>(new[] { 1, 2, 3 });
        st.Push(4);
        Console.WriteLine(st.Pop() + " " + st.Peek() + " " + Show(st) + " " + Show(st.ToArray()));
        st.Clear();
        Try("Pop empty", () => st.Pop());
        Try("Peek empty stack", () => st.Peek());
        Console.WriteLine(st.TryPop(out var sp) + " " + sp);
        Try("Queue modify in foreach", () => { var qq = new Queue<int>(new[] { 1, 2 }); foreach (var x in qq) qq.Enqueue(3); });
    }
}
