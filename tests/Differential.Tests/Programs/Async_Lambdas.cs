using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class Program
{
    static async Task<TOut> Apply<TIn, TOut>(TIn value, Func<TIn, Task<TOut>> f) => await f(value);

    static async Task Retry(Func<int, Task> action, int times)
    {
        for (int i = 1; i <= times; i++)
        {
            try
            {
                await action(i);
                Console.WriteLine("attempt " + i + " succeeded");
                return;
            }
            catch (TimeoutException e)
            {
                Console.WriteLine("attempt " + i + " failed: " + e.Message);
            }
        }
    }

    static async Task Main()
    {
        Func<int, Task<int>> square = async x => { await Task.Yield(); return x * x; };
        Console.WriteLine(await square(12));
        Func<Task> noResult = async () => { await Task.Delay(1); Console.WriteLine("no-result lambda ran"); };
        await noResult();
        Console.WriteLine(await Apply(5, async n => { await Task.Delay(1); return "n=" + n; }));
        Console.WriteLine(await Apply("abc", s => Task.FromResult(s.Length)));
        await Retry(async attempt =>
        {
            await Task.Delay(1);
            if (attempt < 3) throw new TimeoutException("timeout #" + attempt);
        }, 5);

        int counter = 0;
        var increments = Enumerable.Range(0, 10).Select(async i =>
        {
            await Task.Delay(i % 3);
            counter += i;
        }).ToList();
        await Task.WhenAll(increments);
        Console.WriteLine("counter " + counter);

        var handlers = new Dictionary<string, Func<string, Task<string>>>
        {
            ["upper"] = async s => { await Task.Yield(); return s.ToUpper(); },
            ["reverse"] = s => Task.FromResult(new string(s.Reverse().ToArray())),
        };
        foreach (var (name, handler) in handlers)
            Console.WriteLine(name + ": " + await handler("mirror"));

        async Task<int> LocalAsync(int x)
        {
            await Task.Delay(1);
            return x + 1;
        }
        Console.WriteLine(await LocalAsync(await LocalAsync(1)));
        Func<Task<int>> throwing = async () => { await Task.Yield(); throw new ArgumentException("from async lambda"); };
        try
        {
            await throwing();
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        Action fireAndForget = async () => { await Task.Yield(); };
        fireAndForget();
        Console.WriteLine("done");
    }
}
