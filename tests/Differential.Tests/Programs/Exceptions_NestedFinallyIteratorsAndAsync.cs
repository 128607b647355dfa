using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

class ValidationException : ArgumentException
{
    public string Field { get; }
    public ValidationException(string field, string message) : base(message, field) { Field = field; }
}

class RetryException : Exception
{
    public int Attempt { get; }
    public RetryException(int attempt, Exception inner) : base($"attempt {attempt} failed", inner) { Attempt = attempt; }
}

class Program
{
    static readonly List<string> log = new();

    static int Nested(int mode)
    {
        try
        {
            try
            {
                log.Add("inner try " + mode);
                if (mode == 1) throw new InvalidOperationException("mode1");
                if (mode == 2) return 20;
                if (mode == 3) { int[] a = new int[1]; return a[mode]; }
                return 0;
            }
            finally
            {
                log.Add("inner finally " + mode);
                if (mode == 4) throw new NotSupportedException("from finally");
            }
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("mode"))
        {
            log.Add("caught IOE " + e.Message);
            return -1;
        }
        catch (IndexOutOfRangeException e)
        {
            log.Add("caught index: " + e.Message);
            return -3;
        }
        finally
        {
            log.Add("outer finally " + mode);
        }
    }

    static int FinallyOverridesReturn()
    {
        int x = 1;
        try { return x; }
        finally { x = 2; log.Add("finally ran, x=" + x); }
    }

    static IEnumerable<int> Guarded()
    {
        log.Add("iter start");
        try { yield return 1; yield return 2; }
        finally { log.Add("iter finally"); }
    }

    static async Task<int> Step(string name, int delay, bool fail = false)
    {
        log.Add("start " + name);
        await Task.Delay(delay);
        log.Add("end " + name);
        if (fail) throw new RetryException(delay, new TimeoutException(name + " timed out"));
        return delay;
    }

    static async Task<string> WithFinally()
    {
        try
        {
            await Step("wf", 5, fail: true);
            return "no";
        }
        catch (RetryException e) when (e.InnerException is TimeoutException)
        {
            return "retry " + e.Attempt + " / " + e.InnerException.Message + " / " + e.Message;
        }
        finally
        {
            log.Add("async finally");
        }
    }

    static async Task Sync()
    {
        log.Add("sync part");
        await Task.CompletedTask;
        log.Add("after completed await");
        await Task.Yield();
        log.Add("after yield");
    }

    static async Task Main()
    {
        for (int mode = 0; mode <= 4; mode++)
        {
            try { log.Add("result " + Nested(mode)); }
            catch (Exception e) { log.Add("escaped " + e.GetType().Name + " " + e.Message); }
        }
        Console.WriteLine(string.Join("\n", log)); log.Clear();
        Console.WriteLine(FinallyOverridesReturn() + " " + string.Join(",", log)); log.Clear();

        foreach (var x in Guarded()) { if (x == 1) break; }
        Console.WriteLine(string.Join(",", log)); log.Clear();
        Console.WriteLine(Guarded().First() + " " + string.Join(",", log)); log.Clear();

        try { throw new ValidationException("name", "must not be empty"); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + "|" + e.Message + "|" + e.ParamName + "|" + ((ValidationException)e).Field); }
        try { throw new ArgumentNullException("arg"); } catch (ArgumentException e) { Console.WriteLine(e.Message + "|" + e.ParamName); }
        try { throw new ArgumentOutOfRangeException("idx", 5, "too big"); } catch (Exception e) { Console.WriteLine(e.Message); }
        try { throw new Exception(); } catch (Exception e) { Console.WriteLine(e.Message); }
        try { throw new InvalidOperationException(null); } catch (Exception e) { Console.WriteLine("[" + e.Message + "]"); }
        try { object o = "s"; var i = (int)o; } catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        try { string? s = null; Console.WriteLine(s!.Length); } catch (NullReferenceException e) { Console.WriteLine(e.Message); }
        try { try { throw new Exception("first"); } catch (Exception e) { throw new InvalidOperationException("second", e); } }
        catch (Exception e) { Console.WriteLine(e.Message + " <- " + e.InnerException?.Message + " " + (e.InnerException?.InnerException == null)); }
        try { var agg = new AggregateException(new Exception("a"), new Exception("b")); throw agg; }
        catch (AggregateException e) { Console.WriteLine(e.InnerException!.Message); }

        var sync = Sync();
        log.Add("after calling Sync");
        await sync;
        Console.WriteLine(string.Join(",", log)); log.Clear();

        Console.WriteLine(await WithFinally() + " | " + string.Join(",", log)); log.Clear();

        var tasks = new[] { Step("slow", 60), Step("fast", 5), Step("mid", 30) };
        var first = await Task.WhenAny(tasks);
        Console.WriteLine("first=" + await first + " " + (first == tasks[1]));
        var all = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", all) + " | " + string.Join(",", log)); log.Clear();

        var failing = new[] { Step("ok", 5), Step("bad1", 10, true), Step("bad2", 20, true) };
        try { await Task.WhenAll(failing); }
        catch (RetryException e) { Console.WriteLine("WhenAll threw " + e.Message); }
        log.Clear();

        Func<int, Task<int>> doubler = async n => { await Task.Delay(1); return n * 2; };
        var results = await Task.WhenAll(Enumerable.Range(1, 4).Select(doubler));
        Console.WriteLine(string.Join(",", results));
        var tcs = new TaskCompletionSource<string>();
        var waiter = Task.Run(async () => "got " + await tcs.Task);
        tcs.SetResult("signal");
        Console.WriteLine(await waiter + " " + await Task.FromResult(7));
        try { await Task.FromException<int>(new FormatException("ff")); } catch (FormatException e) { Console.WriteLine("awaited " + e.Message); }
        try { await Task.Run(() => throw new DivideByZeroException()); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        throw new RetryException(9, new Exception("root"));
    }
}
