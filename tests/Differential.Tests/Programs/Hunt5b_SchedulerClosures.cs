using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Job
{
    public string Name { get; }
    public int Priority { get; set; }
    public List<string> Deps { get; } = new();
    public Job(string name, int priority = 5, params string[] deps) { Name = name; Priority = priority; Deps.AddRange(deps); }
    public override string ToString() => $"{Name}(p{Priority}:{string.Join("+", Deps)})";
}

public sealed class Scheduler
{
    private readonly Dictionary<string, Job> jobs = new();
    private int ticks;
    public List<Func<string>> Probes { get; } = new();
    public Scheduler Add(Job j) { jobs[j.Name] = j; Probes.Add(() => $"{j.Name}@{ticks}"); return this; }
    public void Tick() => ticks++;
    public Func<int> Counter() { int local = 0; return () => { local += ticks; return local; }; }

    public List<string> Order()
    {
        var done = new HashSet<string>();
        var order = new List<string>();
        void Visit(string n, int depth)
        {
            if (done.Contains(n)) return;
            if (depth > 10) throw new InvalidOperationException("cycle at " + n);
            foreach (var d in jobs[n].Deps.OrderBy(x => x)) Visit(d, depth + 1);
            done.Add(n);
            order.Add(n);
        }
        foreach (var j in jobs.Values.OrderByDescending(j => j.Priority).ThenBy(j => j.Name)) Visit(j.Name, 0);
        return order;
    }
}

public static class Program
{
    static int seq;
    static int Next(string tag) { Console.Write(tag + seq + " "); return seq++; }
    static string Describe(int a, int b = 10, int c = 20, string s = "x") => $"a={a} b={b} c={c} s={s}";
    static int Sum(params int[] xs) => xs.Length == 0 ? -1 : xs.Sum();
    static int Count(params object[] xs) => xs == null ? -100 : xs.Length;
    static ref int Pick(int[] arr, int i) => ref arr[i];
    static void Swap(ref int a, ref int b) { (a, b) = (b, a); }
    static bool TryHalf(int v, out int half) { half = v / 2; return v % 2 == 0; }
    static int Bump(in int v) => v + 1;

    public static void Main()
    {
        var s = new Scheduler();
        s.Add(new Job("build", 7, "fetch", "gen")).Add(new Job("fetch")).Add(new Job("gen", deps: "fetch")).Add(new Job("test", priority: 9, "build"));
        Console.WriteLine(string.Join(" ", s.Order()));
        var c = s.Counter();
        s.Tick(); s.Tick();
        Console.WriteLine(c() + " " + c());
        s.Tick();
        Console.WriteLine(string.Join(",", s.Probes.Select(p => p())));

        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) { int j = i; actions.Add(() => Console.Write($"for:{i}/{j} ")); }
        foreach (var k in new[] { 10, 20, 30 }) actions.Add(() => Console.Write($"each:{k} "));
        int w = 0;
        while (w < 2) { w++; var captured = w * 100; actions.Add(() => Console.Write($"while:{captured}/{w} ")); }
        foreach (var a in actions) a();
        Console.WriteLine();

        var nested = new List<Func<Func<int>>>();
        for (int i = 0; i < 3; i++)
        {
            int outer = i;
            nested.Add(() => { int inner = outer * 10; return () => inner + outer++; });
        }
        foreach (var f in nested) { var g = f(); Console.Write(g() + "," + g() + " "); }
        Console.WriteLine();

        seq = 0;
        Console.WriteLine(Describe(c: Next("c"), a: Next("a")));
        Console.WriteLine(Describe(Next("a"), s: "S" + Next("s"), b: Next("b")));
        Console.WriteLine(Sum() + " " + Sum(5) + " " + Sum(new[] { 1, 2, 3 }) + " " + Sum(1, 2));
        Console.WriteLine(Count() + " " + Count(null) + " " + Count((object)null) + " " + Count(1, "a") + " " + Count(new object[] { 1, 2, 3 }) + " " + Count(new string[] { "p", "q" }));

        var arr = new[] { 1, 2, 3, 4 };
        ref int r = ref Pick(arr, 2);
        r *= 10;
        ref int q = ref arr[0];
        q = 99;
        Swap(ref arr[1], ref arr[3]);
        Console.WriteLine(string.Join(",", arr));
        int x = 5, y = 6;
        Swap(ref x, ref y);
        Console.WriteLine($"{x} {y} {TryHalf(9, out var h1)} {h1} {TryHalf(8, out _)} {Bump(in x)} {Bump(41)}");

        static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
        int Acc(int n) { seq += n; return seq; }
        Console.WriteLine(Fib(15) + " " + Acc(5) + " " + Acc(5));

        var t = (a: 1, b: (c: "x", d: 2.5));
        var t2 = (1, ("x", 2.5));
        Console.WriteLine(t == t2);
        Console.WriteLine(t);
        var dict = new Dictionary<(string, int), string> { [("a", 1)] = "A1", [("b", 2)] = "B2" };
        dict[("a", 1)] = "A1'";
        Console.WriteLine(dict[("a", 1)] + " " + dict.ContainsKey(("b", 2)) + " " + dict.ContainsKey(("b", 3)));
        int m = 1, n = 2;
        (m, n) = (n, m);
        (m, (n, var o)) = (m + 10, (n + 20, "o"));
        Console.WriteLine($"{m} {n} {o}");
        var (p1, p2) = new KeyValuePair<string, int>("k", 3);
        Console.WriteLine(p1 + p2);
        Console.WriteLine((1, "a").Equals((1, "a")) + " " + (1, 2).CompareTo((1, 3)) + " " + (t.b.c, t.Item2.d));
    }
}
