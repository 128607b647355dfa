using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public class AppException : Exception
{
    public int Code { get; }
    public AppException(int code) : base() { Code = code; }
    public AppException(int code, string msg, Exception? inner = null) : base(msg, inner) { Code = code; }
    public override string Message => $"[{Code}] " + base.Message;
}

public sealed class DerivedArg : ArgumentException
{
    public DerivedArg(string param) : base("custom arg problem", param) { }
}

public static class Program
{
    static void T(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e)
        {
            var extra = e switch
            {
                ArgumentOutOfRangeException aoor => " param=" + aoor.ParamName + " actual=" + (aoor.ActualValue ?? "null"),
                ArgumentException ae => " param=" + (ae.ParamName ?? "null"),
                AggregateException agg => " inner=" + agg.InnerExceptions.Count + " first=" + (agg.InnerExceptions.Count > 0 ? agg.InnerExceptions[0].Message : "-") + " has=" + agg.InnerExceptions.Contains(agg.InnerException!),
                _ => "",
            };
            Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message}{extra}{(e.InnerException != null ? " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message : "")}");
        }
    }

    public static void Main()
    {
        int zero = 0;
        string? nul = null;
        int[] arr = { 1, 2, 3 };
        var list = new List<int> { 1, 2, 3 };
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        T("int div zero", () => Console.WriteLine(1 / zero));
        T("long mod zero", () => Console.WriteLine(1L % zero));
        T("array index", () => Console.WriteLine(arr[3]));
        T("array negative", () => Console.WriteLine(arr[zero - 1]));
        T("list index", () => Console.WriteLine(list[5]));
        T("list set", () => list[-1] = 0);
        T("dict missing", () => Console.WriteLine(dict["zz"]));
        T("dict int missing", () => Console.WriteLine(new Dictionary<int, int>()[42]));
        T("dict dup", () => dict.Add("a", 2));
        T("dict null key", () => dict[nul!] = 1);
        T("null deref", () => Console.WriteLine(nul!.Length));
        T("null method", () => Console.WriteLine(nul!.ToUpper()));
        T("int.Parse", () => int.Parse("12a"));
        T("int.Parse null", () => int.Parse(nul!));
        T("int.Parse overflow", () => int.Parse("99999999999"));
        T("double.Parse empty", () => double.Parse(""));
        T("checked overflow", () => { int x = int.MaxValue; x = checked(x + 1); });
        T("cast", () => { object o = "s"; var i = (int)o; });
        T("cast class", () => { object o = new StringBuilder(); var s = (string)o; });
        T("unbox null", () => { object? o = null; var i = (int)o!; });
        T("substring", () => "abc".Substring(2, 5));
        T("substring neg", () => "abc".Substring(-1));
        T("remove", () => "abc".Remove(5));
        T("insert", () => "abc".Insert(9, "x"));
        T("padleft", () => "abc".PadLeft(-1));
        T("string indexer", () => Console.WriteLine("abc"[3]));
        T("char.Parse", () => char.Parse("ab"));
        T("first empty", () => new int[0].First());
        T("first pred", () => arr.First(x => x > 10));
        T("single many", () => arr.Single());
        T("single pred many", () => arr.Single(x => x > 1));
        T("max empty", () => new List<int>().Max());
        T("average empty", () => new double[0].Average());
        T("elementat", () => arr.ElementAt(10));
        T("last empty", () => Enumerable.Empty<string>().Last());
        T("aggregate empty", () => new int[0].Aggregate((a, b) => a + b));
        T("todictionary dup", () => new[] { "x", "x" }.ToDictionary(s => s));
        T("queue empty", () => new Queue<int>().Dequeue());
        T("stack empty", () => new Stack<int>().Pop());
        T("stack peek", () => new Stack<string>().Peek());
        T("list modified", () => { foreach (var x in list) list.Add(x); });
        T("range bad", () => Enumerable.Range(0, -1));
        T("repeat bad", () => Enumerable.Repeat(1, -2));
        T("take null", () => ((IEnumerable<int>)null!).Take(1).ToList());
        T("new string neg", () => new string('x', -1));
        T("sb remove", () => new StringBuilder("abc").Remove(1, 5));
        T("array copy", () => Array.Copy(arr, 0, new int[2], 0, 3));
        T("list insert", () => list.Insert(10, 1));
        T("list removeat", () => list.RemoveAt(-1));
        T("list getrange", () => list.GetRange(1, 10));
        T("convert base64", () => Convert.FromBase64String("abc"));
        T("convert base", () => Convert.ToInt32("12", 7));
        T("enum parse", () => Enum.Parse<DayOfWeek>("Funday"));
        T("guid-less format", () => string.Format("{0:Q}", 5));
        T("format index", () => string.Format("{1}", 5));
        T("split count", () => "a,b".Split(',', -1));
        T("repeat string", () => string.Join(",", Enumerable.Repeat("a", 2)).Substring(4));
        T("custom", () => throw new AppException(42, "failed", new InvalidOperationException("root")));
        T("custom default", () => throw new AppException(7));
        T("derived arg", () => throw new DerivedArg("thing"));
        T("arg null", () => throw new ArgumentNullException("p"));
        T("arg null msg", () => throw new ArgumentNullException("p", "was null here"));
        T("arg oor", () => throw new ArgumentOutOfRangeException("idx", 5, "too big"));
        T("arg oor plain", () => throw new ArgumentOutOfRangeException("idx"));
        T("arg msg param", () => throw new ArgumentException("bad value", "name"));
        T("arg msg", () => throw new ArgumentException("bad value"));
        T("arg empty", () => throw new ArgumentException());
        T("invalid op", () => throw new InvalidOperationException());
        T("not supported", () => throw new NotSupportedException());
        T("not impl", () => throw new NotImplementedException());
        T("format", () => throw new FormatException());
        T("key not found", () => throw new KeyNotFoundException());
        T("timeout", () => throw new TimeoutException());
        T("overflow", () => throw new OverflowException());
        T("div zero", () => throw new DivideByZeroException());
        T("null ref", () => throw new NullReferenceException());
        T("index", () => throw new IndexOutOfRangeException());
        T("invalid cast", () => throw new InvalidCastException());
        T("obj disposed", () => throw new ObjectDisposedException("thing"));
        T("op canceled", () => throw new OperationCanceledException());
        T("aggregate", () => throw new AggregateException(new Exception("a"), new InvalidOperationException("b")));
        T("aggregate msg", () => throw new AggregateException("outer", new Exception("a")));
        T("aggregate none", () => throw new AggregateException());
        T("plain", () => throw new Exception());
        T("plain null msg", () => throw new Exception(null));
        T("inner", () => throw new Exception("outer", new Exception("inner")));
        T("arith", () => throw new ArithmeticException());
        try
        {
            try { throw new AppException(1, "first"); }
            catch (AppException e) when (e.Code == 1) { throw new InvalidOperationException("wrapped", e); }
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message + " / " + e.InnerException?.Message + " / " + (e.InnerException is AppException ae ? ae.Code : -1) + " / " + e.GetBaseException().Message);
        }
        var ex = new ArgumentOutOfRangeException("count", -3, "Count must be positive.");
        Console.WriteLine(ex.Message.Replace("\n", "\\n") + " | " + ex.ParamName + " | " + ex.ActualValue);
        Exception boxed = new KeyNotFoundException("The given key 'k' was not present in the dictionary.");
        Console.WriteLine(boxed is SystemException ? "system" : "other");
        Console.WriteLine(new InvalidOperationException() is SystemException);
        Console.WriteLine(new AppException(3) is SystemException);
        Console.WriteLine(new ArgumentNullException() is ArgumentException);
        Console.WriteLine(new TaskCanceledExceptionProbe().Describe());
    }
}

public sealed class TaskCanceledExceptionProbe
{
    public string Describe()
    {
        var e = new System.Threading.Tasks.TaskCanceledException();
        return e.GetType().Name + ": " + e.Message + " " + (e is OperationCanceledException);
    }
}
