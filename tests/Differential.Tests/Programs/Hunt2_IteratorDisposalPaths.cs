using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    static IEnumerable<int> Guarded(string tag)
    {
        Console.WriteLine(tag + " start");
        try
        {
            yield return 1;
            yield return 2;
            yield return 3;
        }
        finally
        {
            Console.WriteLine(tag + " cleanup");
        }
    }

    static IEnumerable<int> Flatten(IEnumerable<object> items)
    {
        foreach (var item in items)
        {
            if (item is IEnumerable<object> inner)
                foreach (var x in Flatten(inner)) yield return x;
            else if (item is int n)
                yield return n;
        }
    }

    sealed class Countdown : IEnumerable<int>
    {
        private readonly int from;
        public Countdown(int from) { this.from = from; }
        public IEnumerator<int> GetEnumerator()
        {
            for (int i = from; i > 0; i--) yield return i;
        }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static void Main()
    {
        Console.WriteLine("== consumer throws inside foreach");
        try
        {
            foreach (var x in Guarded("A"))
            {
                Console.WriteLine("got " + x);
                if (x == 2) throw new InvalidOperationException("consumer failed");
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }

        Console.WriteLine("== return from inside foreach");
        Console.WriteLine("found " + FindFirstEven());

        Console.WriteLine("== LINQ operators dispose their source");
        Console.WriteLine(Guarded("B").Take(2).Sum());
        Console.WriteLine(Guarded("C").Any(x => x == 1));
        Console.WriteLine(Guarded("D").Contains(2));
        Console.WriteLine(Guarded("E").ElementAt(1));
        Console.WriteLine(Guarded("F").Zip(Guarded("G"), (a, b) => a * b).First());
        Console.WriteLine(string.Join(",", Guarded("H").TakeWhile(x => x < 3)));
        try { Console.WriteLine(Guarded("I").Select(x => 10 / (2 - x)).Sum()); }
        catch (DivideByZeroException e) { Console.WriteLine("caught " + e.GetType().Name); }

        Console.WriteLine("== nested and custom enumerables");
        var data = new List<object> { 1, new List<object> { 2, new List<object> { 3, 4 } }, "skip", 5 };
        Console.WriteLine(string.Join(" ", Flatten(data)));
        Console.WriteLine(string.Join(" ", new Countdown(4)) + " " + new Countdown(5).Where(x => x % 2 == 1).Sum());
        IEnumerable plain = new Countdown(2);
        foreach (var o in plain) Console.Write(o + ";");
        Console.WriteLine();

        Console.WriteLine("== enumerator after the end");
        var e2 = new Countdown(1).GetEnumerator();
        Console.WriteLine(e2.MoveNext() + " " + e2.Current + " " + e2.MoveNext() + " " + e2.MoveNext());
        var list = new List<int> { 1 };
        var le = list.GetEnumerator();
        Console.WriteLine(le.MoveNext() + " " + le.Current + " " + le.MoveNext());
    }

    static int FindFirstEven()
    {
        foreach (var x in Guarded("R"))
            if (x % 2 == 0) return x;
        return -1;
    }
}
