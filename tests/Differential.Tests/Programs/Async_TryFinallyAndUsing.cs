using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

sealed class Lease : IDisposable
{
    public static readonly List<string> Log = new();
    private readonly string name;
    public Lease(string name) { this.name = name; Log.Add("acquire " + name); }
    public void Dispose() => Log.Add("release " + name);
}

class Program
{
    static async Task<int> Work(string name, bool fail)
    {
        using var lease = new Lease(name);
        try
        {
            await Task.Delay(1);
            Lease.Log.Add("working " + name);
            if (fail) throw new InvalidOperationException(name + " failed");
            await Task.Yield();
            return name.Length;
        }
        catch (InvalidOperationException e) when (name.StartsWith("retry"))
        {
            Lease.Log.Add("handled " + e.Message);
            await Task.Delay(1);
            return -1;
        }
        finally
        {
            Lease.Log.Add("finally " + name);
        }
    }

    static async Task<string> Loop()
    {
        var parts = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                await Task.Delay(1);
                if (i == 3) break;
                parts.Add("i" + i);
            }
            finally
            {
                parts.Add("f" + i);
            }
        }
        return string.Join(",", parts);
    }

    static async Task Main()
    {
        Console.WriteLine(await Work("plain", false));
        Console.WriteLine(await Work("retry-me", true));
        try
        {
            await Work("boom", true);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Console.WriteLine(await Loop());
        foreach (var line in Lease.Log) Console.WriteLine(line);
        Lease.Log.Clear();
        var results = await Task.WhenAll(Work("p1", false), Work("retry-p2", true), Work("p3333", false));
        Console.WriteLine(string.Join(",", results));
        // Three timers of the same 1 ms: .NET does not promise which fires first, so compare the set, sorted.
        foreach (var line in Lease.Log.OrderBy(l => l, StringComparer.Ordinal)) Console.WriteLine(line);
        async Task<int> Recurse(int n) => n == 0 ? 0 : n + await Recurse(n - 1);
        Console.WriteLine(await Recurse(100));
        var closures = new List<Func<Task<int>>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            closures.Add(async () => { await Task.Delay(1); return copy * copy; });
        }
        foreach (var c in closures) Console.Write(await c() + " ");
        Console.WriteLine();
    }
}
