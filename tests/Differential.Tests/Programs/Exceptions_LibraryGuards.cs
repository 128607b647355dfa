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
        int[] arr = { 1, 2, 3 };
        var list = new List<int> { 1, 2, 3 };
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        Try("unboxing null", () => { object? o = null; int i = (int)o!; Console.WriteLine(i); });
        Try("list RemoveAt", () => list.RemoveAt(7));
        Try("list Insert", () => list.Insert(9, 0));
        Try("duplicate key", () => dict.Add("a", 2));
        Try("null key", () => dict[null!] = 3);
        Try("Convert.ToInt32", () => Console.WriteLine(Convert.ToInt32("zz", 16)));
        Try("bad cast", () => { object o = "s"; Console.WriteLine((int)o); });
        Try("bad class cast", () => { object o = new Holder(); Console.WriteLine(((string)o).Length); });
        Try("First on empty", () => Console.WriteLine(new int[0].First()));
        Try("Single on many", () => Console.WriteLine(arr.Single()));
        Try("Max on empty", () => Console.WriteLine(new List<int>().Max()));
        Try("Queue.Dequeue empty", () => new Queue<int>().Dequeue());
        Try("Stack.Pop empty", () => new Stack<int>().Pop());
        Try("enumerator modified", () => { foreach (var x in list) if (x == 1) list.Add(4); });
        Try("new array negative size", () => { int n = -1; var a = new int[n]; });
        Try("ElementAt", () => Console.WriteLine(arr.ElementAt(10)));
    }
}
