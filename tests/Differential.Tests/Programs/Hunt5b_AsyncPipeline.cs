using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

public sealed class StageFailed : Exception
{
    public string Stage { get; }
    public StageFailed(string stage, Exception inner) : base("stage " + stage + " failed", inner) { Stage = stage; }
}

public static class Extensions
{
    public static async Task<int> ContinueFault(this Task<int> t, string tag)
    {
        var v = await t;
        throw new InvalidOperationException(tag + v);
    }
}

public static class Program
{
    static readonly List<string> log = new();
    static void L(string s) { log.Add(s); Console.WriteLine(s); }

    static async Task<int> Parse(string s)
    {
        L("parse start " + s);
        if (s.Length > 3) await Task.Delay(5);
        else await Task.CompletedTask;
        L("parse end " + s);
        return int.Parse(s);
    }

    static async Task<int> Stage(string name, Func<Task<int>> body)
    {
        try { return await body(); }
        catch (FormatException e) { throw new StageFailed(name, e); }
        finally { L("finally " + name); }
    }

    static async Task<string> Cached(Dictionary<string, string> cache, string key)
    {
        if (cache.TryGetValue(key, out var v)) return v;
        await Task.Yield();
        return cache[key] = key.ToUpperInvariant();
    }

    static async Task Inner(int depth)
    {
        if (depth == 0) { await Task.Delay(1); throw new InvalidOperationException("deep"); }
        try { await Inner(depth - 1); }
        finally { L("unwind " + depth); }
    }

    static async void Fire(string tag) { L("fire " + tag); await Task.Yield(); L("fired " + tag); }

    public static async Task Main()
    {
        var t1 = Parse("12");
        L("after call 12");
        var t2 = Parse("1234");
        L("after call 1234");
        L("sum " + (await t1 + await t2));

        try { await Stage("s1", () => Parse("x")); }
        catch (StageFailed e) { L(e.Message + " / " + e.Stage + " / " + e.InnerException!.GetType().Name); }

        var cache = new Dictionary<string, string>();
        L(await Cached(cache, "ab") + await Cached(cache, "ab") + cache.Count);

        try { await Inner(2); } catch (InvalidOperationException e) { L("caught " + e.Message); }

        var faults = new[] { Task.FromException<int>(new ArgumentException("a1")), Task.FromResult(2), Task.FromException<int>(new FormatException("f2")) };
        var all = Task.WhenAll(faults);
        try { await all; } catch (Exception e) { L("whenall " + e.GetType().Name + " " + e.Message + " " + all.Exception!.InnerExceptions.Count + " " + all.IsFaulted); }
        async Task<int> After(int ms, int v) { await Task.Delay(ms); return v; }
        var slow = After(60, 1);
        var winner = await Task.WhenAny(slow, After(5, 2));
        L("winner " + await winner + " " + slow.IsCompleted + " " + slow.Status + " " + winner.Status + " " + winner.Result);
        var delay = Task.Delay(10);
        L("delay " + delay.IsCompleted + " " + delay.Status);
        await delay;
        L("delay " + delay.IsCompleted + " " + delay.Status + " " + delay.IsCompletedSuccessfully + " " + (delay.Exception == null));
        var canceled = new TaskCompletionSource<int>();
        canceled.SetCanceled();
        L("canceled " + canceled.Task.Status + " " + canceled.Task.IsCanceled + " " + canceled.Task.IsFaulted + " " + canceled.Task.IsCompleted);
        try { await canceled.Task; } catch (OperationCanceledException e) { L("cancel " + e.GetType().Name + " " + e.Message); }
        try { _ = canceled.Task.Result; } catch (AggregateException e) { L("cancel result " + e.Message + " " + e.InnerException!.GetType().Name); }
        var boom = Task.FromException<int>(new FormatException("fmt"));
        try { _ = boom.Result; } catch (AggregateException e) { L("result " + e.Message + " " + (e == boom.Exception) + " " + e.InnerExceptions.Count); }
        var twoFail = Task.WhenAll(After(1, 1).ContinueFault("x"), After(3, 2).ContinueFault("y"));
        try { await twoFail; } catch (Exception e) { L("two " + e.Message + " " + twoFail.Exception!.InnerExceptions.Count + " " + twoFail.Exception.Message); }

        Func<int, Task<int>> twice = async x => { await Task.Yield(); return x * 2; };
        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(twice));
        L(string.Join(",", results));

        var tcs = new TaskCompletionSource<string>();
        var waiter = Task.Run(async () => { var s = await tcs.Task; L("got " + s); return s.Length; });
        L("before set");
        await Task.Delay(1);
        tcs.SetResult("hello");
        L("len " + await waiter + " " + tcs.Task.IsCompleted + " " + tcs.TrySetResult("again"));

        Fire("x");
        L("after fire");
        await Task.Delay(5);
        var r = await Task.Run(() => 42).ConfigureAwait(false);
        L("run " + r);
        Task<int> failing = Task.Run(new Func<int>(() => throw new NotSupportedException("nope")));
        try { await failing; } catch (NotSupportedException e) { L("run fault " + e.Message + " " + failing.Status); }
        L("status " + Task.CompletedTask.Status + " " + Task.FromResult(1).Result + " " + t1.IsCompletedSuccessfully);
        L("lines " + log.Count);
    }
}
