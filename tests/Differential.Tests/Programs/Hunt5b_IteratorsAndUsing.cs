using System;
using System.Collections.Generic;
using System.Linq;

public sealed class Res : IDisposable
{
    private readonly string name;
    private readonly bool fail;
    public static List<string> Log = new();
    public Res(string name, bool fail = false) { this.name = name; this.fail = fail; Log.Add("open " + name); }
    public void Dispose() { Log.Add("close " + name); if (fail) throw new InvalidOperationException("dispose " + name); }
}

public struct Counter : IDisposable
{
    public int Hits;
    public void Dispose() { Res.Log.Add("counter disposed " + Hits); }
}

public static class Program
{
    static IEnumerable<int> Numbers(string tag)
    {
        Res.Log.Add(tag + " start");
        try
        {
            for (int i = 1; ; i++)
            {
                Res.Log.Add(tag + " yield " + i);
                yield return i;
                if (i == 100) yield break;
            }
        }
        finally { Res.Log.Add(tag + " finally"); }
    }

    static IEnumerable<string> Nested(IEnumerable<int> src)
    {
        using var r = new Res("nested");
        foreach (var n in src)
        {
            try
            {
                if (n % 2 == 0) continue;
                yield return "odd" + n;
            }
            finally { Res.Log.Add("inner finally " + n); }
        }
    }

    static IEnumerable<int> Fails(int at)
    {
        for (int i = 0; i < 5; i++)
        {
            if (i == at) throw new ArgumentException("boom at " + i);
            yield return i;
        }
    }

    static IEnumerable<(int, string)> Tokens(string text)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            char c = text[pos];
            if (char.IsWhiteSpace(c)) { pos++; continue; }
            int start = pos;
            if (char.IsDigit(c)) { while (pos < text.Length && char.IsDigit(text[pos])) pos++; yield return (start, "num:" + text[start..pos]); }
            else if (char.IsLetter(c)) { while (pos < text.Length && char.IsLetterOrDigit(text[pos])) pos++; yield return (start, "id:" + text.Substring(start, pos - start)); }
            else { pos++; yield return (start, "op:" + c); }
        }
    }

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(" | ", Res.Log));
        Res.Log.Clear();
    }

    public static void Main()
    {
        foreach (var n in Numbers("a")) { if (n == 3) break; }
        Flush("break");
        Console.WriteLine(string.Join(",", Numbers("b").Where(x => x % 3 == 0).Select(x => x * x).Take(2)));
        Flush("take");
        var lazy = Numbers("c").Select(x => { Res.Log.Add("map " + x); return x; });
        Flush("nothing yet");
        using (var e = lazy.GetEnumerator()) { e.MoveNext(); e.MoveNext(); }
        Flush("manual");
        Console.WriteLine(string.Join(",", Nested(Enumerable.Range(1, 5)).Take(2)));
        Flush("nested take");
        try { foreach (var x in Fails(2)) Res.Log.Add("got " + x); }
        catch (ArgumentException ex) { Res.Log.Add("caught " + ex.Message); }
        Flush("fails");
        try { Console.WriteLine(Fails(1).Sum()); } catch (Exception ex) { Console.WriteLine(ex.GetType().Name + " " + ex.Message); }
        Console.WriteLine(string.Join(" ", Tokens("x1 = 42+(y*7)")));
        Console.WriteLine(Tokens("a b c").Count() + " " + Tokens("").Any() + " " + Tokens("9 8").Last());

        try
        {
            using (var a = new Res("a"))
            using (var b = new Res("b", fail: true))
            {
                using var c = new Res("c");
                Res.Log.Add("body");
            }
        }
        catch (InvalidOperationException ex) { Res.Log.Add("caught " + ex.Message); }
        Flush("using order");
        try
        {
            using var x = new Res("x", fail: true);
            using var y = new Res("y");
            throw new FormatException("body failed");
        }
        catch (Exception ex) { Res.Log.Add("caught " + ex.GetType().Name + " " + ex.Message); }
        Flush("dispose replaces");
        using (Res r = null) { Res.Log.Add("null resource ok"); }
        var cnt = new Counter();
        using (cnt) { cnt.Hits++; }
        Res.Log.Add("after " + cnt.Hits);
        using (var c2 = new Counter()) { }
        Flush("structs");
        IEnumerable<int> Gen() { int a = 0, b = 1; while (true) { yield return a; (a, b) = (b, a + b); } }
        Console.WriteLine(string.Join(",", Gen().Skip(5).Take(8)));
        Console.WriteLine(string.Join(",", Gen().TakeWhile(v => v < 50).Where(v => v % 2 == 1)));
        var e2 = Gen().GetEnumerator();
        Console.WriteLine(e2.MoveNext() + " " + e2.Current + " " + e2.MoveNext() + " " + e2.Current);
    }
}
