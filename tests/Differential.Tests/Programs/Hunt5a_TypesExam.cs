using System;
using System.Collections.Generic;

public interface IShape
{
    string Name { get; }
    double Area();
    string Describe() => $"{Name} with area {Area():F2}";
    static int Created;
    static string Kind() => "shape#" + Created;
}

public interface ILabeled
{
    string Label => "unlabeled";
}

public abstract class Shape : IShape, ILabeled
{
    protected Shape() { IShape.Created++; Console.WriteLine("Shape() for " + GetType().Name); }
    public abstract string Name { get; }
    public abstract double Area();
    public virtual string Describe() => "Shape:" + Name;
    public override string ToString() => Name + "(" + Area().ToString("0.##") + ")";
}

public class Circle : Shape
{
    public double R { get; }
    public Circle(double r) { R = r; Console.WriteLine("Circle(" + r + ")"); }
    public override string Name => "circle";
    public override double Area() => Math.PI * R * R;
}

public class Square : Shape, ILabeled
{
    public double Side { get; init; }
    public override string Name => "square";
    public override double Area() => Side * Side;
    public override string Describe() => base.Describe() + "!";
    public string Label => "sq-" + Side;
}

public sealed class Cube : Square
{
    public new string Name => "cube";
    public new double Area() => 6 * base.Area();
    public override string Describe() => "Cube/" + base.Describe();
}

public class Base
{
    public string Who() => "Base.Who";
    public virtual string V() => "Base.V";
    public string CallBoth() => Who() + "+" + V();
}

public class Mid : Base
{
    public new virtual string Who() => "Mid.Who";
    public override string V() => "Mid.V";
}

public class Leaf : Mid
{
    public override string Who() => "Leaf.Who";
    public new string V() => "Leaf.V";
}

public class Grid
{
    private readonly int[][] cells;
    private readonly Dictionary<(string, int), string> notes = new();
    public Grid(int w, int h) { cells = new int[w][]; for (int i = 0; i < w; i++) cells[i] = new int[h]; }
    public int this[int x, int y]
    {
        get => cells[x][y];
        set => cells[x][y] = value;
    }
    public string this[string row, int col]
    {
        get => notes.TryGetValue((row, col), out var n) ? n : "-";
        set => notes[(row, col)] = value;
    }
    public int Width => cells.Length;
}

public class Account
{
    public required string Owner { get; init; }
    public int Id { get; init; } = NextId();
    private static int counter = 100;
    private static int NextId() => ++counter;
    private readonly List<string> log = new();
    public IReadOnlyList<string> Log => log;
    private long balance;
    public long Balance
    {
        get => balance;
        private set
        {
            log.Add($"{balance}->{value}");
            balance = value;
        }
    }
    public void Deposit(long amount) => Balance += amount;
}

public static class Program
{
    public static void Main()
    {
        var shapes = new List<Shape> { new Circle(1.5), new Square { Side = 2 }, new Cube { Side = 3 } };
        foreach (var s in shapes)
        {
            IShape i = s;
            ILabeled l = s;
            Console.WriteLine(s + " | " + s.Name + " | " + s.Describe() + " | " + i.Describe() + " | " + l.Label + " | " + s.Area().ToString("F1"));
        }
        var cube = new Cube { Side = 1 };
        Square sq = cube;
        Console.WriteLine(cube.Name + " " + sq.Name + " " + cube.Area() + " " + sq.Area() + " " + ((IShape)cube).Area() + " " + IShape.Kind() + " " + IShape.Created);

        Leaf leaf = new Leaf();
        Mid mid = leaf;
        Base b = leaf;
        Console.WriteLine(leaf.Who() + " " + mid.Who() + " " + b.Who() + " | " + leaf.V() + " " + mid.V() + " " + b.V() + " | " + leaf.CallBoth());

        var g = new Grid(3, 2);
        g[1, 1] = 5;
        g[2, 0] += 7;
        g[2, 0]++;
        g["r", 2] = "note";
        g["r", 2] += "!";
        Console.WriteLine(g[1, 1] + " " + g[2, 0] + " " + g[0, 0] + " " + g["r", 2] + " " + g["x", 0] + " " + g.Width);
        try { Console.WriteLine(g[3, 0]); } catch (IndexOutOfRangeException e) { Console.WriteLine("grid: " + e.Message); }

        var acct = new Account { Owner = "ann" };
        var acct2 = new Account { Owner = "bob", Id = 7 };
        var acct3 = new Account { Owner = "cy" };
        acct.Deposit(50);
        acct.Deposit(-20);
        Console.WriteLine(acct.Owner + " " + acct.Id + " " + acct2.Id + " " + acct3.Id + " " + acct.Balance + " " + string.Join(";", acct.Log));

        Console.WriteLine(nameof(Account) + " " + nameof(acct.Balance) + " " + nameof(Grid.Width) + " " + nameof(IShape.Describe) + " " + nameof(List<int>) + " " + nameof(shapes));
    }
}
