using System;
using System.Collections.Generic;

// Static fields of a type with a static constructor are initialized lazily, then read and written directly.
static class Registry
{
    public static readonly List<string> Names = new List<string> { "a" };
    public static int Hits;
    public static string Mode { get; set; } = Log("Registry.Mode initializer");
    static Registry()
    {
        Log("Registry static constructor");
        Names.Add("b");
        if (Names.Count > 1) return;
        Names.Add("never");
    }
    public static string Log(string text) { Console.WriteLine(text); return "init"; }
}

class Table
{
    public static int[] Squares = Build();
    static int[] Build() { Console.WriteLine("Table.Build"); var a = new int[8]; for (var i = 0; i < a.Length; i++) a[i] = i * i; return a; }
    static Table() { Console.WriteLine("Table static constructor"); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("Main starts");
        var sum = 0;
        for (var i = 0; i < 1000; i++) sum += Table.Squares[i % 8];
        Console.WriteLine(sum);
        Table.Squares = new[] { 1, 2 };
        Console.WriteLine(Table.Squares.Length);
        Console.WriteLine(Registry.Hits);
        for (var i = 0; i < 5; i++) Registry.Hits += i;
        Registry.Hits++;
        Registry.Mode += "!";
        Console.WriteLine(Registry.Hits + " " + Registry.Mode + " " + string.Join(",", Registry.Names));
    }
}
