using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Work(string name, int n)
    {
        Console.WriteLine($"{name}: synchronous part runs at once");
        if (n == 0)
        {
            Console.WriteLine($"{name}: completes without awaiting");
            return 0;
        }
        await Task.Yield();
        Console.WriteLine($"{name}: after first await");
        await Task.Delay(n);
        Console.WriteLine($"{name}: after delay {n}");
        return n;
    }

    static async Task Nested(string name)
    {
        Console.WriteLine(name + " outer begin");
        await Inner(name);
        Console.WriteLine(name + " outer end");
    }

    static async Task Inner(string name)
    {
        Console.WriteLine(name + " inner begin (still synchronous)");
        await Task.Delay(1);
        Console.WriteLine(name + " inner after delay");
        Console.WriteLine(name + " inner got " + await Task.FromResult(1));
    }

    static async Task Main()
    {
        Console.WriteLine("main begin");
        var zero = Work("zero", 0);
        Console.WriteLine("zero returned");
        var n = Work("single", 5);
        Console.WriteLine("single returned before its first await finished");
        Console.WriteLine("result " + await n);
        Console.WriteLine("zero result " + await zero);
        var nested = Nested("n");
        Console.WriteLine("nested returned");
        await nested;
        Console.WriteLine("nested awaited");
        Console.WriteLine("sequential:");
        for (int i = 1; i <= 3; i++)
            Console.WriteLine("got " + await Work("seq" + i, i));
        Console.WriteLine("main end");
    }
}
