using System;
using System.Collections.Generic;
using System.Linq;

static class Log { public static List<string> Lines = new List<string>(); public static int Note(string s, int v) { Lines.Add(s); Console.WriteLine("init " + s); return v; } }

class A
{
    public const int C = 10;
    public static readonly int R = Log.Note("A.R", B.R + 1);
    public static int S = Log.Note("A.S", R * 2);
}
class B
{
    public static readonly int R = Log.Note("B.R", A.C + (A.R));
}

class Outer
{
    static Outer() { Console.WriteLine("Outer cctor"); }
    public static int X = Log.Note("Outer.X", 1);
    public class Inner
    {
        static Inner() { Console.WriteLine("Inner cctor"); }
        public static int Y = Log.Note("Inner.Y", 2);
        public static int Get() => Y + 100;
    }
    public static int Touch() => X;
}

class Lazyish
{
    public static int Hits;
    public static readonly string Value = Compute();
    static string Compute() { Hits++; Console.WriteLine("computing"); return "v" + Hits; }
}

static class Program
{
    static int Ret(List<string> log)
    {
        int x = 1;
        try { x = 2; return x; }
        finally { x = 3; log.Add("finally x=" + x); }
    }
    static string Loops()
    {
        var s = "";
        for (int i = 0; i < 5; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                s += "b" + i;
            }
            finally { s += "f" + i; }
        }
        int j = 0;
        while (true)
        {
            try { try { j++; if (j > 2) return s + "|ret" + j; } finally { s += "<in" + j + ">"; } }
            finally { s += "<out" + j + ">"; }
        }
    }
    static int Nested()
    {
        int r = 0;
        try
        {
            try { throw new InvalidOperationException("boom"); }
            finally { r += 1; Console.WriteLine("inner finally"); }
        }
        catch (InvalidOperationException e) { r += 10; Console.WriteLine("caught " + e.Message); return r; }
        finally { r += 100; Console.WriteLine("outer finally r=" + r); }
    }
    static IEnumerable<int> Gen()
    {
        try { yield return 1; yield return 2; }
        finally { Console.WriteLine("gen finally"); }
    }

    static void Main()
    {
        Console.WriteLine("main start " + A.C);
        Console.WriteLine($"A.S={A.S} A.R={A.R} B.R={B.R}");
        Console.WriteLine(string.Join(",", Log.Lines));
        Console.WriteLine(Outer.Inner.Get());
        Console.WriteLine(Outer.Touch());
        Console.WriteLine(Lazyish.Value + Lazyish.Value + Lazyish.Hits);

        var log = new List<string>();
        Console.WriteLine(Ret(log) + " " + log[0]);
        Console.WriteLine(Loops());
        Console.WriteLine(Nested());
        foreach (var g in Gen()) { Console.WriteLine("got " + g); if (g == 1) break; }

        Func<int, int, int> addChecked = (a, b) => checked(a + b);
        Func<int, int, int> addUnchecked = (a, b) => unchecked(a + b);
        Console.WriteLine(addUnchecked(int.MaxValue, 1));
        try { Console.WriteLine(addChecked(int.MaxValue, 1)); } catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        checked
        {
            Func<long, int> narrow = v => (int)v;
            try { Console.WriteLine(narrow(1L << 40)); } catch (OverflowException) { Console.WriteLine("narrow overflow"); }
            Func<int, int> mul = v => v * 3;
            try { Console.WriteLine(mul(1_000_000_000)); } catch (OverflowException) { Console.WriteLine("mul overflow"); }
            int k = int.MinValue;
            try { k = -k; Console.WriteLine(k); } catch (OverflowException) { Console.WriteLine("neg overflow"); }
            try { Console.WriteLine((uint)(-1 + k - k)); } catch (OverflowException) { Console.WriteLine("uint overflow"); }
            try { double dd = 3e10; Console.WriteLine((int)dd); } catch (OverflowException) { Console.WriteLine("double overflow"); }
            try { Console.WriteLine((byte)(k + int.MaxValue + 257)); } catch (OverflowException) { Console.WriteLine("byte overflow"); }
        }
        unchecked
        {
            int big = int.MaxValue;
            Func<int> f = () => big * 2;
            Console.WriteLine(f());
            Console.WriteLine((int)(1L << 40 | 5));
            Console.WriteLine((short)70000 + " " + (sbyte)200 + " " + (ushort)-1);
        }
        long lm = long.MaxValue;
        try { Console.WriteLine(checked(lm + 1)); } catch (OverflowException) { Console.WriteLine("long overflow"); }
        Console.WriteLine(unchecked(lm + 1));
        try { Console.WriteLine(checked((ulong)(lm - lm - 1))); } catch (OverflowException) { Console.WriteLine("ulong overflow"); }
        var sums = new[] { int.MaxValue, 1 };
        try { Console.WriteLine(sums.Sum()); } catch (OverflowException) { Console.WriteLine("sum overflow"); }
        Console.WriteLine(sums.Select(v => (long)v).Sum());
        int counter = int.MaxValue;
        Action inc = () => counter++;
        inc();
        Console.WriteLine(counter);
        Action incC = () => { checked { counter--; counter--; } };
        incC();
        Console.WriteLine(counter);
    }
}
