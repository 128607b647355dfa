using System;
using System.Collections.Generic;
using System.Linq;

public static class Program
{
    sealed class ValidationException : Exception
    {
        public string Field { get; }
        public ValidationException(string field, string message) : base(message) { Field = field; }
        public ValidationException(string field, string message, Exception inner) : base(message, inner) { Field = field; }
    }

    readonly struct Money : IEquatable<Money>
    {
        public readonly long Cents;
        public readonly string Currency;
        public Money(long cents, string currency) { Cents = cents; Currency = currency; }
        public bool Equals(Money other) { Console.Write("<eq>"); return Cents == other.Cents && string.Equals(Currency, other.Currency, StringComparison.OrdinalIgnoreCase); }
        public override bool Equals(object? obj) { Console.Write("<obj>"); return obj is Money m && Equals(m); }
        public override int GetHashCode() => (int)Cents;
        public override string ToString() => $"{Cents / 100.0:F2} {Currency}";
    }

    static readonly List<string> Trace = new();

    static int Parse(string s)
    {
        try
        {
            Trace.Add("try " + s);
            if (s.Length == 0) throw new ValidationException("s", "empty");
            return int.Parse(s);
        }
        catch (FormatException e) when (s.StartsWith("x"))
        {
            Trace.Add("hex " + s);
            return Convert.ToInt32(s[1..], 16);
        }
        catch (FormatException e)
        {
            throw new ValidationException("s", $"bad number '{s}'", e);
        }
        finally
        {
            Trace.Add("finally " + s);
        }
    }

    static int Nested()
    {
        int x = 0;
        try
        {
            try { x = 1; throw new InvalidOperationException("inner"); }
            finally { x += 10; Trace.Add("inner finally " + x); }
        }
        catch (InvalidOperationException e) { Trace.Add("caught " + e.Message + " " + x); x += 100; return x; }
        finally { x += 1000; Trace.Add("outer finally " + x); }
    }

    sealed class Resource : IDisposable
    {
        private readonly string _name;
        public Resource(string name) { _name = name; Trace.Add("open " + name); }
        public void Dispose() => Trace.Add("close " + _name);
    }

    public static void Main()
    {
        foreach (var s in new[] { "42", "xff", "abc", "" })
        {
            try { Console.WriteLine(Parse(s)); }
            catch (ValidationException e) { Console.WriteLine($"{e.GetType().Name} {e.Field}: {e.Message} inner={e.InnerException?.GetType().Name ?? "none"} {e.InnerException?.Message}"); }
        }
        Console.WriteLine(Nested());
        try
        {
            using var a = new Resource("a");
            using (var b = new Resource("b")) { Trace.Add("body"); }
            throw new InvalidOperationException("boom");
        }
        catch (Exception e) when (e is InvalidOperationException) { Trace.Add("handled " + e.Message); }
        try
        {
            try { throw new ArgumentNullException("param"); }
            catch (ArgumentException e) { Trace.Add("rethrow " + e.GetType().Name); throw; }
        }
        catch (Exception e) { Trace.Add(e.Message + " | " + (e is ArgumentNullException ane ? ane.ParamName : "?")); }
        try { throw new AggregateException("many", new Exception("one"), new InvalidOperationException("two")); }
        catch (AggregateException e) { Trace.Add(e.InnerExceptions.Count + " " + string.Join(",", e.InnerExceptions.Select(x => x.Message))); }
        try { object o = "str"; var n = (int)o; }
        catch (InvalidCastException e) { Trace.Add("cast: " + e.Message); }
        try { string? n = null; Trace.Add(n!.Length.ToString()); }
        catch (NullReferenceException e) { Trace.Add("nre: " + e.Message); }
        try { var arr = new int[2]; arr[2] = 1; }
        catch (IndexOutOfRangeException e) { Trace.Add("ioor: " + e.Message); }
        try { throw new NotImplementedException(); } catch (Exception e) { Trace.Add(e.Message); }
        try { throw new NotSupportedException(); } catch (Exception e) { Trace.Add(e.Message); }
        try { throw new ArgumentOutOfRangeException("count", 5, "too many"); } catch (Exception e) { Trace.Add(e.Message); }
        try { throw new ArgumentException("bad", "name"); } catch (Exception e) { Trace.Add(e.Message); }
        try { throw new TimeoutException(); } catch (Exception e) { Trace.Add(e.Message); }
        foreach (var t in Trace) Console.WriteLine(t);

        var a1 = new Money(150, "usd");
        var a2 = new Money(150, "USD");
        Console.WriteLine();
        Console.WriteLine(a1.Equals(a2) + " " + a1.Equals((object)a2) + " " + (new List<Money> { a1 }.Contains(a2)));
        var wallet = new Dictionary<Money, string> { [a1] = "first" };
        Console.WriteLine(wallet.ContainsKey(a2) + " " + wallet[a2]);
        Console.WriteLine(new HashSet<Money> { a1, a2, new Money(1, "eur") }.Count + " " + new[] { a1, a2 }.Distinct().Count() + " " + EqualityComparer<Money>.Default.Equals(a1, a2));
        Console.WriteLine((a1, 1).Equals((a2, 1)) + " " + new[] { a1 }.SequenceEqual(new[] { a2 }));
    }
}
