using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> FailAfterAwait(string message)
    {
        await Task.Delay(1);
        throw new InvalidOperationException(message);
    }

    static async Task<int> FailSynchronously(string message)
    {
        if (message.Length > 0) throw new ArgumentException(message);
        await Task.Yield();
        return 1;
    }

    static async Task<string> Middle()
    {
        try
        {
            return "value " + await FailAfterAwait("deep failure");
        }
        finally
        {
            Console.WriteLine("Middle finally runs");
        }
    }

    static async Task<string> Translate()
    {
        try
        {
            await Middle();
            return "unreachable";
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("deep"))
        {
            throw new TimeoutException("translated: " + e.Message, e);
        }
    }

    static async Task Main()
    {
        try
        {
            await FailAfterAwait("after await");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        Task<int> t = FailSynchronously("sync part");
        Console.WriteLine("the call itself did not throw");
        try
        {
            await t;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught at await: " + e.Message);
        }

        try
        {
            await Translate();
        }
        catch (TimeoutException e)
        {
            Console.WriteLine(e.Message + " / inner " + e.InnerException?.GetType().Name);
        }

        var failing = FailAfterAwait("observed later");
        await Task.Delay(10);
        Console.WriteLine("a faulted task waits to be awaited");
        try
        {
            await failing;
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        try
        {
            await FailSynchronously("");
            Console.WriteLine("empty message: no throw");
            await Task.WhenAll(FailAfterAwait("inside WhenAll"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            int[] data = { 1 };
            await Task.Yield();
            Console.WriteLine(data[2]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("index fault after await mapped");
        }
        Console.WriteLine("end");
    }
}
