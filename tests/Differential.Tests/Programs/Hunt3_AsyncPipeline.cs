using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public sealed class StageException : Exception
{
    public string Stage { get; }
    public StageException(string stage, string message) : base(message) { Stage = stage; }
}

public interface IStage
{
    string Name { get; }
    Task<int> RunAsync(int input);
    string Describe() => $"stage {Name}";
}

public sealed class Doubler : IStage
{
    public string Name => "double";
    public async Task<int> RunAsync(int input) { await Task.Delay(1); return input * 2; }
}

public sealed class Checker : IStage
{
    public string Name => "check";
    public string Describe() => "the checker";
    public async Task<int> RunAsync(int input)
    {
        await Task.Yield();
        if (input % 3 == 0) throw new StageException(Name, $"{input} is divisible by 3");
        return input;
    }
}

public sealed class Cached : IStage
{
    private readonly Dictionary<int, int> memo = new();
    public string Name => "cached";
    public Task<int> RunAsync(int input)
    {
        if (memo.TryGetValue(input, out var hit)) return Task.FromResult(hit);
        return Compute(input);
    }
    private async Task<int> Compute(int input)
    {
        await Task.Delay(2);
        memo[input] = input + 1000;
        return memo[input];
    }
}

public static class Program
{
    static readonly List<string> log = new();

    static async Task<int> Pipeline(IEnumerable<IStage> stages, int value)
    {
        foreach (var s in stages)
        {
            try { value = await s.RunAsync(value); }
            catch (StageException e) when (e.Stage == "check")
            {
                log.Add($"{value}: {e.Message}");
                return -value;
            }
            finally { log.Add($"after {s.Name} v={value}"); }
        }
        return value;
    }

    static async Task<string> Slow(string name, int ms, bool fail = false)
    {
        await Task.Delay(ms);
        if (fail) throw new InvalidOperationException(name + " failed");
        return name;
    }

    public static async Task Main()
    {
        IStage[] stages = { new Doubler(), new Checker(), new Cached() };
        foreach (var s in stages) Console.WriteLine(s.Describe());
        var results = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => Pipeline(stages, i)));
        Console.WriteLine(string.Join(",", results));
        log.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" | ", log));

        var cache = new Cached();
        var a = await cache.RunAsync(1);
        var t = cache.RunAsync(1);
        Console.WriteLine(a + " " + await t);

        var winner = await Task.WhenAny(Slow("slow", 400), Slow("fast", 20));
        Console.WriteLine("winner " + await winner);

        var all = Task.WhenAll(Slow("a", 10), Slow("b", 60, fail: true), Slow("c", 5, fail: true));
        try { await all; }
        catch (Exception e)
        {
            Console.WriteLine($"caught {e.GetType().Name}: {e.Message}");
        }

        var tcs = new TaskCompletionSource<string>();
        var waiter = Wait(tcs.Task);
        Console.WriteLine("before set");
        tcs.SetResult("released");
        Console.WriteLine(await waiter);
        Console.WriteLine(tcs.TrySetResult("again"));

        var failing = new TaskCompletionSource<int>();
        failing.SetException(new TimeoutException("too slow"));
        try { await failing.Task; } catch (TimeoutException e) { Console.WriteLine("timeout: " + e.Message); }

        Func<int, Task<int>> square = async x => { await Task.Delay(1); return x * x; };
        int total = 0;
        foreach (var n in new[] { 1, 2, 3 }) total += await square(n);
        Console.WriteLine("total " + total);

        try { await ThrowsInFinally(); } catch (Exception e) { Console.WriteLine("finally threw: " + e.Message); }
        Console.WriteLine(await AwaitInCatch());
        var sequence = new List<string>();
        var t1 = Track(sequence, "one", 30);
        var t2 = Track(sequence, "two", 1);
        sequence.Add("sync part done");
        await Task.WhenAll(t1, t2);
        Console.WriteLine(string.Join(" > ", sequence));
        var empty = await Task.WhenAll(new Task<int>[0]);
        Console.WriteLine("empty " + empty.Length);
        var r = await Task.Run(() => 41 + 1);
        Console.WriteLine("run " + r);
        await Task.Run(async () => { await Task.Delay(1); Console.WriteLine("run async lambda"); });
    }

    static async Task<string> Wait(Task<string> t) { var v = await t; Console.WriteLine("waiter resumed"); return "got " + v; }

    static async Task ThrowsInFinally()
    {
        try { await Task.Delay(1); throw new ArgumentException("original"); }
        finally { await Task.Delay(1); throw new InvalidOperationException("from finally"); }
    }

    static async Task<string> AwaitInCatch()
    {
        try { await Slow("x", 1, fail: true); return "no"; }
        catch (InvalidOperationException e) { await Task.Delay(1); return "recovered from " + e.Message; }
    }

    static async Task Track(List<string> seq, string name, int ms)
    {
        seq.Add(name + " start");
        await Task.Delay(ms);
        seq.Add(name + " end");
    }
}
