using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Show(string label, List<int> l) => Console.WriteLine($"{label}: [{string.Join(",", l)}] count={l.Count}");

    static void Main()
    {
        var l = new List<int>();
        Show("empty", l);
        l.Add(3);
        l.Add(1);
        l.AddRange(new[] { 4, 1, 5, 9, 2, 6 });
        Show("added", l);
        l.Insert(0, 100);
        l.Insert(l.Count, 200);
        l.InsertRange(2, new[] { -1, -2 });
        Show("inserted", l);
        Console.WriteLine(l.Remove(1) + " " + l.Remove(42));
        Show("removed first 1", l);
        l.RemoveAt(0);
        l.RemoveRange(0, 2);
        Show("removed range", l);
        Console.WriteLine(l.IndexOf(5) + " " + l.IndexOf(1) + " " + l.LastIndexOf(9) + " " + l.IndexOf(77) + " " + l.Contains(6));
        Console.WriteLine(l[0] + " " + l[l.Count - 1] + " " + l.First() + " " + l.Last());
        l[0] = 33;
        Show("set", l);
        l.Sort();
        Show("sorted", l);
        l.Reverse();
        Show("reversed", l);
        l.Sort((a, b) => (a % 3).CompareTo(b % 3));
        Show("by mod 3", l);
        Console.WriteLine(l.BinarySearch(1000));
        var copy = new List<int>(l);
        copy.Clear();
        Show("copy cleared", copy);
        Show("original", l);
        var range = l.GetRange(1, 3);
        Show("range", range);
        Console.WriteLine(string.Join(",", l.ToArray()));
        Console.WriteLine(string.Join(",", l.ConvertAll(x => x * 2)));
        var fromLinq = Enumerable.Range(1, 5).ToList();
        fromLinq.ForEach(x => Console.Write(x * x + " "));
        Console.WriteLine();
        var strings = new List<string> { "b", "a", "c" };
        strings.Sort();
        Console.WriteLine(string.Join("", strings) + " " + strings.IndexOf("c"));
        var capacity = new List<int>(100);
        capacity.Add(7);
        Console.WriteLine(capacity.Count + " " + capacity[0]);
        IList<int> ilist = l;
        ICollection<int> icoll = l;
        IReadOnlyList<int> ro = l;
        Console.WriteLine(ilist[1] + " " + icoll.Count + " " + ro.Count);
        var nested = new List<List<string>> { new() { "a" }, new() { "b", "c" } };
        nested[1].Add("d");
        Console.WriteLine(nested.Sum(x => x.Count) + " " + string.Join("|", nested.Select(x => string.Join("", x))));
        var removed = l.RemoveAll(x => x > 5);
        Show("RemoveAll >5 removed " + removed, l);
        foreach (var item in l) Console.Write("<" + item + ">");
        Console.WriteLine();
        var objs = new List<object> { 1, "s", 2.5 };
        Console.WriteLine(string.Join(";", objs));
        var init = new List<string>(new[] { "x", "y" }) { "z" };
        Console.WriteLine(string.Join("", init) + init.Count);
        Console.WriteLine(l.Exists(x => x == 4) + " " + l.Find(x => x > 100) + " " + l.FindLast(x => x < 5));
    }
}
