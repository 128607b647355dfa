using System;
using System.Collections.Generic;

class Box
{
    private int value;
    public int Reads, Writes;
    public int Value
    {
        get { Reads++; return value; }
        set { Writes++; this.value = value; }
    }
    public int[] Items = { 10, 20, 30, 40 };
    private readonly Dictionary<string, int> map = new();
    public int this[string key]
    {
        get { Reads++; return map.TryGetValue(key, out var v) ? v : 0; }
        set { Writes++; map[key] = value; }
    }
}

class Program
{
    static readonly List<string> log = new();
    static int counter;

    static int Next(string label)
    {
        log.Add(label + counter);
        return counter++;
    }

    static int Three(int a, int b, int c) => a * 100 + b * 10 + c;

    static Box? maybe;
    static Box GetBox(string why) { log.Add("box:" + why); return maybe ??= new Box(); }

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" ", log));
        log.Clear();
    }

    static void Main()
    {
        Console.WriteLine(Three(Next("a"), Next("b"), Next("c")));
        Flush("arguments left to right");
        Console.WriteLine(Next("l") - Next("r") * Next("m"));
        Flush("operands left to right");

        int[] arr = { 1, 2, 3, 4, 5, 6 };
        counter = 0;
        arr[Next("index")] += Next("value") * 100;
        Console.WriteLine(string.Join(",", arr));
        Flush("compound on array element");

        int i = 0;
        arr[i++] = i * 1000;
        Console.WriteLine(string.Join(",", arr) + " i=" + i);
        i = 1;
        arr[i] = arr[i++] + arr[i];
        Console.WriteLine(string.Join(",", arr) + " i=" + i);
        int j = 2;
        j = j++ + ++j;
        Console.WriteLine("j=" + j);
        int k = 5;
        k += k++ * 2;
        Console.WriteLine("k=" + k);

        var box = GetBox("first");
        box.Value = 7;
        GetBox("compound").Value += 5;
        GetBox("increment").Value++;
        ++GetBox("preincrement").Value;
        GetBox("multiply").Value *= 3;
        Console.WriteLine($"value={box.Value} reads={box.Reads} writes={box.Writes}");
        Flush("property targets evaluated once");

        box.Reads = box.Writes = 0;
        GetBox("indexer")["x"] += 4;
        GetBox("indexer")["x"]++;
        GetBox("indexer")["y"] -= 1;
        Console.WriteLine($"x={box["x"]} y={box["y"]} reads={box.Reads} writes={box.Writes}");
        Flush("indexer targets evaluated once");

        counter = 0;
        GetBox("items").Items[Next("i")] += Next("v");
        GetBox("items").Items[Next("i")]++;
        GetBox("items").Items[Next("i")] <<= 1;
        Console.WriteLine(string.Join(",", box.Items));
        Flush("nested array element targets");

        var list = new List<long> { 1, 2, 3 };
        counter = 0;
        list[Next("li")] *= 5000000000L;
        list[Next("li")]--;
        Console.WriteLine(string.Join(",", list));
        Flush("list element targets");

        uint[] words = { 0xFFFFFFFF, 1, 2 };
        words[0] += 2;
        words[1] -= 3;
        words[2] *= 0x80000000;
        Console.WriteLine(string.Join(",", words));
        string?[] names = { null, "set" };
        names[0] ??= "filled";
        names[1] ??= "ignored";
        Console.WriteLine(string.Join(",", names));
        var strs = new[] { "a" };
        strs[0] += "b";
        strs[0] += 1;
        strs[0] += 'c';
        Console.WriteLine(strs[0]);

        counter = 0;
        bool t = Next("and1") > 100 && Next("and2") > 0;
        bool u = Next("or1") >= 0 || Next("or2") > 0;
        int? n = null;
        int w = n ?? Next("coalesce");
        int cond = Next("cond") % 2 == 0 ? Next("then") : Next("else");
        Console.WriteLine($"{t} {u} {w} {cond}");
        Flush("short circuit");

        counter = 0;
        var tuple = (Next("t1"), Next("t2"));
        (arr[Next("d1")], arr[Next("d2")]) = (Next("v1"), Next("v2"));
        Console.WriteLine(tuple + " " + string.Join(",", arr));
        Flush("tuples and deconstruction");

        counter = 0;
        var interp = $"{Next("x")}-{Next("y")}-{Next("z")}";
        var concat = Next("p") + "/" + Next("q");
        Console.WriteLine(interp + " " + concat);
        Flush("string building");
    }
}
