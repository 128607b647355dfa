using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public interface IAccount { string Id { get; } long Cents { get; } void Deposit(long c); void Withdraw(long c); }
public interface IInterestBearing { int RateBasisPoints { get; } }

public class InsufficientFundsException : InvalidOperationException
{
    public long Shortfall { get; }
    public InsufficientFundsException(string id, long shortfall) : base($"Account {id} short by {Money.Fmt(shortfall)}") { Shortfall = shortfall; }
}
public class FrozenAccountException : Exception
{
    public FrozenAccountException(string id, Exception inner) : base("Frozen: " + id, inner) { }
}

public static class Money
{
    public static string Fmt(long cents)
    {
        string sign = cents < 0 ? "-" : "";
        long abs = Math.Abs(cents);
        return string.Format("{0}${1:N0}.{2:D2}", sign, abs / 100, abs % 100);
    }
}

public abstract class Account : IAccount, IComparable<Account>
{
    private static int nextNo = 1000;
    protected readonly List<(string Kind, long Amount)> history = new();
    public string Id { get; }
    public string Owner { get; init; }
    public long Cents { get; protected set; }
    public bool Frozen { get; set; }
    protected Account(string prefix) { Id = prefix + "-" + (nextNo++); }
    public virtual void Deposit(long c)
    {
        if (c <= 0) throw new ArgumentOutOfRangeException(nameof(c), c, "Deposit must be positive");
        Check(); Cents += c; history.Add(("dep", c));
    }
    public virtual void Withdraw(long c)
    {
        Check();
        if (c > Available) throw new InsufficientFundsException(Id, c - Available);
        Cents -= c; history.Add(("wd", c));
    }
    protected virtual long Available => Cents;
    private void Check() { if (Frozen) throw new FrozenAccountException(Id, new InvalidOperationException("compliance hold")); }
    public int CompareTo(Account other) => other is null ? 1 : Cents.CompareTo(other.Cents);
    public IEnumerable<(string Kind, long Amount)> History => history;
    public override string ToString() => $"{GetType().Name}[{Id}, {Owner}, {Money.Fmt(Cents)}]";
}
public class Checking : Account
{
    public long Overdraft { get; }
    public Checking(long overdraft) : base("CHK") { Overdraft = overdraft; }
    protected override long Available => Cents + Overdraft;
}
public class Savings : Account, IInterestBearing
{
    public int RateBasisPoints { get; }
    public Savings(int bp) : base("SAV") { RateBasisPoints = bp; }
    public override void Withdraw(long c)
    {
        if (history.Count(h => h.Kind == "wd") >= 2) throw new InvalidOperationException("Savings: withdrawal limit reached");
        base.Withdraw(c);
    }
    public void ApplyInterest() { long i = Cents * RateBasisPoints / 10000; if (i > 0) Deposit(i); }
}

public static class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine($"{label}: ok"); }
        catch (InsufficientFundsException e) { Console.WriteLine($"{label}: {e.Message} (short {e.Shortfall}) is IOE {e is InvalidOperationException}"); }
        catch (FrozenAccountException e) when (e.InnerException != null) { Console.WriteLine($"{label}: {e.Message} <- {e.InnerException.Message} [{e.InnerException.GetType().Name}]"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine($"{label}: {e.GetType().Name} {e.ParamName} {e.ActualValue} | {e.Message}"); }
        catch (Exception e) { Console.WriteLine($"{label}: {e.GetType().FullName}: {e.Message}"); }
    }
    public static void Main()
    {
        var accounts = new List<Account>
        {
            new Checking(5000) { Owner = "Ada" }, new Savings(250) { Owner = "Ada" },
            new Checking(0) { Owner = "Bob" }, new Savings(125) { Owner = "Cy" }, new Checking(10000) { Owner = "Cy" },
        };
        long[] deposits = { 12345, 99999, 500, 1000000, 1 };
        for (int i = 0; i < accounts.Count; i++) accounts[i].Deposit(deposits[i]);
        Try("overdraft", () => accounts[0].Withdraw(17000));
        Try("too much", () => accounts[0].Withdraw(1));
        Try("negative", () => accounts[2].Deposit(-5));
        Try("sav1", () => accounts[1].Withdraw(100));
        Try("sav2", () => accounts[1].Withdraw(100));
        Try("sav3", () => accounts[1].Withdraw(100));
        accounts[2].Frozen = true;
        Try("frozen", () => accounts[2].Withdraw(1));
        accounts[2].Frozen = false;
        Try("bob", () => accounts[2].Withdraw(600));
        foreach (var s in accounts.OfType<Savings>()) s.ApplyInterest();
        accounts.Sort();
        foreach (var a in accounts) Console.WriteLine(a);
        Console.WriteLine(new string('-', 44));
        Console.WriteLine(string.Format("|{0,-6}|{1,5}|{2,15}|{3,-12}|", "Owner", "Accts", "Total", "Kinds"));
        var report = accounts.GroupBy(a => a.Owner)
            .Select(g => new { Owner = g.Key, Count = g.Count(), Total = g.Sum(a => a.Cents), Kinds = string.Join("/", g.Select(a => a.GetType().Name[0]).OrderBy(c => c)) })
            .OrderByDescending(r => r.Total).ThenBy(r => r.Owner);
        foreach (var r in report) Console.WriteLine(string.Format("|{0,-6}|{1,5}|{2,15}|{3,-12}|", r.Owner, r.Count, Money.Fmt(r.Total), r.Kinds));
        Console.WriteLine(report.First());
        var byType = accounts.ToLookup(a => a is IInterestBearing);
        Console.WriteLine($"interest: {string.Join(",", byType[true].Select(a => a.Id))} plain: {byType[false].Count()}");
        var hist = accounts.SelectMany(a => a.History, (a, h) => (a.Owner, h.Kind, h.Amount))
            .GroupBy(t => (t.Owner, t.Kind)).OrderBy(g => g.Key.Owner).ThenByDescending(g => g.Key.Kind);
        foreach (var g in hist) Console.WriteLine($"{g.Key} n={g.Count()} sum={g.Sum(t => t.Amount)} avg={g.Average(t => t.Amount):F1}");
        var sb = new StringBuilder();
        foreach (var a in accounts.Where(a => a.Cents % 2 == 1).OrderBy(a => a.Id, StringComparer.Ordinal)) sb.AppendFormat("{0}={1:X};", a.Id, a.Cents);
        Console.WriteLine(sb.ToString().TrimEnd(';'));
        Console.WriteLine(Money.Fmt(-123456789) + " " + Money.Fmt(5) + " " + Money.Fmt(long.MinValue + 1));
        var agg = accounts.Aggregate((best, a) => a.Cents > best.Cents ? a : best);
        Console.WriteLine($"richest {agg.Owner} {agg.CompareTo(null)} {accounts.Max()} min {accounts.Min()?.Owner}");
        Console.WriteLine($"{accounts.Select(a => a.Cents).DefaultIfEmpty().Average():F3} {accounts.Skip(1).Take(3).Sum(a => a.Cents)} {accounts.TakeWhile(a => a.Cents < 100000).Count()}");
    }
}
