using System;
using System.Collections.Generic;
using System.Linq;
public static class Program {
  public static void Main() {
    var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["e"] = 5 };
    d.Remove("b"); d["d"] = 4;
    Console.WriteLine(string.Join(",", d.Keys));
    d.Remove("a"); d.Remove("c"); d["x"] = 9; d["y"] = 10; d["z"] = 11;
    Console.WriteLine(string.Join(",", d.Keys));
    d.Clear(); d["k"] = 1; d["m"] = 2; d.Remove("k"); d.Remove("m"); d["n"] = 3; d["o"] = 4;
    Console.WriteLine(string.Join(",", d.Keys));
    var h = new HashSet<int> { 1, 2, 3, 4 };
    h.Remove(2); h.Remove(3); h.Add(7); h.Add(8); h.Add(9);
    Console.WriteLine(string.Join(",", h));
    h.RemoveWhere(x => x % 2 == 1); h.Add(100); h.Add(101);
    Console.WriteLine(string.Join(",", h));
    var d2 = new Dictionary<int, string>();
    for (int i = 0; i < 10; i++) d2[i] = "v" + i;
    foreach (var k in d2.Keys.Where(k => k % 3 == 0).ToList()) d2.Remove(k);
    d2[42] = "x"; d2[43] = "y"; d2.TryAdd(44, "z"); d2.Add(45, "w"); d2.Add(46, "q");
    Console.WriteLine(string.Join(",", d2.Keys));
  }
}
