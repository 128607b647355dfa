using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var fromForeach = new List<Func<string>>();
        foreach (var name in new[] { "a", "b", "c" })
            fromForeach.Add(() => name.ToUpper());
        Console.WriteLine(string.Join(" ", fromForeach.Select(f => f())));

        var fromList = new List<Action>();
        foreach (int n in new List<int> { 1, 2, 3 })
            fromList.Add(() => Console.Write(n * n + " "));
        fromList.ForEach(a => a());
        Console.WriteLine();

        var dictActions = new List<Func<string>>();
        var dict = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 };
        foreach (var kv in dict)
            dictActions.Add(() => kv.Key + kv.Value);
        Console.WriteLine(string.Join(",", dictActions.Select(f => f())));

        var deconstructed = new List<Func<string>>();
        foreach (var (key, value) in dict)
            deconstructed.Add(() => value + key);
        Console.WriteLine(string.Join(",", deconstructed.Select(f => f())));

        var nested = new List<Func<string>>();
        foreach (var outer in new[] { 1, 2 })
            foreach (var inner in new[] { 'a', 'b' })
                nested.Add(() => outer.ToString() + inner);
        Console.WriteLine(string.Join(" ", nested.Select(f => f())));

        int total = 0;
        foreach (var n in Enumerable.Range(1, 5))
        {
            Action add = () => total += n;
            add();
        }
        Console.WriteLine(total);

        var lazy = new[] { 1, 2, 3 }.Select(x => x * total);
        total = 2;
        Console.WriteLine(string.Join(",", lazy));
        total = 3;
        Console.WriteLine(string.Join(",", lazy));

        var handlers = new Dictionary<string, Func<int, int>>();
        foreach (var (op, amount) in new[] { ("inc", 1), ("dec", -1), ("ten", 10) })
            handlers[op] = v => v + amount;
        Console.WriteLine(handlers["inc"](5) + " " + handlers["dec"](5) + " " + handlers["ten"](5));
    }
}
