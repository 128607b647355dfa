using System;
using System.Collections.Generic;

public static class Program
{
    sealed record Address(string City, string? Zip);
    sealed record Customer(string Name, int Age, Address? Home, List<string> Tags);
    abstract record Expr;
    sealed record Num(int V) : Expr;
    sealed record Add(Expr L, Expr R) : Expr;
    sealed record Mul(Expr L, Expr R) : Expr;
    sealed record Neg(Expr E) : Expr;

    static string Rps(string a, string b) => (a, b) switch
    {
        ("rock", "scissors") or ("scissors", "paper") or ("paper", "rock") => "first",
        var (x, y) when x == y => "tie",
        (_, "rock" or "paper" or "scissors") => "second",
        _ => "invalid",
    };

    static string Classify(int x, bool flag) => (x, flag) switch
    {
        (< 0, _) => "negative",
        (0, true) => "zero-on",
        (0, false) => "zero-off",
        ( >= 1 and <= 9, var f) => "digit" + (f ? "!" : ""),
        (var v, _) when v % 2 == 0 => "even " + v,
        _ => "odd big",
    };

    static string Who(Customer c) => c switch
    {
        { Home: { City: "Oslo", Zip: null } } => c.Name + " in Oslo, no zip",
        { Home.City: "Oslo", Home.Zip: var z } => c.Name + " in Oslo " + z,
        { Age: >= 65, Tags.Count: > 0 } => c.Name + " senior tagged " + c.Tags[0],
        { Home: null, Name: [var first, ..] } => c.Name + " homeless, initial " + first,
        { Name.Length: > 4 } => "long name " + c.Name,
        _ => "other " + c.Name,
    };

    static int Eval(Expr e) => e switch
    {
        Num { V: var v } => v,
        Add(Num(0), var r) => Eval(r),
        Add(var l, var r) => Eval(l) + Eval(r),
        Mul(Num(0), _) or Mul(_, Num(0)) => 0,
        Mul(var l, var r) => Eval(l) * Eval(r),
        Neg(Neg(var inner)) => Eval(inner),
        Neg(var inner) => -Eval(inner),
        _ => throw new InvalidOperationException("unknown " + e),
    };

    static string Show(object? o) => o switch
    {
        null => "null",
        int i and > 100 => "big int " + i,
        int i => "int " + i,
        string { Length: 0 } => "empty string",
        string s when s.StartsWith('x') => "x-string",
        string s => "string " + s.Length,
        int[] { Length: 3 } arr => "three ints " + arr[2],
        int[] and [var h, .. var rest] => "head " + h + " rest " + rest.Length,
        (int a, int b) => "pair " + (a + b),
        Expr ex => "expr " + Eval(ex),
        _ => "other " + o.GetType().Name,
    };

    public static void Main()
    {
        Console.WriteLine(Rps("rock", "scissors") + " " + Rps("paper", "paper") + " " + Rps("rock", "paper") + " " + Rps("lizard", "spock"));
        foreach (var (x, f) in new[] { (-3, true), (0, true), (0, false), (7, true), (7, false), (12, false), (13, true) })
            Console.WriteLine(Classify(x, f));
        var customers = new[]
        {
            new Customer("Ann", 30, new Address("Oslo", null), new()),
            new Customer("Bob", 40, new Address("Oslo", "0150"), new()),
            new Customer("Cleo", 70, new Address("Rome", "00100"), new() { "vip" }),
            new Customer("Dan", 20, null, new()),
            new Customer("Eleanor", 20, new Address("Lima", null), new()),
            new Customer("Fe", 70, new Address("Lima", null), new()),
        };
        foreach (var c in customers) Console.WriteLine(Who(c));
        Expr e = new Add(new Mul(new Num(3), new Num(4)), new Neg(new Neg(new Num(5))));
        Console.WriteLine(Eval(e) + " " + Eval(new Add(new Num(0), new Num(9))) + " " + Eval(new Mul(new Num(7), new Num(0))));
        Console.WriteLine(e);
        foreach (var o in new object?[] { null, 5, 500, "", "xyz", "abc", new[] { 1, 2, 3 }, new[] { 9, 8 }, (2, 3), new Num(4), 2.5 })
            Console.WriteLine(Show(o));
        int[] data = { 1, 2, 3, 4, 5 };
        if (data is [1, _, .. var mid, 5]) Console.WriteLine("mid " + string.Join(",", mid));
        Console.WriteLine(data is [_, _] ? "two" : data is [.., > 4] ? "ends big" : "else");
        var p = (Name: "x", Score: 91);
        var grade = p switch { { Score: >= 90 } => "A", { Score: >= 80 } => "B", _ => "C" };
        Console.WriteLine(grade + " " + (p is { Name: "x", Score: > 50 and < 100 }));
    }
}
