using System;
using System.Threading.Tasks;

class Program
{
    static Task<int> Immediate(int x) => Task.FromResult(x * 2);

    static async Task<int> Chain(int depth)
    {
        if (depth == 0) return 0;
        await Task.Yield();
        return 1 + await Chain(depth - 1);
    }

    static async Task<string> Accumulate()
    {
        string s = "";
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(1);
            s += i;
            await Task.Yield();
            s += ",";
        }
        return s;
    }

    static async Task Main()
    {
        Console.WriteLine(await Immediate(21));
        Task<int> t = Immediate(5);
        Console.WriteLine("awaited twice: " + await t + " " + await t);
        await Task.CompletedTask;
        Console.WriteLine("awaited CompletedTask");
        Console.WriteLine(await Chain(50));
        Console.WriteLine(await Accumulate());
        await Task.Delay(0);
        Console.WriteLine("delay 0 done");
        await Task.Delay(TimeSpan.FromMilliseconds(3));
        Console.WriteLine("delay timespan done");
        var order = "";
        async Task Mark(int ms, string what) { await Task.Delay(ms); order += what; }
        await Task.WhenAll(Mark(600, "a"), Mark(1, "b"), Mark(300, "c"));
        Console.WriteLine("order " + order);
        Task<string> str = Task.FromResult<string>("typed");
        Console.WriteLine(await str);
        Task<Task<int>> wrapped = Task.FromResult(Immediate(4));
        Console.WriteLine(await await wrapped);
    }
}
