using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Fetch(string digest, int ms)
    {
        await Task.Delay(ms);
        Console.WriteLine("fetched " + digest);
        var cache = new Dictionary<string, string> { ["sha256:aa"] = "layer-a" };
        return cache[digest];
    }

    static async Task Main()
    {
        Console.WriteLine("fetching layers");
        var layers = await Task.WhenAll(Fetch("sha256:aa", 1), Fetch("sha256:bb", 300));
        Console.WriteLine("never printed: " + layers.Length);
    }
}
