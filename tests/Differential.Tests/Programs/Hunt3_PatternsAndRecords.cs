using System;
using System.Collections.Generic;
using System.Linq;

public abstract record Shape(string Tag);
public record Circle(string Tag, double R) : Shape(Tag);
public record Rect(string Tag, double W, double H) : Shape(Tag)
{
    public double Area => W * H;
    public bool IsSquare => W == H;
}
public sealed record Square(string Tag, double Side) : Rect(Tag, Side, Side);
public record Named(string Name, List<int>? Scores = null, Named? Parent = null);

public record struct Temp(double Celsius)
{
    public double Fahrenheit => Celsius * 9 / 5 + 32;
    public string Band => Celsius switch { < 0 => "freezing", >= 0 and < 15 => "cold", >= 15 and < 25 => "mild", _ => "hot" };
}

public class Order
{
    public string Id { get; init; } = "";
    public Customer? Customer { get; init; }
    public List<string> Lines { get; init; } = new();
    public decimalLike Total { get; init; }
    public void Deconstruct(out string id, out int lines) { id = Id; lines = Lines.Count; }
}
public record Customer(string Name, Address? Address, bool Vip);
public record Address(string City, string Country);
public readonly record struct decimalLike(long Cents) { public override string ToString() => $"{Cents / 100}.{Cents % 100:D2}"; }

public static class Program
{
    static string Classify(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => "negative int " + i,
        int and (0 or 1) => "bit",
        int i => "int " + i,
        long l => "long " + l,
        double d when double.IsNaN(d) => "NaN",
        double d => "double " + d.ToString("R"),
        string { Length: 0 } => "empty string",
        string s when s.All(char.IsDigit) => "digits " + s,
        string s => "string '" + s + "'",
        char c and >= 'a' and <= 'z' => "lower " + c,
        char c => "char " + (int)c,
        int[] { Length: > 2 } arr => "long array " + arr[^1],
        int[] arr => "array " + arr.Length,
        IEnumerable<string> seq => "strings " + string.Join("+", seq),
        Shape s => "shape " + s.Tag,
        _ => "other " + o.GetType().Name,
    };

    static string Describe(Shape s) => s switch
    {
        Circle { R: 0 } => "point",
        Circle(var tag, var r) when r > 10 => $"big circle {tag}",
        Circle c => $"circle r={c.R}",
        Square { Side: var side } => $"square {side}",
        Rect { IsSquare: true } r => $"square-ish rect {r.W}",
        Rect(_, var w, var h) => $"rect {w}x{h}",
        _ => "unknown",
    };

    static string Route(Order o) => o switch
    {
        { Customer: null } => "no customer",
        { Customer.Vip: true, Lines.Count: > 2 } => "vip bulk",
        { Customer: { Address: { Country: "NL" or "BE" } addr } } => "benelux " + addr.City,
        { Customer.Address.City: var city } when city.StartsWith("S") => "s-city " + city,
        { Lines: [] } => "empty",
        { Lines: [var only] } => "single " + only,
        { Lines: [var first, .., var last] } => $"first {first} last {last}",
    };

    static string Lists(int[] xs) => xs switch
    {
        [] => "empty",
        [var a] => $"one {a}",
        [1, 2, ..] => "starts 1,2",
        [.., 9] => "ends 9",
        [var a, _, var c] => $"three {a},{c}",
        [var a, .. var mid, var z] => $"{a}..[{string.Join(",", mid)}]..{z}",
    };

    static string Tuples(int a, int b) => (a, b) switch
    {
        (0, 0) => "origin",
        (0, _) => "y-axis",
        (_, 0) => "x-axis",
        var (x, y) when x == y => "diagonal",
        ( > 0, > 0) => "first quadrant",
        _ => "elsewhere",
    };

    public static void Main()
    {
        object?[] things = { null, -5, 0, 1, 42, 7L, double.NaN, 0.1, "", "123", "abc", 'q', 'Q', new[] { 1, 2, 3 }, new int[1], new List<string> { "a", "b" }, new Circle("c", 1), 3.5f, DayOfWeek.Monday };
        foreach (var t in things) Console.WriteLine(Classify(t));
        Shape[] shapes = { new Circle("a", 0), new Circle("b", 11), new Circle("c", 2), new Square("d", 3), new Rect("e", 2, 2), new Rect("f", 2, 5) };
        foreach (var s in shapes) Console.WriteLine(Describe(s) + " | " + s);
        Console.WriteLine(new Square("x", 2) == new Square("x", 2));
        Console.WriteLine(new Rect("x", 2, 2) == new Square("x", 2));
        Console.WriteLine(((Rect)new Square("x", 2)).Equals(new Rect("x", 2, 2)));
        Console.WriteLine(new Square("x", 2) with { W = 5 });
        Shape viaBase = new Square("y", 1);
        var copy = viaBase with { Tag = "z" };
        Console.WriteLine(copy + " " + copy.GetType().Name + " " + (copy is Square sq && sq.Side == 1));
        var n1 = new Named("a", new List<int> { 1 });
        var n2 = new Named("a", n1.Scores);
        var n3 = new Named("a", new List<int> { 1 });
        Console.WriteLine((n1 == n2) + " " + (n1 == n3) + " " + new Named("kid", null, new Named("mom")));
        var temps = new[] { new Temp(-5), new Temp(10), new Temp(20), new Temp(30) };
        foreach (var t in temps) Console.WriteLine($"{t} {t.Fahrenheit} {t.Band}");
        var tcopy = temps[0];
        tcopy.Celsius = 100;
        Console.WriteLine(temps[0].Celsius + " " + tcopy.Celsius + " " + (temps[1] == new Temp(10)));
        var orders = new[]
        {
            new Order { Id = "1" },
            new Order { Id = "2", Customer = new("Ann", null, true), Lines = { "a", "b", "c" } },
            new Order { Id = "3", Customer = new("Bo", new("Gent", "BE"), false), Lines = { "x" } },
            new Order { Id = "4", Customer = new("Cy", new("Sydney", "AU"), false) },
            new Order { Id = "5", Customer = new("Di", new("Paris", "FR"), false) },
            new Order { Id = "6", Customer = new("Ed", null, false), Lines = { "only" } },
            new Order { Id = "7", Customer = new("Fi", null, true), Lines = { "p", "q" }, Total = new(12345) },
        };
        foreach (var o in orders)
        {
            var (id, count) = o;
            Console.WriteLine($"{id} ({count}, {o.Total}): {Route(o)}");
        }
        foreach (var xs in new[] { new int[0], new[] { 5 }, new[] { 1, 2, 7, 7 }, new[] { 3, 9 }, new[] { 4, 5, 6 }, new[] { 4, 5, 6, 7, 8 } })
            Console.WriteLine(Lists(xs));
        foreach (var (a, b) in new[] { (0, 0), (0, 3), (2, 0), (4, 4), (1, 2), (-1, 2) }) Console.WriteLine(Tuples(a, b));
        object boxed = 5;
        if (boxed is int { } five and > 3) Console.WriteLine("five " + five);
        if (boxed is not string) Console.WriteLine("not a string");
        string? maybe = things.Length > 100 ? "x" : null;
        Console.WriteLine(maybe is null ? "null!" : maybe);
        Console.WriteLine(maybe is { Length: > 0 } ? "has" : "none");
        var c = 'm';
        Console.WriteLine(c is >= 'a' and <= 'z' or '_' ? "ident" : "other");
        Console.WriteLine((3.5, "x") is (> 3, "x") ? "tuple pattern" : "no");
    }
}
