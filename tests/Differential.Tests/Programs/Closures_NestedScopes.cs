using System;
using System.Collections.Generic;
using System.Linq;

class Account
{
    private int balance;
    public Account(int opening) => balance = opening;
    public Func<int, int> Depositor() => amount => balance += amount;
    public Func<int> Reader => () => balance;
    public Action Doubler() { int factor = 2; return () => balance *= factor; }
}

class Program
{
    static Func<int> MakeCounter(int start, int step)
    {
        int current = start;
        return () => { var value = current; current += step; return value; };
    }

    static List<Func<string>> Build()
    {
        var result = new List<Func<string>>();
        string outer = "o";
        for (int i = 0; i < 2; i++)
        {
            string middle = "m" + i;
            foreach (var c in new[] { 'a', 'b' })
            {
                int local = i * 10;
                result.Add(() => outer + middle + c + local++ + i);
            }
        }
        outer = "O";
        return result;
    }

    static void Main()
    {
        var c1 = MakeCounter(0, 1);
        var c2 = MakeCounter(100, -10);
        Console.WriteLine($"{c1()} {c1()} {c2()} {c1()} {c2()}");
        var fs = Build();
        Console.WriteLine(string.Join(" ", fs.Select(f => f())));
        Console.WriteLine(string.Join(" ", fs.Select(f => f())));
        var acct = new Account(10);
        var deposit = acct.Depositor();
        var read = acct.Reader;
        deposit(5);
        acct.Doubler()();
        deposit(1);
        Console.WriteLine(read());
        Func<int, Func<int, Func<int, int>>> add3 = a => b => c => a + b + c;
        var add1 = add3(1);
        var add12 = add1(2);
        Console.WriteLine(add12(3) + " " + add1(10)(20) + " " + add3(100)(0)(0));
        int x = 1;
        Func<int> readX = () => x;
        Action<int> writeX = v => x = v;
        writeX(42);
        Console.WriteLine(x + " " + readX());
        x = 7;
        Console.WriteLine(readX());
        var actions = new Action[3];
        int shared = 0;
        for (int i = 0; i < 3; i++)
        {
            int own = i;
            actions[i] = () => { shared += own; own += 100; Console.Write(own + " "); };
        }
        foreach (var a in actions) a();
        foreach (var a in actions) a();
        Console.WriteLine("shared=" + shared);
        Func<int, int> fib = null!;
        var memo = new Dictionary<int, int>();
        fib = n => n < 2 ? n : memo.TryGetValue(n, out var v) ? v : memo[n] = fib(n - 1) + fib(n - 2);
        Console.WriteLine(fib(40) + " " + memo.Count);
        var adders = Enumerable.Range(1, 3).Select(n => (Func<int, int>)(v => v + n)).ToList();
        Console.WriteLine(adders.Aggregate(0, (acc, f) => f(acc)));
        string Greet(string who)
        {
            string Punct() => who.Length > 3 ? "!" : ".";
            return "hi " + who + Punct();
        }
        Console.WriteLine(Greet("bob") + " " + Greet("alice"));
    }
}
