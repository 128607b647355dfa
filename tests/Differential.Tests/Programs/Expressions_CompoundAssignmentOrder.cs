using System;
using System.Collections.Generic;

// Compound assignments, ++/-- and ??= on properties, indexers, array elements and fields evaluate the
// receiver, then the index, then the right-hand side, each once, and read before they write.
class Box
{
    private int value;
    private readonly Dictionary<int, int> slots = new();
    public string? Name { get; set; }
    public int Value
    {
        get { Console.Write("[get " + value + "]"); return value; }
        set { Console.Write("[set " + value + "]"); this.value = value; }
    }
    public int this[int i]
    {
        get { Console.Write("[get#" + i + "]"); return slots.TryGetValue(i, out var v) ? v : 0; }
        set { Console.Write("[set#" + i + "=" + value + "]"); slots[i] = value; }
    }
    public int Plain;
}

struct Counter
{
    public int N;
    public int Prop { get; set; }
}

class Program
{
    static Box box = new Box();
    static int[] arr = { 10, 20, 30 };
    static int[][] grid = { new[] { 1, 2 }, new[] { 3, 4 } };

    static T Log<T>(string label, T value) { Console.Write("<" + label + ">"); return value; }
    static Box GetBox() { Console.Write("<box>"); return box; }
    static int[] GetArr() { Console.Write("<arr>"); return arr; }

    static void Main()
    {
        GetBox().Value += Log("rhs", 5);
        Console.WriteLine();
        var r = GetBox().Value++;
        Console.WriteLine(" => " + r);
        r = ++GetBox().Value;
        Console.WriteLine(" => " + r);
        r = GetBox().Value -= Log("rhs", 2);
        Console.WriteLine(" => " + r);

        GetBox()[Log("i", 3)] += Log("rhs", 7);
        Console.WriteLine();
        r = GetBox()[Log("i", 3)]++;
        Console.WriteLine(" => " + r);
        r = --GetBox()[Log("i", 3)];
        Console.WriteLine(" => " + r);
        r = GetBox()[Log("i", 4)] = Log("v", 9);
        Console.WriteLine(" => " + r);

        GetArr()[Log("i", 1)] *= Log("rhs", 3);
        Console.WriteLine(" " + string.Join(",", arr));
        r = GetArr()[Log("i", 2)]++;
        Console.WriteLine(" => " + r + " " + string.Join(",", arr));
        var i = 0;
        arr[i++] += arr[i] + i;
        Console.WriteLine("i=" + i + " " + string.Join(",", arr));
        grid[Log("row", 1)][Log("col", 0)] += Log("rhs", 100);
        Console.WriteLine(" " + grid[1][0]);

        GetBox().Name ??= Log("name", "first");
        GetBox().Name ??= Log("name", "second");
        Console.WriteLine(" " + box.Name);

        box.Plain += 3;
        box.Plain <<= 2;
        Console.WriteLine("plain " + box.Plain + " " + (box.Plain++ + ++box.Plain) + " " + box.Plain);

        var c = new Counter();
        c.N += 5;
        c.Prop += 6;
        c.Prop++;
        var counters = new[] { new Counter(), new Counter() };
        counters[Log("i", 1)].N += Log("rhs", 4);
        counters[1].Prop++;
        Console.WriteLine(" " + c.N + " " + c.Prop + " " + counters[1].N + " " + counters[1].Prop + " " + counters[0].N);

        int? n = 5;
        n += Log("rhs", 1);
        int? none = null;
        none += Log("rhs", 1);
        Console.WriteLine(" " + n + " " + (none is null));

        string s = "a";
        s += Log("rhs", 1) + "b";
        s += 'c';
        Console.WriteLine(" " + s);

        long big = long.MaxValue;
        big += 1;
        byte by = 250;
        by += 10;
        char ch = 'a';
        ch += (char)2;
        ch++;
        Console.WriteLine(big + " " + by + " " + ch);

        _ = Log("discard", 1);
        Console.WriteLine();
        var (x, y) = (Log("x", 1), Log("y", 2));
        (x, y) = (y, x);
        Console.WriteLine(" " + x + " " + y);
    }
}
