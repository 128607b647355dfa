using System;
using System.Collections.Generic;
using System.Linq;
class A { public string Who() => "A"; public virtual string V() => "A.V"; public string Prop => "A.P"; public static string S = "sA"; }
class B : A { public new string Who() => "B"; public new virtual string V() => "B.V"; public new string Prop => "B.P"; }
class C : B { public override string V() => "C.V"; }
public static class Program {
  static string Show<T>(T x) => x!.ToString()!;
  static string Join<T>(IEnumerable<T> xs) => string.Join(",", xs);
  static void Main() {
    A a = new B(); B b = new B(); A ac = new C(); B bc = new C();
    Console.WriteLine(a.Who() + b.Who() + a.V() + b.V() + ac.V() + bc.V() + a.Prop + b.Prop + B.S);
    float f = 0.1f; float[] fs = { 0.1f, 1.5f, 3.3f };
    Console.WriteLine(Show(f) + " " + Join(fs) + " " + string.Join(";", fs) + " " + fs.Sum() + " " + fs.Max() + " " + fs.Average() + " " + new List<float> { 2.2f }[0]);
    Console.WriteLine(string.Join(",", fs.Select(x => x * 2)) + " " + fs.Select(x => (double)x).First() + " " + $"{fs[2]}" + " " + fs[2].ToString("F3") + " " + (fs[0] + fs[2]));
    object of = 0.2f; Console.WriteLine(of + " " + of.Equals(0.2f) + " " + (of is float));
    var d = new Dictionary<string, float> { ["x"] = 1.1f };
    Console.WriteLine(d["x"] + " " + string.Join(",", d) + " " + d.Values.First() + " " + (1.1f).ToString() + " " + (double)1.1f);
    (float, int) t = (0.7f, 1); Console.WriteLine(t + " " + t.Item1);
    Console.WriteLine(fs.OrderByDescending(x => x).First() + " " + fs.Aggregate((x, y) => x + y) + " " + fs.Select(x => x).ToArray()[1]);
    Func<float, float> half = x => x / 3; Console.WriteLine(half(1f));
    var pairs = new List<KeyValuePair<char, float>> { new('a', 0.3f) };
    Console.WriteLine(string.Join(" ", pairs) + " " + pairs[0] + " " + string.Join(",", new Dictionary<DayOfWeek, float> { [DayOfWeek.Friday] = 2.1f }));
    var zipped = fs.Zip(new[] { 'x', 'y', 'z' });
    Console.WriteLine(string.Join(" ", zipped.Select(z => z.First + ":" + z.Second)));
    var (p1, p2) = (0.1f, 'q');
    Console.WriteLine(p1 + " " + p2 + " " + (p1 + 1) + " " + (t.Item1 > 0.5f) + " " + (t == (0.7f, 1)) + " " + (t.Item1 * 2));
    var box = new Box<float>(0.3f);
    Console.WriteLine(box + " " + box.Value + " " + box.Describe() + " " + new Box<double>(0.3).Describe());
  }
}
class Box<T> { public T Value; public Box(T v) { Value = v; } public string Describe() => $"<{Value}>"; public override string ToString() => "Box " + Value; }
