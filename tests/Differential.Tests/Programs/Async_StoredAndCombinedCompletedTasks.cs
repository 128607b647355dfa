using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// Tasks that are already complete when awaited: .NET continues synchronously, so the awaiting
// method runs on before its caller gets control back.
class Program
{
    static readonly List<string> log = new();

    static async Task<int> Cached(int value)
    {
        log.Add("cached " + value);
        return value;
    }

    static async Task AwaitStoredTask(string label)
    {
        log.Add(label + " start");
        var stored = Cached(1);
        log.Add(label + " stored");
        var v = await stored;
        log.Add(label + " got " + v);
    }

    static async Task AwaitWhenAll(string label)
    {
        log.Add(label + " start");
        var all = await Task.WhenAll(Cached(2), Cached(3));
        log.Add(label + " sum " + (all[0] + all[1]));
        await Task.WhenAll(new Task[] { Cached(4), Task.CompletedTask, Task.Delay(0) });
        log.Add(label + " untyped WhenAll done");
    }

    static async Task AwaitWhenAny(string label)
    {
        var a = Cached(5);
        var b = Cached(6);
        var first = await Task.WhenAny(a, b);
        log.Add(label + " first is a: " + (first == a) + ", value " + await first);
    }

    static async Task AwaitLambdas(string label)
    {
        Func<int, Task<int>> twice = async x => x * 2;
        Func<Task> nothing = async () => { log.Add(label + " lambda body"); };
        async Task<string> Local(string s) => s + "!";
        log.Add(label + " twice " + await twice(7));
        await nothing();
        log.Add(label + " local " + await Local("hi"));
    }

    static async Task AwaitCompletionSource(string label)
    {
        var source = new TaskCompletionSource<int>();
        source.SetResult(8);
        log.Add(label + " set");
        log.Add(label + " got " + await source.Task);
    }

    static async Task Main()
    {
        var t1 = AwaitStoredTask("stored");
        log.Add("main after stored");
        var t2 = AwaitWhenAll("all");
        log.Add("main after all");
        var t3 = AwaitWhenAny("any");
        log.Add("main after any");
        var t4 = AwaitLambdas("lambdas");
        log.Add("main after lambdas");
        var t5 = AwaitCompletionSource("tcs");
        log.Add("main after tcs");
        await Task.WhenAll(t1, t2, t3, t4, t5);
        log.Add("same completed task: " + (Task.CompletedTask == Task.CompletedTask));
        Console.WriteLine(string.Join("\n", log));
    }
}
