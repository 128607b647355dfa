using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    delegate int BinaryOp(int a, int b);
    delegate string Formatter<T>(T value);

    static int Apply(BinaryOp op, int a, int b) => op(a, b);
    static Func<T, TResult> Memoize<T, TResult>(Func<T, TResult> f) where T : notnull
    {
        var cache = new Dictionary<T, TResult>();
        return x =>
        {
            if (!cache.TryGetValue(x, out var y))
            {
                y = f(x);
                cache[x] = y;
                Console.WriteLine("  computed " + x);
            }
            return y;
        };
    }
    static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) => x => g(f(x));
    static int Add(int a, int b) => a + b;
    static int Twice(int x) => x * 2;

    static void Main()
    {
        Func<int, int> inc = x => x + 1;
        Func<int, int, int> mul = (a, b) => a * b;
        Func<string> hello = () => "hello";
        Action<string> print = s => Console.WriteLine("print: " + s);
        Action nothing = () => { };
        Predicate<int> isEven = v => v % 2 == 0;
        Comparison<string> byLength = (a, b) => a.Length.CompareTo(b.Length);
        print(hello());
        nothing();
        Console.WriteLine(inc(41) + " " + mul(6, 7) + " " + isEven(4) + " " + isEven(5));
        Console.WriteLine(Apply((a, b) => a - b, 10, 3) + " " + Apply(Add, 1, 2));
        BinaryOp op = Add;
        Console.WriteLine(op(20, 22));
        Formatter<double> fmt = d => d.ToString("F2");
        Console.WriteLine(fmt(Math.PI));
        var words = new List<string> { "ccc", "a", "bb", "dddd" };
        words.Sort(byLength);
        Console.WriteLine(string.Join(",", words));
        Console.WriteLine(words.FindAll(w => w.Length > 1).Count + " " + words.Find(w => w.StartsWith("b")) + " " + words.Exists(w => w == "zz"));
        Console.WriteLine(words.TrueForAll(w => w.Length < 5) + " " + words.FindIndex(w => w.Length == 3) + " " + words.RemoveAll(w => w.Length % 2 == 0));
        Console.WriteLine(string.Join(",", words));
        var slowSquare = Memoize<int, long>(x => (long)x * x);
        Console.WriteLine(slowSquare(9) + slowSquare(9) + slowSquare(10));
        var pipeline = Compose<int, int, string>(Twice, x => "<" + x + ">");
        Console.WriteLine(pipeline(21));
        Func<int, Func<int, Func<int, int>>> curried = a => b => c => a * 100 + b * 10 + c;
        Console.WriteLine(curried(1)(2)(3));
        var ops = new Dictionary<string, Func<double, double, double>>
        {
            ["+"] = (a, b) => a + b,
            ["-"] = (a, b) => a - b,
            ["*"] = (a, b) => a * b,
            ["/"] = (a, b) => a / b,
        };
        foreach (var kv in ops) Console.Write($"7{kv.Key}2={kv.Value(7, 2)} ");
        Console.WriteLine();
        Func<int, bool> between = x => x is >= 3 and <= 6;
        Console.WriteLine(string.Join(",", Enumerable.Range(0, 10).Where(between)));
        Func<int, int> fact = null!;
        fact = v => v <= 1 ? 1 : v * fact(v - 1);
        Console.WriteLine(fact(10));
        Action<int> countdown = null!;
        countdown = v => { Console.Write(v + " "); if (v > 0) countdown(v - 1); };
        countdown(3);
        Console.WriteLine();
        Func<int, int> staticLambda = static x => x * 3;
        Console.WriteLine(staticLambda(5));
        Func<object, string> describe = o => o switch { int i => "int" + i, string s => "str" + s, _ => "?" };
        Console.WriteLine(describe(3) + describe("x") + describe(1.5));
        Console.WriteLine(((Func<int>)(() => 42))());
        Converter<int, string> conv = i => "#" + i;
        Console.WriteLine(string.Join(" ", Array.ConvertAll(new[] { 1, 2 }, conv)));
        Console.WriteLine(inc.Invoke(1));
    }
}
