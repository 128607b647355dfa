using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var d = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 };
        d.Add("c", 3);
        Console.WriteLine(string.Join(",", d) + " " + d.GetValueOrDefault("zz") + " " + d.GetValueOrDefault("zz", -1) + " " + d.TryAdd("a", 9) + " " + d["a"]);
        Console.WriteLine(d.Remove("b", out var removed) + " " + removed + " " + d.Remove("nope") + " " + string.Join(",", d.Keys) + " " + string.Join(",", d.Values));
        try { Console.WriteLine(d["missing"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try { d.Add("a", 5); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { var x = new Dictionary<string, int>(); x[null!] = 1; } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
        foreach (var (k, v) in d) Console.Write(k + v + ";");
        Console.WriteLine();
        Console.WriteLine(d.ContainsValue(3) + " " + d.Count + " " + d.Sum(kv => kv.Value) + " " + d.OrderByDescending(kv => kv.Key).First().Key);

        var q = new Queue<string>();
        q.Enqueue("x"); q.Enqueue("y"); q.Enqueue("z");
        Console.WriteLine(q.Dequeue() + q.Peek() + q.Count + " " + q.TryDequeue(out var qd) + qd + " " + string.Join("", q) + " " + q.Contains("z"));
        var st = new Stack<int>(new[] { 1, 2, 3 });
        st.Push(4);
        Console.WriteLine(st.Pop() + " " + st.Peek() + " " + string.Join(",", st) + " " + st.TryPop(out var sp) + sp + " " + st.ToArray().Length);
        try { new Stack<int>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new Queue<int>().Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var list = new List<int> { 5, 3, 8, 1, 9, 2 };
        list.InsertRange(1, new[] { 7, 7 });
        list.RemoveAll(x => x == 7);
        list.Reverse(1, 3);
        Console.WriteLine(string.Join(",", list) + " " + list.BinarySearch(100) + " " + string.Join(",", list.GetRange(2, 2)) + " " + list.LastIndexOf(9));
        list.Sort();
        Console.WriteLine(string.Join(",", list) + " " + list.BinarySearch(8) + " " + list.BinarySearch(4) + " " + ~list.BinarySearch(4));
        list.RemoveRange(0, 2);
        Console.WriteLine(string.Join(",", list) + " " + list.ConvertAll(x => x * 1.5).Sum() + " " + list.Find(x => x > 100) + " " + list.Capacity.CompareTo(list.Count) + " " + string.Join(",", list.Skip(1).Take(2)));
        try { list.RemoveAt(99); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + ": " + e.Message); }
        try { var _ = list[-1]; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
        try { foreach (var x in list) if (x == 8) list.Add(1); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var arr = new[] { 4, 2, 7, 1 };
        Array.Sort(arr);
        Array.Reverse(arr);
        Console.WriteLine(string.Join(",", arr) + " " + Array.IndexOf(arr, 2) + " " + Array.Exists(arr, x => x > 6) + " " + Array.Find(arr, x => x < 3) + " " + Array.FindIndex(arr, x => x < 3) + " " + string.Join(",", Array.FindAll(arr, x => x % 2 == 0)));
        var jag = new int[3][];
        jag[0] = new[] { 1 };
        Console.WriteLine((jag[1] == null) + " " + jag[0].Length);
        var copy = new int[6];
        Array.Copy(arr, 0, copy, 2, 3);
        Array.Resize(ref arr, 6);
        Console.WriteLine(string.Join(",", copy) + " " + string.Join(",", arr) + " " + Array.Empty<string>().Length);
        var hs = new HashSet<int> { 1, 2, 3, 4 };
        hs.IntersectWith(new[] { 2, 4, 6 });
        var other = new HashSet<int> { 4, 5 };
        other.UnionWith(hs);
        other.ExceptWith(new[] { 5 });
        var sym = new HashSet<int> { 1, 2 };
        sym.SymmetricExceptWith(new[] { 2, 3 });
        Console.WriteLine(string.Join(",", hs.OrderBy(x => x)) + " " + string.Join(",", other.OrderBy(x => x)) + " " + string.Join(",", sym.OrderBy(x => x)) + " " + hs.SetEquals(other) + " " + hs.IsSubsetOf(new[] { 1, 2, 4 }) + " " + hs.Overlaps(new[] { 9 }));
    }
}
