using System;
using System.Collections.Generic;
using System.Linq;
public static class Program {
  static void Try(string l, Action a) { try { a(); Console.WriteLine(l + " ok"); } catch (Exception e) { Console.WriteLine(l + " " + e.GetType().Name + ": " + e.Message); } }
  public static void Main() {
    Try("list", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) if (x == 2) l.Add(9); });
    Try("list remove last", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) if (x == 2) l.Remove(3); });
    Try("dict", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var kv in d) d[kv.Key + 10] = 0; });
    Try("dict set existing", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var kv in d) d[kv.Key] = 5; });
    Try("dict remove", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var kv in d) d.Remove(kv.Key); });
    Try("hashset", () => { var h = new HashSet<int> { 1, 2 }; foreach (var x in h) h.Add(x + 5); });
    Try("queue", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (var x in q) q.Enqueue(3); });
    Try("stack", () => { var s = new Stack<int>(new[] { 1, 2 }); foreach (var x in s) s.Pop(); });
    Try("linq", () => { var l = new List<int> { 1, 2, 3 }; var q = l.Where(x => x > 0); foreach (var x in q) if (x == 1) l.Add(4); });
    Try("list set", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) l[0] = 7; });
    Try("list sort in loop", () => { var l = new List<int> { 3, 2, 1 }; foreach (var x in l) l.Sort(); });
    Try("keys", () => { var d = new Dictionary<int, int> { [1] = 1 }; foreach (var k in d.Keys) d.Add(5, 5); });
    Try("list clear empty", () => { var l = new List<int>(); foreach (var x in l) { } l.Clear(); foreach (var x in l) { } });
    Try("list clear", () => { var l = new List<int>{1}; foreach (var x in l) { l.Clear(); } });
  }
}
