using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Counted(string tag, int n)
    {
        Console.WriteLine(tag + ": begin");
        try
        {
            for (int i = 0; i < n; i++)
            {
                Console.WriteLine(tag + ": yield " + i);
                yield return i;
            }
            Console.WriteLine(tag + ": end of loop");
        }
        finally
        {
            Console.WriteLine(tag + ": finally");
        }
    }

    static IEnumerable<int> NestedFinally()
    {
        try
        {
            yield return 1;
            try
            {
                yield return 2;
                yield return 3;
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
            yield return 4;
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
    }

    class Node
    {
        public int Value;
        public Node? Left, Right;
        public Node(int v, Node? l = null, Node? r = null) { Value = v; Left = l; Right = r; }
    }

    static IEnumerable<int> InOrder(Node? n)
    {
        if (n == null) yield break;
        foreach (var v in InOrder(n.Left)) yield return v;
        yield return n.Value;
        foreach (var v in InOrder(n.Right)) yield return v;
    }

    static IEnumerable<string> Throwing()
    {
        try
        {
            yield return "x";
            throw new InvalidOperationException("iterator failed");
        }
        finally
        {
            Console.WriteLine("throwing finally");
        }
    }

    static IEnumerable<int> Fib()
    {
        int a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<T> Tap<T>(IEnumerable<T> src, string name)
    {
        foreach (var x in src)
        {
            Console.WriteLine(name + " -> " + x);
            yield return x;
        }
    }

    public static void Main()
    {
        Console.WriteLine("== break early runs finally");
        foreach (var x in Counted("A", 5))
        {
            if (x == 2) break;
            Console.WriteLine("body " + x);
        }
        Console.WriteLine("== full run");
        foreach (var x in Counted("B", 2)) Console.WriteLine("body " + x);

        Console.WriteLine("== manual enumerator dispose");
        using (var e = Counted("C", 3).GetEnumerator())
        {
            e.MoveNext();
            Console.WriteLine("current " + e.Current);
        }
        Console.WriteLine("== never started: no finally");
        var never = Counted("D", 3).GetEnumerator();
        never.Dispose();
        Console.WriteLine("disposed");

        Console.WriteLine("== nested finally with break in middle");
        foreach (var x in NestedFinally())
        {
            Console.WriteLine("got " + x);
            if (x == 2) break;
        }
        Console.WriteLine("== nested finally complete");
        Console.WriteLine(string.Join(",", NestedFinally()));

        Console.WriteLine("== recursive iterator");
        var tree = new Node(4, new Node(2, new Node(1), new Node(3)), new Node(6, new Node(5), new Node(7)));
        Console.WriteLine(string.Join(" ", InOrder(tree)));

        Console.WriteLine("== exception from iterator");
        try
        {
            foreach (var s in Throwing()) Console.WriteLine("item " + s);
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }

        Console.WriteLine("== LINQ over infinite iterator");
        Console.WriteLine(string.Join(",", Fib().Where(f => f % 2 == 0).Take(6)));
        Console.WriteLine(Fib().First(f => f > 1000));
        Console.WriteLine(Fib().Skip(10).First());
        Console.WriteLine(Fib().TakeWhile(f => f < 50).Count());

        Console.WriteLine("== deferred execution with side effects");
        var q = Tap(new[] { 5, 3, 8, 1 }, "src").Where(x => { Console.WriteLine("where " + x); return x > 2; })
            .Select((x, i) => { Console.WriteLine("select " + x + "@" + i); return x * 10; });
        Console.WriteLine("query built");
        var first = q.First();
        Console.WriteLine("first " + first);
        Console.WriteLine("-- ToList");
        var list = q.ToList();
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine("-- OrderBy buffers");
        var ordered = Tap(new[] { 3, 1, 2 }, "ord").OrderBy(x => x);
        Console.WriteLine("ordered built");
        foreach (var o in ordered) Console.WriteLine("ordered " + o);
        Console.WriteLine("-- Any short-circuits");
        Console.WriteLine(Tap(new[] { 1, 2, 3, 4 }, "any").Any(x => x == 2));
        Console.WriteLine("-- captured variable changes after query built");
        int threshold = 2;
        var byThreshold = new[] { 1, 2, 3, 4 }.Where(x => x > threshold);
        threshold = 3;
        Console.WriteLine(string.Join(",", byThreshold));
        Console.WriteLine("== break out of LINQ foreach disposes source");
        foreach (var x in Counted("E", 10).Select(v => v * 2))
        {
            if (x >= 4) break;
            Console.WriteLine("linq body " + x);
        }
        Console.WriteLine("== First on iterator disposes");
        Console.WriteLine(Counted("F", 10).First(v => v == 1));
        Console.WriteLine(Counted("G", 3).Take(1).Single());
    }
}
