using System;
using System.Collections.Generic;
struct S { public double D; public string? N; }
record R(double D);
record struct RS(double D, float F);
public static class Program {
  static void Main() {
    Console.WriteLine(new S { D = double.NaN }.Equals(new S { D = double.NaN }) + " " + new S { D = 0.0 }.Equals(new S { D = -0.0 }));
    Console.WriteLine(new R(double.NaN) == new R(double.NaN));
    Console.WriteLine(new R(double.NaN).Equals(new R(double.NaN)) + " " + (new R(0.0) == new R(-0.0)));
    Console.WriteLine((new RS(double.NaN, float.NaN) == new RS(double.NaN, float.NaN)) + " " + new RS(0, 0).Equals(new RS(-0.0, -0f)));
    Console.WriteLine((double.NaN, 1) == (double.NaN, 1));
    Console.WriteLine((double.NaN, 1).Equals((double.NaN, 1)));
    var set = new HashSet<double> { double.NaN, double.NaN, 0.0, -0.0 };
    Console.WriteLine(set.Count);
    var l = new List<double> { double.NaN }; Console.WriteLine(l.Contains(double.NaN) + " " + l.IndexOf(double.NaN));
    var d = new Dictionary<double, int> { [double.NaN] = 1 }; Console.WriteLine(d.ContainsKey(double.NaN));
    Q.Run();
    Console.WriteLine(EqualityComparer<double>.Default.Equals(double.NaN, double.NaN) + " " + Equals(double.NaN, double.NaN) + " " + ((object)double.NaN).Equals(double.NaN));
  }
}
class Box { public int V; public override bool Equals(object? o) => o is Box b && b.V == V; public override int GetHashCode() => V; }
class Money { public int C; public static bool operator ==(Money a, Money b) => a.C == b.C; public static bool operator !=(Money a, Money b) => !(a == b); public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }
record Rec(int A);
static class Q {
  public static void Run() {
    var b1 = new Box { V = 1 }; var b2 = new Box { V = 1 };
    Console.WriteLine(((b1, 1) == (b2, 1)) + " " + (b1, 1).Equals((b2, 1)) + " " + ((new Money { C = 2 }, "x") == (new Money { C = 2 }, "x")) + " " + ((new Rec(1), 2) == (new Rec(1), 2)));
    Console.WriteLine(((new DateTime(2020, 1, 1), TimeSpan.FromHours(1)) == (new DateTime(2020, 1, 1), TimeSpan.FromMinutes(60))) + " " + ((1, 'c', 2.5f, "s", (3L, true)) == (1, 'c', 2.5f, "s", (3L, true))) + " " + ((1, 2) != (1, 3)) + " " + ((int?)null, 1) .Equals((null, 1)) + " " + (((int?)null, 1) == (null, 1)) + " " + ((1, 2L) == (1L, 2)));
  }
}
