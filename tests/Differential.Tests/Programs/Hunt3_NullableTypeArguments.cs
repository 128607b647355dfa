using System;
using System.Collections.Generic;
using System.Linq;
class Cell<T> { public T? Value { get; set; } public bool HasValue => Value is not null; public override string ToString() => HasValue ? $"[{Value}]" : "[]"; }
struct Opt<T> { private readonly T value; public bool Has { get; } public Opt(T v) { value = v; Has = true; } public T Or(T d) => Has ? value : d; public override string ToString() => Has ? "Some(" + value + ")" : "None"; }
public static class Program {
  static T First<T>(IEnumerable<T> xs, T fallback) { foreach (var x in xs) return x; return fallback; }
  static void Swap<T>(ref T a, ref T b) { (a, b) = (b, a); }
  static void Main() {
    var c = new Cell<int>(); var d = new Cell<string>(); var e = new Cell<char> { Value = 'z' }; var f = new Cell<int?>();
    Console.WriteLine(c + " " + c.HasValue + " " + d + " " + e + " " + f + " " + new Cell<double> { Value = 0.5 } + " " + new Cell<DayOfWeek> { Value = DayOfWeek.Sunday });
    Console.WriteLine(new Opt<int>(3) + " " + new Opt<int>() + " " + new Opt<char>('q') + " " + new Opt<string>().Or("dflt") + " " + new Opt<bool>(false).Or(true) + " " + new Opt<long>(5).Or(1) * 2);
    Console.WriteLine(First(new List<char>(), 'x') + " " + First(new[] { 'a' }, 'x') + " " + First(new int[0], -1));
    int a = 1, b = 2; Swap(ref a, ref b); string s1 = "x", s2 = "y"; Swap(ref s1, ref s2); char c1 = 'm', c2 = 'n'; Swap(ref c1, ref c2);
    Console.WriteLine(a + " " + b + " " + s1 + s2 + " " + c1 + c2);
    Q.Run();
    var arr = new[] { 1, 2, 3 }; Swap(ref arr[0], ref arr[2]); Console.WriteLine(string.Join(",", arr));
  }
}

static class Q {
  static T D<T>() => default!;
  static bool Is<T>(object? o) => o is T;
  public static void Run() {
    var a = new int?[2]; a[1] = 5;
    object o = 3; object? n = null;
    Console.WriteLine((a[0] == null) + " " + a[1] + " " + (o as int?) + " " + ((int?)o) + " " + ((int?)n).HasValue + " " + (D<int?>() == null) + " " + D<int?>().HasValue + " " + (D<DayOfWeek?>() == null));
    Console.WriteLine(new List<int?>().FirstOrDefault().HasValue + " " + new List<int?> { 1, null }.Cast<int?>().Count() + " " + Is<int?>(3) + " " + Is<int?>("x") + " " + Is<int?>(null) + " " + new object[] { 1, null, 2 }.OfType<int?>().Count() + " " + string.Join(",", new int?[] { 1, null }.Select(x => x ?? -1)));
    var dict = new Dictionary<string, int?>(); dict.TryGetValue("k", out var v); Console.WriteLine(v.HasValue + " " + (v == null) + " " + dict.GetValueOrDefault("z").HasValue);
  }
}
