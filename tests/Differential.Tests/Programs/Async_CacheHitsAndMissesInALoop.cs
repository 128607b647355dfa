using System;
using System.Collections.Generic;
using System.Threading.Tasks;

// A loop of lookups where hits complete synchronously and misses suspend: the consumer runs through
// its hits without giving its caller control, and yields at the first miss.
class Program
{
    static readonly List<string> log = new();
    static readonly Dictionary<int, int> cache = new() { [1] = 1, [2] = 4 };
    static int misses;

    static async Task<int> Get(int key)
    {
        if (cache.TryGetValue(key, out var hit)) return hit;
        misses++;
        await Task.Delay(1);
        cache[key] = key * key;
        return key * key;
    }

    static async Task<int> Consume(string name, int[] keys)
    {
        var total = 0;
        foreach (var key in keys)
        {
            var value = await Get(key);
            total += value;
            log.Add($"{name} {key}={value}");
        }
        log.Add(name + " done");
        return total;
    }

    static async Task Main()
    {
        var a = Consume("a", new[] { 1, 2, 1, 3, 1 });
        log.Add("main after a");
        var b = Consume("b", new[] { 2, 2 });
        log.Add("main after b");
        var totalA = await a;
        var totalB = await b;
        log.Add($"totals {totalA} {totalB}, misses {misses}");
        var c = Consume("c", new[] { 3, 1 });
        log.Add("main after c (3 is cached now)");
        log.Add("total c " + await c);
        Console.WriteLine(string.Join("\n", log));
    }
}
