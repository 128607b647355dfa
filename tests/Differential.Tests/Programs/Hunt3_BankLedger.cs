using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public enum TxKind { Deposit, Withdrawal, Transfer, Fee }

public record Money(long Cents)
{
    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new(a.Cents - b.Cents);
    public static Money Zero { get; } = new(0);
    public override string ToString() => (Cents < 0 ? "-" : "") + "$" + (Math.Abs(Cents) / 100) + "." + (Math.Abs(Cents) % 100).ToString("D2");
}

public record Transaction(int Id, string Account, TxKind Kind, Money Amount, DateTime When, string? Memo = null);

public sealed record Account(string Number, string Owner)
{
    public List<Transaction> History { get; init; } = new();
    public Money Balance => History.Aggregate(Money.Zero, (acc, t) => t.Kind == TxKind.Deposit ? acc + t.Amount : acc - t.Amount);
}

public readonly record struct Summary(string Owner, int Count, double Average);

public class InsufficientFundsException : Exception
{
    public string Account { get; }
    public InsufficientFundsException(string account, Money needed) : base($"Account {account} lacks {needed}") { Account = account; }
}

public static class Program
{
    static int nextId = 1;

    static void Post(Dictionary<string, Account> book, string acct, TxKind kind, long cents, int day, string? memo = null)
    {
        var a = book[acct];
        var amount = new Money(cents);
        if (kind != TxKind.Deposit && a.Balance.Cents < cents)
            throw new InsufficientFundsException(acct, amount - a.Balance);
        a.History.Add(new Transaction(nextId++, acct, kind, amount, new DateTime(2024, 1, day, 9, 30, 0), memo));
    }

    public static void Main()
    {
        var book = new Dictionary<string, Account>(StringComparer.OrdinalIgnoreCase)
        {
            ["ACC-1"] = new Account("ACC-1", "Alice"),
            ["ACC-2"] = new Account("ACC-2", "Bob"),
            ["acc-3"] = new Account("acc-3", "Carol"),
        };
        Post(book, "acc-1", TxKind.Deposit, 100000, 1, "salary");
        Post(book, "ACC-2", TxKind.Deposit, 2550, 2);
        Post(book, "ACC-1", TxKind.Withdrawal, 12345, 3, "rent");
        Post(book, "ACC-3", TxKind.Deposit, 99, 4);
        Post(book, "acc-1", TxKind.Fee, 250, 5);
        try { Post(book, "acc-2", TxKind.Withdrawal, 5000, 6); }
        catch (InsufficientFundsException e) { Console.WriteLine(e.Message + " / " + e.Account + " / " + e.GetType().Name); }
        try { Post(book, "acc-9", TxKind.Deposit, 1, 7); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }

        foreach (var a in book.Values)
            Console.WriteLine($"{a.Number,-8}|{a.Owner,6}|{a.Balance,12}|{a.History.Count,3}");

        var first = book["ACC-1"].History[0];
        Console.WriteLine(first);
        var copy = first with { Memo = "changed", Id = 99 };
        Console.WriteLine(copy);
        Console.WriteLine(first == copy);
        Console.WriteLine(first == (copy with { Memo = "salary", Id = 1 }));
        Console.WriteLine(new Money(-1234) + " " + new Money(5) + " " + (new Money(5) == new Money(5)));

        var all = book.Values.SelectMany(a => a.History).ToList();
        var byKind = all.GroupBy(t => t.Kind).OrderBy(g => g.Key);
        foreach (var g in byKind)
            Console.WriteLine($"{g.Key}: n={g.Count()} total={g.Sum(t => t.Amount.Cents) / 100.0:F2} max={g.Max(t => t.Amount.Cents)} ids={string.Join("+", g.Select(t => t.Id))}");

        var summaries = book.Values
            .Select(a => new Summary(a.Owner, a.History.Count, a.History.Count == 0 ? 0 : a.History.Average(t => (double)t.Amount.Cents)))
            .OrderByDescending(s => s.Average).ThenBy(s => s.Owner)
            .ToArray();
        foreach (var s in summaries) Console.WriteLine(s);
        Console.WriteLine(summaries[0] == new Summary("Bob", 1, 2550));
        Console.WriteLine(summaries[0].Equals(new Summary("Bob", 1, 2550)));

        var lookup = all.ToLookup(t => t.When.DayOfWeek);
        foreach (var day in lookup.OrderBy(l => l.Key))
            Console.WriteLine(day.Key + " -> " + string.Join(", ", day.Select(t => t.Kind.ToString().ToLowerInvariant())));
        Console.WriteLine(lookup[DayOfWeek.Sunday].Count() + " " + lookup.Contains(DayOfWeek.Monday) + " " + lookup.Count);

        var memos = all.Where(t => t.Memo is not null).Select(t => t.Memo!.ToUpper()).DefaultIfEmpty("none");
        Console.WriteLine(string.Join(";", memos));
        var running = all.OrderBy(t => t.When).Aggregate(new StringBuilder(), (sb, t) => sb.Append(t.Id).Append(t.Kind == TxKind.Deposit ? '+' : '-'), sb => sb.ToString());
        Console.WriteLine(running);
        var pairs = all.Zip(all.Skip(1), (x, y) => y.Id - x.Id);
        Console.WriteLine(string.Join(",", pairs));
        var (owner, count) = (book["acc-3"].Owner, book["acc-3"].History.Count);
        Console.WriteLine($"{owner}:{count}");
        Console.WriteLine(all.Where(t => t.Kind == TxKind.Fee).Single().Amount);
        Console.WriteLine(all.MaxBy(t => t.Amount.Cents)?.Id + " " + all.MinBy(t => t.Amount.Cents)?.Id);
        Console.WriteLine(all.Select(t => t.Account.ToUpperInvariant()).Distinct().Count());
        Console.WriteLine(string.Join(" ", all.Chunk(2).Select(c => c.Length)));
        Console.WriteLine(string.Join(" ", all.DistinctBy(t => t.Kind).Select(t => t.Id)));
        Console.WriteLine(all.Sum(t => t.Amount.Cents) + " " + all.Average(t => t.Id) + " " + all.Count(t => t.When.Day % 2 == 1));
    }
}
