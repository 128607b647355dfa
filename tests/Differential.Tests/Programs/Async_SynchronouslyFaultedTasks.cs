using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// An async method that throws before it awaits anything returns a faulted task: the exception
// surfaces at the await, not at the call, and a faulted task nobody awaits does no harm.
class Program
{
    static readonly List<string> log = new();

    static async Task<int> Fails(string why)
    {
        log.Add("fails " + why);
        if (why.Length > 0) throw new InvalidOperationException(why);
        return 0;
    }

    static async Task<int> Cached(int value) => value;

    static async Task CatchAtAwait(string label)
    {
        var task = Fails(label);
        log.Add(label + " called, no exception yet");
        try
        {
            await task;
        }
        catch (InvalidOperationException e)
        {
            log.Add(label + " caught " + e.Message);
        }
        log.Add(label + " after catch");
    }

    static async Task<int> FinallyAroundCompletedAwait(string label)
    {
        try
        {
            log.Add(label + " try");
            return await Cached(1);
        }
        finally
        {
            log.Add(label + " finally");
        }
    }

    static async Task<int> FinallyThatSuspends(string label)
    {
        try
        {
            return 5;
        }
        finally
        {
            await Task.Delay(1);
            log.Add(label + " finally after delay");
        }
    }

    static async Task FaultedHelpers(string label)
    {
        try { await Task.FromException(new FormatException("from exception")); }
        catch (FormatException e) { log.Add(label + " caught " + e.Message); }
        try { await Task.WhenAll(Cached(1), Fails("inside WhenAll")); }
        catch (InvalidOperationException e) { log.Add(label + " caught " + e.Message); }
        var source = new TaskCompletionSource<int>();
        source.SetException(new ArgumentException("set"));
        try { await source.Task; }
        catch (ArgumentException e) { log.Add(label + " caught " + e.Message); }
    }

    static async Task Main()
    {
        var t1 = CatchAtAwait("sync fault");
        log.Add("main after sync fault");
        _ = Fails("never awaited");
        log.Add("main after unobserved fault");
        var t2 = FinallyAroundCompletedAwait("guarded");
        log.Add("main after guarded");
        var t3 = FinallyThatSuspends("suspends");
        log.Add("main after suspends");
        var t4 = FaultedHelpers("helpers");
        log.Add("main after helpers");
        await t1;
        log.Add("guarded " + await t2);
        log.Add("suspends " + await t3);
        await t4;
        Console.WriteLine(string.Join("\n", log));
    }
}
