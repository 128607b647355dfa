using System;
using System.Collections.Generic;
using System.Threading.Tasks;

public static class Program
{
    static readonly List<string> Log = new List<string>();

    static async Task<int> Compute(string name, int delay, int value)
    {
        Log.Add(name + ":start");
        if (delay > 0) await Task.Delay(delay);
        else await Task.Yield();
        Log.Add(name + ":end");
        return value;
    }

    static async Task<int> SyncOnly(int x)
    {
        Log.Add("sync-only " + x);
        return x * 2;
    }

    static async Task Throws(string msg)
    {
        Log.Add("throws:before");
        await Task.Yield();
        throw new InvalidOperationException(msg);
    }

    static async Task ThrowsSync(string msg)
    {
        Log.Add("throws-sync");
        throw new ArgumentException(msg);
    }

    static async Task<string> WithFinally(bool fail)
    {
        try
        {
            Log.Add("try");
            await Task.Delay(1);
            if (fail) throw new FormatException("bad format");
            return "ok";
        }
        finally
        {
            Log.Add("finally fail=" + fail);
        }
    }

    static async Task<int> ReturnFromTryOverriddenByFinally()
    {
        int x = 1;
        try
        {
            await Task.Yield();
            return x;
        }
        finally
        {
            x = 99;
            Log.Add("x set to " + x);
        }
    }

    static void Flush()
    {
        foreach (var l in Log) Console.WriteLine("  " + l);
        Log.Clear();
    }

    public static async Task Main()
    {
        Console.WriteLine("== synchronous part ordering");
        var t = Compute("a", 0, 1);
        Log.Add("after call");
        var r = await t;
        Log.Add("result " + r);
        Flush();

        Console.WriteLine("== sync-only async");
        var s = SyncOnly(21);
        Log.Add("before awaiting sync-only");
        Log.Add("value " + await s);
        Flush();

        Console.WriteLine("== exceptions through await");
        var th = Throws("boom");
        Log.Add("after Throws call");
        try { await th; }
        catch (InvalidOperationException e) { Log.Add("caught " + e.GetType().Name + ": " + e.Message); }
        var ts = ThrowsSync("sync boom");
        Log.Add("sync throws did not throw at the call");
        try { await ts; }
        catch (ArgumentException e) { Log.Add("caught " + e.Message); }
        Flush();

        Console.WriteLine("== try/finally in async returning Task<T>");
        Log.Add(await WithFinally(false));
        try { await WithFinally(true); }
        catch (FormatException e) { Log.Add("caught " + e.Message); }
        Log.Add("returned " + await ReturnFromTryOverriddenByFinally());
        Flush();

        Console.WriteLine("== WhenAll preserves argument order");
        var all = await Task.WhenAll(Compute("slow", 120, 1), Compute("fast", 1, 2), Compute("mid", 60, 3));
        Log.Add(string.Join(",", all));
        Flush();

        Console.WriteLine("== WhenAll with a failure");
        var ok = Compute("ok", 5, 5);
        var bad = Throws("first failure");
        var whenAll = Task.WhenAll(ok, bad);
        try { await whenAll; }
        catch (Exception e) { Log.Add("caught " + e.GetType().Name + " " + e.Message); }
        Log.Add("ok value " + await ok);
        try { await bad; } catch (InvalidOperationException e) { Log.Add("bad again " + e.Message); }
        try { await whenAll; } catch (InvalidOperationException e) { Log.Add("whenAll again " + e.Message); }
        Flush();

        Console.WriteLine("== WhenAny");
        var slow = Compute("w-slow", 100, 10);
        var fast = Compute("w-fast", 5, 20);
        Task<int> winner = await Task.WhenAny(slow, fast);
        Log.Add("winner " + await winner + " is fast " + (winner == fast));
        await slow;
        Flush();

        Console.WriteLine("== FromResult / CompletedTask");
        var fr = Task.FromResult("hello");
        Log.Add("fr " + await fr);
        await Task.CompletedTask;
        Log.Add("after CompletedTask");
        Flush();

        Console.WriteLine("== async lambdas");
        Func<int, Task<int>> square = async n => { await Task.Delay(1); return n * n; };
        Func<Task> act = async () => { Log.Add("lambda body"); await Task.Yield(); Log.Add("lambda after yield"); };
        var sq = await square(7);
        var pending = act();
        Log.Add("after lambda invoked");
        await pending;
        Log.Add("square " + sq);
        var tasks = new List<Task<int>>();
        for (int i = 1; i <= 3; i++)
        {
            int copy = i;
            tasks.Add(square(copy));
        }
        var squares = await Task.WhenAll(tasks);
        Log.Add(string.Join("|", squares));
        Flush();

        Console.WriteLine("== nested awaits and ContinueWith-free chains");
        int total = 0;
        foreach (var n in new[] { 3, 1, 2 })
        {
            total += await Compute("n" + n, n, n);
        }
        Log.Add("total " + total);
        Flush();

        Console.WriteLine("== exception escapes Main after await");
        await Task.Delay(1);
        await Throws("escaped from Main");
    }
}
