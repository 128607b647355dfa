using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "nginx", "redis", "alpine", "ubuntu", "busybox" };
        var byName = words.ToDictionary(w => w);
        Console.WriteLine(byName.Count + " " + byName["redis"]);
        var lengths = words.ToDictionary(w => w, w => w.Length);
        foreach (var kv in lengths) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        var byInitial = words.ToDictionary(w => char.ToUpper(w[0]), w => w.ToUpper());
        Console.WriteLine(string.Join(",", byInitial.Select(kv => kv.Key + ":" + kv.Value)));
        try
        {
            var dup = words.ToDictionary(w => w.Length);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("duplicate: " + e.Message);
        }
        var pairs = new List<KeyValuePair<string, int>> { new("a", 1), new("b", 2) };
        var fromPairs = pairs.ToDictionary(p => p.Key, p => p.Value * 10);
        Console.WriteLine(fromPairs["b"]);
        var fromTuples = new[] { ("x", 1), ("y", 2) }.ToDictionary(t => t.Item1, t => t.Item2);
        Console.WriteLine(string.Join(",", fromTuples));

        var list = words.Where(w => w.Length > 5).ToList();
        list.Add("extra");
        Console.WriteLine(string.Join(",", list) + " " + list.Count + " " + words.Length);
        var array = words.Select(w => w.Length).ToArray();
        array[0] = 100;
        Console.WriteLine(string.Join(",", array) + " " + array.Length);
        IEnumerable<int> gen = Enumerable.Range(0, 4).Select(i => { Console.Write("(" + i + ")"); return i; });
        var materialized = gen.ToList();
        Console.WriteLine(" materialized once");
        Console.WriteLine(materialized.Sum() + materialized.Sum());
        var set = new[] { 3, 1, 3, 2 }.ToHashSet();
        Console.WriteLine(set.Count + " " + set.Contains(2));
        var sortedKeys = lengths.Keys.OrderBy(k => k).ToArray();
        Console.WriteLine(string.Join(",", sortedKeys));
        var nested = words.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var kv in nested) Console.WriteLine(kv.Key + ": " + string.Join("/", kv.Value));
        var asList = new List<int> { 1, 2 }.AsEnumerable().Append(3).Prepend(0).ToList();
        Console.WriteLine(string.Join(",", asList));
        var copy = asList.ToList();
        copy.Add(9);
        Console.WriteLine(asList.Count + " " + copy.Count);
        var ci = words.ToDictionary(w => w.ToUpper(), w => w, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(ci["Nginx"]);
    }
}
