using System;
using System.Collections.Generic;
using System.Linq;
class A { public virtual int X { get; set; } = 5; public virtual string S { get; } = "s"; public static int Y { get; set; } = 3; }
class B : A { public override int X { get; set; } = 7; }

class Acc(string owner, decimalish start)
{
    private readonly List<string> log = [];
    public string Owner => owner;
    public int Bump() => start.V += 1;
    public void Rename(string n) { owner = n; log.Add("renamed " + n); }
    public override string ToString() => $"{owner}:{start.V}:{log.Count}";
}
class decimalish { public int V; }
struct SP(int x, int y) { public int Sum => x + y; public void Inc() => x++; public int X => x; }
class Temp
{
    public int Celsius { get; set { field = value < -273 ? -273 : value; } }
    public string Name { get => field ?? "unnamed"; set; }
}
class Counted { public int Hits { get => field * 10; set; } = 2; }
class Node { public Node? Next; public int V; }
static class Ext
{
    public static bool IsShout(this string s) => s.Length > 0 && s == s.ToUpperInvariant();
    public static string Twice(this string s) => s + s;
}
public static class Program {
  static int Sum(params IEnumerable<int> xs) => xs.Sum();
  static string Cat(params ReadOnlySpan<string> xs) { var r = ""; foreach (var x in xs) r += x; return r; }
  static void Main() {
    var a = new Acc("ann", new decimalish { V = 5 });
    a.Bump(); a.Rename("bob"); a.Bump();
    Console.WriteLine(a + " " + a.Owner);
    var sp = new SP(1, 2); sp.Inc(); var sp2 = sp; sp2.Inc();
    Console.WriteLine(sp.Sum + " " + sp2.Sum + " " + sp.X);
    int[] x1 = [1, 2], x2 = [3];
    int[] all = [..x1, ..x2, 4];
    List<int> l = [..all.Where(v => v > 1)];
    Console.WriteLine(string.Join(",", all) + " " + string.Join(",", l) + " " + Sum(1, 2, 3) + " " + Sum() + " " + Cat("a", "b"));
    var t = new Temp { Celsius = -500 };
    Console.WriteLine(t.Celsius + " " + t.Name);
    Console.WriteLine("HEY".IsShout() + " " + "ab".Twice());
    Node? n = null;
    n?.V = 5;
    var m = new Node();
    m?.V = 7;
    Console.WriteLine(m.V);
    var va = new A(); var vb = new B(); A vab = vb;
    Console.WriteLine(va.X + " " + va.S + " " + vb.X + " " + vab.X + " " + A.Y + " " + vb.S);
    vab.X = 9;
    Console.WriteLine(vb.X + " " + ((A)vb).X);
    var t2 = new Temp { Name = "lab" };
    t2.Celsius = 25;
    Console.WriteLine(t2.Celsius + " " + t2.Name + " " + new Counted().Hits + " " + new Counted { Hits = 4 }.Hits);
    var raw = """
      {"a": 1}
        indented
      """;
    Console.WriteLine(raw);
    var name = "x";
    Console.WriteLine($$"""{"{{name}}": {{1 + 1}} }""");
  }
}
