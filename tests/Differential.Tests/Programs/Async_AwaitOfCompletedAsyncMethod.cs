using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static List<string> log = new();
    static Dictionary<string, int> cache = new() { ["hit"] = 1 };

    static async Task<int> Lookup(string key)
    {
        if (cache.TryGetValue(key, out var v)) return v;
        await Task.Delay(5);
        return 0;
    }

    static async Task Worker(string key)
    {
        log.Add("worker start " + key);
        var v = await Lookup(key);
        log.Add("worker got " + key + "=" + v);
    }

    static async Task Main()
    {
        var t1 = Worker("hit");
        log.Add("main after hit");
        var t2 = Worker("miss");
        log.Add("main after miss");
        await Task.WhenAll(t1, t2);
        Console.WriteLine(string.Join("\n", log));
    }
}
