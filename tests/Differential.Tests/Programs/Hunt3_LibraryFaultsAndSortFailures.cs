using System;
using System.Collections.Generic;
using System.Linq;
public static class Program {
  static void T(string l, Action a) { try { a(); Console.WriteLine(l + " ok"); } catch (Exception e) { Console.WriteLine(l + ": " + e.GetType().Name + ": " + e.Message + (e.InnerException is { } i ? " <- " + i.GetType().Name + ": " + i.Message : "")); } }
  static void Main() {
    T("sort throws", () => new List<int> { 3, 1, 2 }.Sort((a, b) => throw new ArgumentException("cmp")));
    T("orderby throws", () => new[] { 3, 1 }.OrderBy(x => x, Comparer<int>.Create((a, b) => throw new InvalidOperationException("cmp2"))).ToList());
    T("array sort no IComparable", () => Array.Sort(new object[] { new object(), new object() }));
    T("list sort no IComparable", () => new List<object> { new(), new() }.Sort());
    T("convert", () => Convert.ToInt32("abc"));
    T("parse empty", () => int.Parse(""));
    T("parse ws", () => int.Parse("   "));
    T("long parse", () => long.Parse("1.5"));
    T("double parse", () => double.Parse("abc"));
    T("bool parse", () => bool.Parse("yes"));
    T("enum parse empty", () => Enum.Parse<DayOfWeek>(""));
    T("dict null", () => new Dictionary<string, int>().ContainsKey(null!));
    T("hashset null ok", () => new HashSet<string> { null! }.Contains(null!));
    T("max null", () => new List<string>().Max());
    T("min nullable empty", () => Console.WriteLine(new List<int?>().Min() == null));
    T("single empty", () => new int[0].Single());
    T("singleordefault many", () => new[] { 1, 2 }.SingleOrDefault());
    T("cast", () => new object[] { 1, "a" }.Cast<int>().ToList());
    T("oftype", () => Console.WriteLine(new object[] { 1, "a", 2 }.OfType<int>().Sum()));
    T("todictionary null key", () => new[] { "a", null }.ToDictionary(x => x!));
    T("queue peek", () => new Queue<int>().Peek());
    T("list enum modified", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Remove(x); });
    T("dict enum modified", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var k in d.Keys) d[k + 10] = 0; });
    T("dict set existing during enum", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var k in d.Keys.ToList()) d[k] = 5; Console.Write(d.Values.Sum() + " "); });
    T("string.Format null", () => string.Format(null!, 1));
    T("substring neg length", () => "abc".Substring(1, -1));
    T("char index", () => "abc".IndexOf('b', 5));
    T("split options", () => Console.WriteLine(string.Join("|", " a , ,b ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))));
    T("array resize", () => { var a = new[] { 1, 2 }; Array.Resize(ref a, 4); Console.Write(string.Join(",", a) + " "); });
    T("array copy", () => { var a = new int[3]; Array.Copy(new[] { 9, 8 }, a, 2); Console.Write(string.Join(",", a) + " "); });
    T("array fill", () => { var a = new int[3]; Array.Fill(a, 7); Console.Write(string.Join(",", a) + " " + Array.IndexOf(a, 7, 1) + " "); });
    T("array clear", () => { var a = new[] { 1, 2, 3 }; Array.Clear(a, 1, 1); Console.Write(string.Join(",", a) + " "); });
    T("elementatordefault", () => Console.Write(new[] { 1 }.ElementAtOrDefault(5) + " "));
    T("stack toarray", () => { var s = new Stack<int>(new[] { 1, 2, 3 }); Console.Write(string.Join(",", s.ToArray()) + " " + s.Pop() + " "); });
    T("queue ctor", () => { var q = new Queue<int>(new[] { 1, 2, 3 }); q.Enqueue(4); Console.Write(q.Dequeue() + "," + q.Count + " " + q.Contains(4) + " "); });
  }
}
