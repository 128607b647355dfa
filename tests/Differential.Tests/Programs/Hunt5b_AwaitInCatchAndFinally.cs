using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static readonly List<string> log = new();

    static async Task<string> Fetch(string key, int delay)
    {
        log.Add("fetch " + key);
        if (delay > 0) await Task.Delay(delay).ConfigureAwait(false);
        if (key == "bad") throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
        return key.ToUpperInvariant();
    }

    static async Task<string> WithFallback(string key)
    {
        try { return await Fetch(key, 2); }
        catch (KeyNotFoundException e)
        {
            log.Add("catch " + e.Message);
            var fallback = await Fetch("default", 1);
            return "fallback:" + fallback;
        }
        finally
        {
            await Task.Delay(1);
            log.Add("finally " + key);
        }
    }

    static async Task Cleanup(List<string> order)
    {
        try
        {
            order.Add("work");
            await Task.Yield();
            throw new InvalidOperationException("work failed");
        }
        finally
        {
            order.Add("cleanup start");
            await Task.Delay(2);
            order.Add("cleanup end");
        }
    }

    public static async Task Main()
    {
        Console.WriteLine(await WithFallback("ok"));
        Console.WriteLine(await WithFallback("bad"));
        Console.WriteLine(string.Join(" | ", log));
        log.Clear();

        var order = new List<string>();
        try { await Cleanup(order); } catch (InvalidOperationException e) { order.Add("caught " + e.Message); }
        Console.WriteLine(string.Join(" > ", order));

        Task<string> first = Fetch("a", 40), second = Fetch("b", 5);
        Task<string> done = await Task.WhenAny(first, second);
        Console.WriteLine((done == second) + " " + await done + " " + first.IsCompleted);
        Console.WriteLine(await first + " " + first.IsCompletedSuccessfully);
        var failed = Fetch("bad", 0);
        Console.WriteLine(failed.IsFaulted + " " + failed.Exception?.InnerException?.GetType().Name);
        var anyFailed = await Task.WhenAny(failed, Task.Delay(1000));
        Console.WriteLine((anyFailed == failed) + " " + anyFailed.Status);
        try { await anyFailed; } catch (KeyNotFoundException e) { Console.WriteLine("awaited: " + e.Message); }

        Func<int, Task<int>> slowSquare = async n => { await Task.Delay(n); return n * n; };
        var squares = new List<Task<int>>();
        foreach (var n in new[] { 9, 3, 6 }) squares.Add(slowSquare(n));
        int[] results = await Task.WhenAll(squares);
        Console.WriteLine(string.Join(",", results) + " " + squares.TrueForAll(t => t.IsCompleted));
        var tcs = new TaskCompletionSource<int>();
        var consumer = Task.Run(async () => await tcs.Task * 2);
        await Task.Delay(5);
        Console.WriteLine("consumer done before set: " + consumer.IsCompleted);
        tcs.TrySetResult(21);
        Console.WriteLine(await consumer + " " + tcs.Task.Result);
        Console.WriteLine(string.Join(" | ", log));
    }
}
