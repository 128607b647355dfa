using System;
using System.Collections.Generic;

interface IBump { void Bump(); int N { get; } }
struct Counter : IBump
{
    public int N { get; private set; }
    public int Step = 1;
    public Counter() { N = 10; }
    public Counter(int n) { N = n; }
    public void Bump() => N += Step;
    public void Reset() { N = 0; }
    public override string ToString() => $"C({N},{Step})";
}

class Program
{
    static int Read(in Counter c) => c.N;
    static void BumpRef(ref Counter c) => c.Bump();
    static void BumpCopy(Counter c) => c.Bump();

    static void Main()
    {
        var a = new Counter();
        var d = default(Counter);
        Console.WriteLine(a + " " + d + " " + new Counter(5));
        IBump boxed = a;
        boxed.Bump(); boxed.Bump();
        ((IBump)a).Bump();
        Console.WriteLine(a.N + " " + boxed.N);
        BumpRef(ref a); BumpCopy(a);
        Console.WriteLine(a.N + " " + Read(a));
        a.Reset();
        Console.WriteLine(a);
        Action inc = () => a.Bump();
        inc(); inc();
        Console.WriteLine(a.N);
        var arr = new Counter[] { new(1), new(2) };
        foreach (var c in arr) c.Bump();
        for (int i = 0; i < arr.Length; i++) arr[i].Bump();
        Console.WriteLine(arr[0] + " " + arr[1]);
        var dict = new Dictionary<string, Counter> { ["x"] = new(3) };
        var got = dict["x"]; got.Bump();
        Console.WriteLine(dict["x"] + " " + got);
        object o = arr[0];
        var back = (Counter)o; back.Bump();
        Console.WriteLine(o + " " + back + " " + o.Equals(arr[0]) + " " + arr[0].Equals(new Counter(2)));
        (Counter, int) tup = (new Counter(7), 1);
        var tup2 = tup; tup2.Item1.Bump();
        Console.WriteLine(tup.Item1 + " " + tup2.Item1);
        var t1 = (1, "a"); var t2 = t1; t2.Item1 = 5;
        var pts = new List<(int X, int Y)> { (1, 2) };
        var first = pts[0]; first.X = 100;
        (int A, int B) named = (3, 4); var alias = named; alias.A++;
        Console.WriteLine(t1 + " " + t2 + " " + pts[0] + " " + first + " " + named + " " + alias);
        Counter? maybe = new Counter(9);
        Console.WriteLine(maybe.Value.N + " " + (maybe?.N ?? -1) + " " + maybe);
    }
}
