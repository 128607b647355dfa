using System;
using System.Collections.Generic;
using System.Linq;

public delegate int BinOp(int a, int b);
public delegate void Notify(string msg);

public sealed class Button
{
    private readonly List<Action<string>> handlers = new();
    public string Label { get; }
    public Button(string label) { Label = label; }
    public void OnClick(Action<string> h) => handlers.Add(h);
    public void Click() { foreach (var h in handlers) h(Label); }
}

public sealed class Counter
{
    private int count;
    public Func<int> Next => () => ++count;
    public Func<int> Peek => () => count;
    public int Add(int x) => count += x;
}

public static class Program
{
    static Func<int, int> Compose(params Func<int, int>[] fs) => x => fs.Aggregate(x, (acc, f) => f(acc));
    static Func<T, TR> Memo<T, TR>(Func<T, TR> f, List<string> log) where T : notnull
    {
        var cache = new Dictionary<T, TR>();
        return x =>
        {
            if (cache.TryGetValue(x, out var v)) { log.Add("hit " + x); return v; }
            log.Add("miss " + x);
            return cache[x] = f(x);
        };
    }
    static int Apply(BinOp op, int a, int b) => op(a, b);
    static int Twice(Func<int, int> f, int x) => f(f(x));
    static IEnumerable<Func<int>> MakeGenerators()
    {
        for (int i = 0; i < 3; i++) { int j = i; yield return () => j * 10 + i; }
    }

    public static void Main()
    {
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++) actions.Add(() => Console.Write(i + " "));
        foreach (var a in actions) a();
        Console.WriteLine();
        actions.Clear();
        foreach (var i in new[] { 1, 2, 3 }) actions.Add(() => Console.Write(i + " "));
        foreach (var a in actions) a();
        Console.WriteLine();
        actions.Clear();
        int k = 0;
        while (k < 3) { var captured = k; actions.Add(() => Console.Write(captured + "/" + k + " ")); k++; }
        foreach (var a in actions) a();
        Console.WriteLine();
        Console.WriteLine(string.Join(",", MakeGenerators().Select(g => g())) + " | " + string.Join(",", MakeGenerators().ToList().Select(g => g())));
        var counter = new Counter();
        var next = counter.Next;
        next(); next();
        counter.Add(10);
        Console.WriteLine(next() + " " + counter.Peek() + " " + new Counter().Next());
        var inc = Compose(x => x + 1, x => x * 3, x => x - 2);
        Console.WriteLine(inc(5) + " " + Compose()(7) + " " + Twice(x => x * x, 3) + " " + Twice(inc, 1));
        BinOp add = (a, b) => a + b;
        BinOp mul = delegate (int a, int b) { return a * b; };
        BinOp max = Math.Max;
        Console.WriteLine(Apply(add, 3, 4) + " " + Apply(mul, 3, 4) + " " + Apply(max, 3, 4) + " " + add.Invoke(1, 1) + " " + (add == add));
        var log = new List<string>();
        Func<int, long> fib = null!;
        fib = Memo<int, long>(n => n < 2 ? n : fib(n - 1) + fib(n - 2), log);
        Console.WriteLine(fib(30) + " " + log.Count(l => l.StartsWith("miss")) + " " + log.Count(l => l.StartsWith("hit")));
        var buttons = new[] { new Button("ok"), new Button("cancel") };
        var clicks = new List<string>();
        foreach (var b in buttons)
        {
            b.OnClick(l => clicks.Add("1:" + l));
            b.OnClick(l => clicks.Add("2:" + l.ToUpper() + ":" + b.Label.Length));
        }
        buttons[1].Click(); buttons[0].Click();
        Console.WriteLine(string.Join(" ", clicks));
        Notify? notify = null;
        notify?.Invoke("nobody");
        notify = m => Console.WriteLine("notified " + m);
        notify("x");
        Func<string, string> upper = string.Concat;
        Func<string, int> len = s => s.Length;
        Func<object, string> str = o => o.ToString()!;
        Func<string, object> covariant = upper;
        Action<object> printObj = o => Console.Write("[" + o + "]");
        Action<string> printStr = printObj;
        printStr("contra");
        Console.WriteLine(" " + covariant("co") + " " + len("four") + " " + str(3.0));
        int total = 0;
        void AddTo(int x) => total += x;
        Enumerable.Range(1, 4).ToList().ForEach(AddTo);
        static int Sq(int x) => x * x;
        Console.WriteLine(total + " " + string.Join(",", new[] { 1, 2, 3 }.Select(Sq)));
        Func<int, Func<int, int>> adder = x => y => x + y;
        var add5 = adder(5);
        Console.WriteLine(add5(1) + " " + adder(10)(-3));
        var fs = new Func<double, double>[] { Math.Sqrt, Math.Abs, d => -d, Math.Floor };
        Console.WriteLine(string.Join(" ", fs.Select(f => f(-2.25 * -2.25))));
        Predicate<int> isEven = x => x % 2 == 0;
        Converter<int, string> conv = x => "#" + x;
        Comparison<string> byLen = (a, b) => a.Length - b.Length;
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLen);
        Console.WriteLine(string.Join(",", words) + " " + new List<int> { 1, 2, 3, 4 }.FindAll(isEven).Count + " " + string.Join(",", new List<int> { 1, 2 }.ConvertAll(conv)) + " " + Array.TrueForAll(new[] { 2, 4 }, isEven));
        Func<int> thrower = () => throw new InvalidOperationException("lazy");
        try { thrower(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Action<int>[] table = new Action<int>[3];
        for (var i = 0; i < table.Length; i++) table[i] = x => Console.Write(x * i + ";");
        foreach (var t in table) t(2);
        Console.WriteLine();
        var outer = 1;
        Func<int> f1 = () => outer;
        outer = 2;
        Func<int> f2 = () => outer * 10;
        outer = 3;
        Console.WriteLine(f1() + " " + f2());
    }
}
