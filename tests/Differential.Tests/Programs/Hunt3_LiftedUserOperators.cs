using System;
struct P {
  public int X;
  public P(int x) { X = x; }
  public static P operator +(P a, P b) => new P(a.X + b.X);
  public static P operator -(P a) => new P(-a.X);
  public static bool operator ==(P a, P b) => a.X == b.X;
  public static bool operator !=(P a, P b) => a.X != b.X;
  public static bool operator <(P a, P b) => a.X < b.X;
  public static bool operator >(P a, P b) => a.X > b.X;
  public static P operator ++(P a) => new P(a.X + 1);
  public override bool Equals(object? o) => o is P p && p.X == X;
  public override int GetHashCode() => X;
  public override string ToString() => "P" + X;
}
public static class Program {
  static void Main() {
    P? n = null, a = new P(1), b = new P(1);
    Console.WriteLine((n == null) + " " + (n != null) + " " + (a == b) + " " + (a != b) + " " + (a == n) + " " + (n == n) + " " + (a != n));
    Console.WriteLine((a + b) + "|" + (a + n) + "|" + (-a) + "|" + (-n) + "|" + (a < b) + " " + (n < a) + " " + (a > n));
    a += b; Console.WriteLine(a);
    a += n; Console.WriteLine(a.HasValue);
    b++; Console.WriteLine(b);
    n++; Console.WriteLine(n.HasValue);
    P c = new P(5); P? d = c;
    Console.WriteLine(d == c);
  }
}
