using System;
using System.Collections.Generic;
using System.Linq;
public static class Program {
  static T Id<T>(T x) => x;
  public static void Main() {
    var d = new Dictionary<string, (int A, char C)> { ["x"] = (1, 'q'), ["y"] = (2, 'r') };
    foreach (var (k, (a, c)) in d) Console.Write($"{k}{a}{c} ");
    Console.WriteLine();
    Console.WriteLine(d["x"] + " " + d.Values.First() + " " + d.First());
    var list = d.Select(kv => (kv.Key, kv.Value.C)).ToList();
    Console.WriteLine(string.Join(";", list) + " " + list.Contains(("x", 'q')));
    var chars = new List<char> { 'b', 'a' };
    chars.Sort();
    Console.WriteLine(string.Join(",", chars) + " " + chars.Max() + " " + chars.Select(Id).First() + " " + string.Concat(chars.OrderByDescending(ch => ch)));
    var grouped = "hello world".Where(char.IsLetter).GroupBy(ch => ch).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(3).Select(g => (g.Key, g.Count()));
    Console.WriteLine(string.Join(" ", grouped));
    var lookup = "abcab".ToLookup(ch => ch);
    Console.WriteLine(lookup['a'].Count() + " " + string.Join(",", lookup.Select(g => g.Key)));
    var pairs = "ab".SelectMany(x => "12", (x, y) => (x, y));
    Console.WriteLine(string.Join(",", pairs));
    var ch2 = "xyz".Aggregate("", (acc, ch) => ch + acc);
    Console.WriteLine(ch2 + " " + "xyz".Min() + " " + "xyz".Reverse().First() + " " + "aab".Distinct().Count() + " " + new string("abc".Select(ch => (char)(ch + 1)).ToArray()));
    var dictC = "aab".GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
    Console.WriteLine(dictC['a'] + " " + string.Join(",", dictC.Keys) + " " + dictC.ContainsKey('b'));
    Console.WriteLine("abc".ElementAt(1) + " " + "abc".Last() + " " + "abc".FirstOrDefault(ch => ch > 'z') + "|" + (int)"abc".FirstOrDefault(ch => ch > 'z'));
  }
}
