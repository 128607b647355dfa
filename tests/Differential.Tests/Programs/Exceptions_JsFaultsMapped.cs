using System;
using System.Collections.Generic;
using System.Linq;

class Holder { public string? Text; public Holder? Next; public int[]? Items; public int Length() => Text!.Length; }

class Program
{
    static void Try(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message}");
        }
    }

    static void Main()
    {
        var h = new Holder();
        string? nothing = null;
        Holder? none = null;
        Try("null string member", () => Console.WriteLine(nothing!.Length));
        Try("null string method", () => Console.WriteLine(nothing!.ToUpper()));
        Try("null object field", () => Console.WriteLine(none!.Text));
        Try("null chained", () => Console.WriteLine(h.Next!.Next!.Text));
        Try("null method on null", () => Console.WriteLine(none!.Length()));
        Try("null inside method", () => Console.WriteLine(h.Length()));
        Try("null array", () => Console.WriteLine(h.Items![0]));
        Try("null array length", () => Console.WriteLine(h.Items!.Length));
        Try("null delegate", () => { Func<int>? f = null; Console.WriteLine(f!()); });

        int[] arr = { 1, 2, 3 };
        Try("array index too big", () => Console.WriteLine(arr[3]));
        Try("array index negative", () => Console.WriteLine(arr[-1]));
        Try("array store out of range", () => arr[5] = 1);
        var list = new List<int> { 1, 2, 3 };
        Try("list index too big", () => Console.WriteLine(list[3]));
        Try("list index negative", () => Console.WriteLine(list[-1]));
        Try("list set out of range", () => list[10] = 1);
        Try("string index", () => Console.WriteLine("abc"[5]));
        Try("Substring", () => Console.WriteLine("abc".Substring(2, 5)));
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        Try("missing key", () => Console.WriteLine(dict["b"]));
        Try("int.Parse", () => Console.WriteLine(int.Parse("12x")));
        Try("long.Parse", () => Console.WriteLine(long.Parse("")));
        Try("double.Parse", () => Console.WriteLine(double.Parse("abc")));
        Try("int divide", () => { int z = 0; Console.WriteLine(1 / z); });
        Try("long divide", () => { long z = 0; Console.WriteLine(1L / z); });
        Try("double divide is fine", () => { double z = 0; Console.WriteLine(1 / z); });
    }
}
