using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public static class Program
{
    sealed class Resource : IDisposable, IAsyncDisposable
    {
        private readonly string name;
        public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
        public void Dispose() => Console.WriteLine("dispose " + name);
        public async ValueTask DisposeAsync() { await Task.Yield(); Console.WriteLine("dispose async " + name); }
    }

    static async Task<int> Retry(Func<int, Task<int>> attempt, int times)
    {
        for (int i = 1; ; i++)
        {
            try
            {
                return await attempt(i);
            }
            catch (InvalidOperationException e) when (i < times)
            {
                Console.WriteLine($"attempt {i} failed: {e.Message}");
            }
        }
    }

    static async Task<string> Fetch(string key, Dictionary<string, string> cache)
    {
        if (cache.TryGetValue(key, out var hit)) return "cached " + hit;
        await Task.Delay(2);
        cache[key] = key.ToUpperInvariant();
        return "fetched " + cache[key];
    }

    static int counter;
    static async void FireAndForget(string tag)
    {
        Console.WriteLine("ff start " + tag);
        await Task.Delay(5);
        counter++;
        Console.WriteLine("ff end " + tag);
    }

    static async ValueTask<int> ValueAsync(int x)
    {
        if (x < 0) return -x;
        await Task.Yield();
        return x * 3;
    }

    public static async Task Main()
    {
        Console.WriteLine("== await using");
        await using (var r = new Resource("async"))
        {
            await Task.Delay(1);
            Console.WriteLine("inside");
        }
        using (var r2 = new Resource("sync")) { await Task.Yield(); Console.WriteLine("inside sync"); }

        Console.WriteLine("== retry with exception filter");
        var result = await Retry(async n =>
        {
            await Task.Delay(1);
            if (n < 3) throw new InvalidOperationException("try " + n);
            return n * 100;
        }, 5);
        Console.WriteLine("result " + result);
        try
        {
            await Retry(async n => { await Task.Yield(); throw new InvalidOperationException("always " + n); }, 2);
        }
        catch (InvalidOperationException e) { Console.WriteLine("gave up: " + e.Message); }

        Console.WriteLine("== cache and WhenAll of a Select");
        var cache = new Dictionary<string, string>();
        var keys = new[] { "b", "a", "b", "c" };
        foreach (var k in keys) Console.WriteLine(await Fetch(k, cache));
        var results = await Task.WhenAll(keys.Select(k => Fetch(k + k, cache)));
        Console.WriteLine(string.Join(" | ", results));
        Console.WriteLine(string.Join(",", cache.Keys.OrderBy(k => k, StringComparer.Ordinal)));

        Console.WriteLine("== async void runs its synchronous part at the call");
        FireAndForget("x");
        Console.WriteLine("after ff, counter " + counter);
        await Task.Delay(40);
        Console.WriteLine("later, counter " + counter);

        Console.WriteLine("== ValueTask");
        Console.WriteLine(await ValueAsync(-4) + " " + await ValueAsync(5));

        Console.WriteLine("== exceptions of several tasks: await rethrows the first");
        async Task Fail(string m, int delay) { await Task.Delay(delay); throw new ArgumentException(m); }
        var t1 = Fail("second by time", 80);
        var t2 = Fail("first by time", 1);
        try { await Task.WhenAll(t1, t2); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }

        async Task<int> FailT(string m, int delay) { await Task.Delay(delay); throw new ArgumentException(m); }
        try { await Task.WhenAll(FailT("generic second by time", 80), FailT("generic first by time", 1)); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        try { await Task.WhenAll(new List<Task> { Fail("list second by time", 80), Fail("list first by time", 1) }); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        try { await Task.WhenAll(new List<Task<int>> { FailT("generic list second by time", 80), FailT("generic list first by time", 1) }); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        var failedEarly = Fail("already failed", 0);
        await Task.Delay(10);
        try { await Task.WhenAll(Fail("fails later", 30), failedEarly); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine("== WhenAny on a completed task");
        var done = Task.FromResult(7);
        async Task<int> Later() { await Task.Delay(50); return 8; }
        var never = Later();
        var first = await Task.WhenAny(never, done);
        Console.WriteLine("first " + await first + " " + (first == done));
        await never;

        Console.WriteLine("== local async function and closure over loop");
        var log = new List<string>();
        async Task Step(int i) { log.Add("s" + i); await Task.Delay(90 - i * 40); log.Add("e" + i); }
        var steps = new List<Task>();
        for (int i = 0; i < 3; i++) steps.Add(Step(i));
        await Task.WhenAll(steps);
        // the order of the ends is the timers' business (the .NET harness has been seen to reorder them): sorted
        Console.WriteLine(string.Join(" ", log.Where(x => x[0] == 's')) + " | " + string.Join(" ", log.Where(x => x[0] == 'e').OrderBy(x => x, StringComparer.Ordinal)));

        Console.WriteLine("== exception from a finally-protected async path escapes Main");
        try
        {
            await Fail("inner", 1);
        }
        finally
        {
            Console.WriteLine("main finally");
        }
    }
}
