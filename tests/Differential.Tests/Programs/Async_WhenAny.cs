using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<string> After(int ms, string value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task Main()
    {
        var slow = After(500, "slow");
        var fast = After(5, "fast");
        var first = await Task.WhenAny(slow, fast);
        Console.WriteLine("first finished: " + await first);
        Console.WriteLine("is fast: " + (first == fast));
        Console.WriteLine("slow eventually: " + await slow);

        var already = Task.FromResult("ready");
        var winner = await Task.WhenAny(After(30, "late"), already);
        Console.WriteLine("completed task wins: " + await winner);

        // Due times far apart: the order must not depend on how long starting the timers took on a busy machine.
        var pending = new List<Task<string>> { After(600, "c"), After(10, "a"), After(300, "b") };
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            Console.WriteLine("done " + await done + ", left " + pending.Count);
        }

        var timeout = Task.Delay(10);
        var work = After(800, "too slow");
        var which = await Task.WhenAny(work, timeout);
        Console.WriteLine(which == timeout ? "timed out" : "finished");
        await work;

        Func<Task<string>> fail = async () => { await Task.Delay(1); throw new FormatException("bad"); };
        var any = await Task.WhenAny(fail());
        Console.WriteLine("WhenAny itself does not throw");
        try
        {
            await any;
        }
        catch (FormatException e)
        {
            Console.WriteLine("awaiting it throws: " + e.Message);
        }
    }
}
