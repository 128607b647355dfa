using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    // Sorted: a HashSet's order after removals is an implementation detail, not something to compare.
    static string Show<T>(IEnumerable<T> s) => "{" + string.Join(",", s.OrderBy(x => x)) + "}";
    static string InInsertionOrder<T>(IEnumerable<T> s) => "{" + string.Join(",", s) + "}";

    static void Main()
    {
        var a = new HashSet<int> { 5, 1, 3, 1, 5, 7 };
        Console.WriteLine(InInsertionOrder(a) + " " + a.Count);
        Console.WriteLine(a.Add(3) + " " + a.Add(9) + " " + a.Remove(1) + " " + a.Remove(100));
        Console.WriteLine(Show(a) + " " + a.Contains(9));
        var b = new HashSet<int>(new[] { 3, 4, 5, 6 });
        var union = new HashSet<int>(a);
        union.UnionWith(b);
        Console.WriteLine("union " + Show(union));
        var inter = new HashSet<int>(a);
        inter.IntersectWith(b);
        Console.WriteLine("intersect " + Show(inter));
        var except = new HashSet<int>(a);
        except.ExceptWith(b);
        Console.WriteLine("except " + Show(except));
        var sym = new HashSet<int>(a);
        sym.SymmetricExceptWith(b);
        Console.WriteLine("symmetric " + Show(sym));
        Console.WriteLine(inter.IsSubsetOf(a) + " " + a.IsSupersetOf(inter) + " " + a.Overlaps(b) + " " + a.SetEquals(new[] { 9, 7, 5, 3 }));
        a.RemoveWhere(x => x > 6);
        Console.WriteLine(Show(a));
        var words = new HashSet<string>();
        foreach (var w in "to be or not to be that is".Split(' '))
            if (!words.Add(w)) Console.Write("dup:" + w + " ");
        Console.WriteLine();
        Console.WriteLine(InInsertionOrder(words) + " " + words.Count);
        var tuples = new HashSet<(int, string)> { (1, "a"), (1, "a"), (2, "a") };
        Console.WriteLine(tuples.Count);
        a.Clear();
        Console.WriteLine(a.Count + Show(a));
        var fromLinq = new[] { 3, 3, 2, 1, 2 }.ToHashSet();
        Console.WriteLine(InInsertionOrder(fromLinq));
        var chars = new HashSet<char>("mississippi");
        Console.WriteLine(InInsertionOrder(chars));
    }
}
