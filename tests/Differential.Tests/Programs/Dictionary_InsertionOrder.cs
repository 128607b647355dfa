using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int>();
        foreach (var w in "the quick brown fox jumps over the lazy dog the end".Split(' '))
            d[w] = d.TryGetValue(w, out var c) ? c + 1 : 1;
        foreach (var kv in d) Console.Write($"{kv.Key}:{kv.Value} ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", d.Keys));
        Console.WriteLine(string.Join(",", d.Values));
        Console.WriteLine(d.Count + " " + d["the"] + " " + d.ContainsKey("fox") + " " + d.ContainsKey("cat") + " " + d.ContainsValue(3));
        d.Remove("quick");
        d.Remove("nothing");
        Console.WriteLine(d.Remove("brown", out var removedValue) + " " + removedValue);
        d["new"] = 7;
        d["the"] = 0;
        // After a removal .NET may reuse the freed slot: where a new key lands is not specified, so sort.
        Console.WriteLine(string.Join(",", d.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(d.TryAdd("new", 8) + " " + d.TryAdd("newer", 8) + " " + d["new"]);
        Console.WriteLine(d.GetValueOrDefault("missing") + " " + d.GetValueOrDefault("missing", -1) + " " + d.GetValueOrDefault("newer"));
        var ints = new Dictionary<int, string> { { 3, "three" }, { 1, "one" }, { 2, "two" } };
        ints.Add(10, "ten");
        foreach (var (k, v) in ints) Console.Write(k + v + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", ints.Keys.OrderBy(k => k)));
        try
        {
            ints.Add(1, "uno");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(ints[99]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        var copy = new Dictionary<int, string>(ints);
        copy.Clear();
        Console.WriteLine(copy.Count + " " + ints.Count);
        var byLength = new Dictionary<int, List<string>>();
        foreach (var w in new[] { "a", "bb", "cc", "d", "eee" })
        {
            if (!byLength.TryGetValue(w.Length, out var list)) byLength[w.Length] = list = new List<string>();
            list.Add(w);
        }
        foreach (var kv in byLength) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        var longs = new Dictionary<long, int> { [5000000000L] = 1 };
        longs[5000000000L]++;
        Console.WriteLine(longs[5000000000L]);
        var chars = new Dictionary<char, int> { ['a'] = 1 };
        Console.WriteLine(chars.ContainsKey('a') + " " + chars.ContainsKey('b'));
        var enums = new Dictionary<DayOfWeek, string> { [DayOfWeek.Monday] = "mon" };
        Console.WriteLine(enums[DayOfWeek.Monday] + " " + enums.ContainsKey(DayOfWeek.Sunday));
        var removeDuringRebuild = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
        removeDuringRebuild["a"] = 4;
        removeDuringRebuild["d"] = 5;
        removeDuringRebuild.Remove("b");
        Console.WriteLine(string.Join(",", removeDuringRebuild.Keys) + " (overwriting keeps the position)");
        IReadOnlyDictionary<string, int> ro = removeDuringRebuild;
        Console.WriteLine(ro.Count + " " + ro["d"] + " " + ro.TryGetValue("zz", out var zz) + zz);
        var kvp = new KeyValuePair<string, int>("key", 5);
        Console.WriteLine(kvp.Key + kvp.Value + " " + kvp);
    }
}
