using System;
using System.Collections.Generic;
using System.Linq;

class Counter
{
    private readonly string name;
    private int count;
    public Counter(string name) => this.name = name;
    public int Increment() => ++count;
    public int Add(int n) => count += n;
    public string Describe() => $"{name}={count}";
    public Func<int> Incrementer() => Increment;
    public Func<string> Describer() => () => Describe() + "!";
    public Action<int> Adder => n => count += n * 10;
    public static string Shout(string s) => s.ToUpper();
}

class Program
{
    static int Twice(Func<int> f) => f() + f();
    static IEnumerable<string> Map(IEnumerable<string> items, Func<string, string> f) { foreach (var i in items) yield return f(i); }

    static void Main()
    {
        var a = new Counter("a");
        var b = new Counter("b");
        Func<int> incA = a.Increment;
        Func<int> incB = b.Incrementer();
        Console.WriteLine(incA() + " " + incA() + " " + incB());
        Console.WriteLine(Twice(a.Increment) + " " + a.Describe());
        Func<int, int> addB = b.Add;
        Console.WriteLine(addB(5) + " " + b.Describe());
        var describe = a.Describer();
        a.Increment();
        Console.WriteLine(describe());
        b.Adder(3);
        Console.WriteLine(b.Describe());
        var counters = new List<Counter> { new("x"), new("y"), new("z") };
        var incrementers = counters.Select(c => (Func<int>)c.Increment).ToList();
        foreach (var inc in incrementers) inc();
        incrementers[1]();
        Console.WriteLine(string.Join(" ", counters.Select(c => c.Describe())));
        Console.WriteLine(string.Join(",", Map(new[] { "p", "q" }, Counter.Shout)));
        Func<string, string> upper = Counter.Shout;
        Func<string, string> chained = s => upper(s) + upper(s.ToLower());
        Console.WriteLine(chained("Mix"));
        Func<Counter, string> open = c => c.Describe();
        Console.WriteLine(string.Join(";", counters.Select(open)));
        var table = new Dictionary<string, Func<int, int>>
        {
            ["a"] = a.Add,
            ["b"] = b.Add,
        };
        table["a"](100);
        table["b"](1000);
        Console.WriteLine(a.Describe() + " " + b.Describe());
        Func<object, string> toStr = o => o.ToString()!;
        Console.WriteLine(toStr(42) + toStr('c') + toStr(true) + toStr(1.5));
        Func<int, int, int> max = Math.Max;
        Func<string, int> parse = int.Parse;
        Func<string, bool> isEmpty = string.IsNullOrEmpty;
        Console.WriteLine(max(3, 9) + parse("33") + " " + isEmpty("") + isEmpty("x"));
        Action<string> print = Console.WriteLine;
        print("printed through a method group");
        Predicate<string> hasDot = s => s.Contains('.');
        Console.WriteLine(new List<string> { "a.b", "c", "d.e" }.FindAll(hasDot).Count);
        Func<int> captured = incA;
        Console.WriteLine(captured() + " " + ReferenceEquals(captured, incA));
    }
}
