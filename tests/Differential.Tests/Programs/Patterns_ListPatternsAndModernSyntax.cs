using System;
using System.Collections.Generic;
using System.Linq;

static class Extensions
{
    public static int Doubled(this int x) => x * 2;
    public static string Shout(this string s, int times = 1) => string.Concat(Enumerable.Repeat(s.ToUpper() + "!", times));
    public static IEnumerable<T> EveryOther<T>(this IEnumerable<T> source)
    {
        bool take = true;
        foreach (var item in source)
        {
            if (take) yield return item;
            take = !take;
        }
    }
    public static TValue GetOr<TKey, TValue>(this Dictionary<TKey, TValue> d, TKey key, TValue fallback) where TKey : notnull =>
        d.TryGetValue(key, out var v) ? v : fallback;
}

class Account(string owner, decimalFree initial)
{
    private readonly List<string> history = new() { "opened by " + owner };
    public string Owner => owner;
    public int Balance { get; private set; } = initial.Cents;
    public void Deposit(int amount) { Balance += amount; history.Add($"+{amount}"); }
    public IReadOnlyList<string> History => history;
}

readonly record struct decimalFree(int Cents);

class Config
{
    public required string Name { get; init; }
    public int Port { get; init; } = 8080;
    public string[] Tags { get; init; } = [];
    public override string ToString() => $"{Name}:{Port} [{string.Join(",", Tags)}]";
}

class Program
{
    static string Shape(int[] xs) => xs switch
    {
        [] => "empty",
        [var only] => $"one {only}",
        [1, 2, ..] => "starts 1,2",
        [var first, .., var last] when first == last => $"bookends {first}",
        [_, _, .. var rest] => $"rest has {rest.Length}",
    };

    static void Main()
    {
        Console.WriteLine(21.Doubled() + " " + "hey".Shout() + " " + "ho".Shout(times: 2) + " " + string.Join(",", Enumerable.Range(1, 7).EveryOther()));
        var d = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine(d.GetOr("a", 0) + " " + d.GetOr("zz", -1));

        var acct = new Account("ann", new decimalFree(500));
        acct.Deposit(25); acct.Deposit(5);
        Console.WriteLine(acct.Owner + " " + acct.Balance + " " + string.Join(";", acct.History));
        var cfg = new Config { Name = "svc", Tags = ["a", "b"] };
        var cfg2 = new Config { Name = "other", Port = 1 };
        Console.WriteLine(cfg + " " + cfg2);

        int[] a = [1, 2, 3];
        int[] b = [.. a, 4, .. a.Where(x => x > 1)];
        List<string> names = ["x", "y", .. a.Where(v => v > 2).Select(v => "n" + v)];
        HashSet<int> unique = [1, 1, 2];
        Console.WriteLine(b.Length + " " + string.Join(",", b) + " " + names.Count + " " + string.Join("", names) + " " + unique.Count);
        foreach (var xs in new[] { new int[0], new[] { 7 }, new[] { 1, 2, 9 }, new[] { 4, 0, 4 }, new[] { 5, 6, 7, 8 } })
            Console.Write(Shape(xs) + " | ");
        Console.WriteLine();
        foreach (var word in new[] { "az", "abcz", "a", "", "zebra" })
            Console.Write((word is ['a', .., 'z']) + "/" + (word is [_, .. var middle, _] ? "[" + middle + "]" : "-") + " ");
        var list = new List<int> { 3, 4, 5 };
        object boxedArr = new[] { 1, 2 };
        Console.WriteLine((list is [3, ..]) + " " + (list is [.., > 4]) + " " + (list is [_, _]) + " " + (boxedArr is int[] and [1, 2]) + " " + (list is [var h, .. { Count: var cnt }] ? h + "+" + cnt : "no"));

        var raw = """
            {"name": "raw", "quote": "\"}
              indented
            """;
        Console.WriteLine(raw.Replace("\r", ""));
        var who = "world";
        Console.WriteLine($$"""{"hello": "{{who}}", "n": {{1 + 1}}}""");

        var t = (Name: "pt", X: 1, Y: 2.5);
        var (n, x, y) = t;
        var (p, (q, r)) = (1, ("two", 3.0));
        Console.WriteLine(t + " " + t.Name + " " + n + x + y + " " + p + q + r + " " + (t == ("pt", 1, 2.5)) + " " + (t.X, t.Y).GetHashCode().GetType().Name);
        var swapped = (left: 1, right: 2);
        (swapped.left, swapped.right) = (swapped.right, swapped.left);
        Console.WriteLine(swapped + " " + swapped.left);
        var pairs = new List<(string Key, int Count)> { ("b", 2), ("a", 2), ("c", 1) };
        Console.WriteLine(string.Join(" ", pairs.OrderBy(pp => pp.Count).ThenBy(pp => pp.Key).Select(pp => $"{pp.Key}{pp.Count}")) + " " + pairs.Max(pp => pp.Count));
        var anon = new { Id = 7, Label = "seven", Ratio = 0.5, Letter = 'z', On = true };
        Console.WriteLine(anon + " " + anon.Equals(new { Id = 7, Label = "seven", Ratio = 0.5, Letter = 'z', On = true }));
        object o = 42;
        if (o is var any && any is int i and > 40) Console.WriteLine("var pattern " + i);
        string? s = null;
        var len = s switch { null => 0, { Length: var l } => l };
        Console.WriteLine(len + " " + nameof(Program.Main) + " " + nameof(acct.Balance) + " " + $"{nameof(Config)}");
        static int Fib(int k) => k < 2 ? k : Fib(k - 1) + Fib(k - 2);
        Console.WriteLine(Fib(20));
        Span<int> span = new int[] { 5, 6, 7 };
        Console.WriteLine(span.Length + " " + span[1]);
        char c = (char)('a' + 25);
        int big = 70000;
        Console.WriteLine(c + " " + (char)big + (int)(char)big + " " + ('a' < 'b') + " " + (char)(c - 1) + " " + (c > 'x' ? "late" : "early") + " " + char.ToUpperInvariant(c) + " " + (int)'€');
    }
}
