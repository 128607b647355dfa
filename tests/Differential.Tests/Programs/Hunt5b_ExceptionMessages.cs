using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public class AppException : Exception
{
    public int Code { get; }
    public AppException(string msg, int code, Exception inner = null) : base(msg, inner) { Code = code; }
    public override string Message => $"[{Code}] {base.Message}";
}
public sealed class ParseFailure : AppException
{
    public ParseFailure(string input, Exception inner) : base("cannot parse '" + input + "'", 400, inner) { }
}
public class Quiet : Exception { }

public static class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": ok"); }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message);
            if (e is ArgumentException ae) Console.WriteLine("   param=" + (ae.ParamName ?? "(null)"));
            if (e.InnerException != null) Console.WriteLine("   inner=" + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
    }

    public static void Main()
    {
        Try("dict missing", () => { var d = new Dictionary<string, int>(); _ = d["nope"]; });
        Try("dict missing int", () => { var d = new Dictionary<int, int>(); _ = d[42]; });
        Try("dict dup", () => { var d = new Dictionary<string, int> { ["a"] = 1 }; d.Add("a", 2); });
        Try("dict null key", () => { var d = new Dictionary<string, int>(); d[null] = 1; });
        Try("list index", () => { var l = new List<int> { 1 }; _ = l[3]; });
        Try("list insert", () => { var l = new List<int> { 1 }; l.Insert(5, 3); });
        Try("list removeat", () => { var l = new List<int>(); l.RemoveAt(0); });
        Try("list getrange", () => { var l = new List<int> { 1, 2 }; l.GetRange(1, 5); });
        Try("array index", () => { var a = new int[2]; a[2] = 1; });
        Try("string index", () => { var s = "abc"; _ = s[10]; });
        Try("substring", () => "abc".Substring(2, 5));
        Try("substring start", () => "abc".Substring(5));
        Try("int parse", () => int.Parse("12x"));
        Try("int parse empty", () => int.Parse(""));
        Try("int parse null", () => int.Parse(null));
        Try("int overflow parse", () => int.Parse("99999999999"));
        Try("double parse", () => double.Parse("1.2.3", CultureInfo.InvariantCulture));
        Try("bool parse", () => bool.Parse("yes"));
        Try("divide", () => { int z = 0; Console.WriteLine(10 / z); });
        Try("modulo", () => { int z = 0; Console.WriteLine(10 % z); });
        Try("cast", () => { object o = "s"; var i = (int)o; });
        Try("cast class", () => { object o = new Quiet(); var s = (string)o; });
        Try("null ref", () => { string s = null; _ = s.Length; });
        Try("first empty", () => new int[0].First());
        Try("single many", () => new[] { 1, 2 }.Single());
        Try("max empty", () => new List<double>().Max());
        Try("average empty", () => new int[0].Average());
        Try("queue empty", () => new Queue<int>().Dequeue());
        Try("stack empty", () => new Stack<int>().Peek());
        Try("abs min", () => Math.Abs(int.MinValue));
        Try("checked", () => { int a = int.MaxValue; checked { a++; } });
        Try("convert", () => Convert.ToInt32("zz", 16));
        Try("base64", () => Convert.FromBase64String("abc"));
        Try("enum parse", () => Enum.Parse<DayOfWeek>("Funday"));
        Try("string.join null", () => string.Join(",", (string[])null));
        Try("new string neg", () => new string('a', -1));
        Try("repeat neg", () => "x".PadLeft(-1));
        Try("sb remove", () => new StringBuilder("abc").Remove(2, 5));
        Try("custom", () => throw new ParseFailure("x1", new FormatException("bad digit")));
        Try("quiet", () => throw new Quiet());
        Try("arg", () => throw new ArgumentException("bad", "who"));
        Try("argnull", () => throw new ArgumentNullException("who"));
        Try("argnull msg", () => throw new ArgumentNullException("who", "custom text"));
        Try("argrange", () => throw new ArgumentOutOfRangeException("who", 5, "too big"));
        Try("argrange plain", () => throw new ArgumentOutOfRangeException("who"));
        Try("invalidop", () => throw new InvalidOperationException());
        Try("notsupported", () => throw new NotSupportedException());
        Try("notimpl", () => throw new NotImplementedException());
        Try("timeout", () => throw new TimeoutException());
        Try("aggregate", () => throw new AggregateException(new Exception("e1"), new InvalidOperationException("e2")));
        Try("aggregate msg", () => throw new AggregateException("many", new Exception("e1")));
        Try("keynotfound", () => throw new KeyNotFoundException());
        Try("format", () => throw new FormatException());
        Try("overflow", () => throw new OverflowException());
        Try("objdisposed", () => throw new ObjectDisposedException("thing"));
        Try("string.format", () => string.Format("{0} {1}", 1));
        Try("range", () => Enumerable.Range(0, 3).ElementAt(-1));
        Try("toDictionary dup", () => new[] { "a", "A" }.ToDictionary(s => s.ToLower()));
        Try("uri", () => Uri.EscapeDataString(null));
        var agg = new AggregateException(new Exception("e1"), new AggregateException(new Exception("e2")));
        Console.WriteLine(agg.InnerExceptions.Count + " " + agg.Flatten().InnerExceptions.Count + " " + agg.InnerException.Message);
        var pf = new ParseFailure("q", null);
        Console.WriteLine(pf.Message + " " + pf.Code + " " + (pf is AppException) + " " + pf.GetType().Name + " " + pf.GetBaseException().Message);
    }
}
