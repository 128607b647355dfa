using System;
using System.Collections.Generic;
using System.Text;

public record Money(long Cents, string Currency)
{
    public override string ToString() => $"{Cents / 100}.{Math.Abs(Cents % 100):D2} {Currency}";
}

public record LineItem(string Sku, int Qty, Money Price)
{
    public List<string> Tags { get; init; } = new();
    public Money Total => Price with { Cents = Price.Cents * Qty };
}

public record Order(int Id, LineItem[] Items, Status State = Status.New);

public record Person(string First, string Last)
{
    public string? Nick { get; init; }
    protected virtual bool PrintMembers(StringBuilder sb)
    {
        sb.Append("Name = ").Append(First).Append(' ').Append(Last);
        if (Nick != null) sb.Append(", Nick = ").Append(Nick);
        return true;
    }
}

public record Employee(string First, string Last, int Level) : Person(First, Last);

public record struct Point(int X, int Y)
{
    public readonly double Length => Math.Sqrt(X * X + Y * Y);
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
}

public readonly record struct Temp(double Celsius)
{
    public double Fahrenheit => Celsius * 9 / 5 + 32;
}

public record Empty;

public struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public static Vec operator -(Vec v) => new(-v.X, -v.Y);
    public static Vec operator *(Vec v, int k) => new(v.X * k, v.Y * k);
    public static bool operator ==(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec a, Vec b) => !(a == b);
    public static implicit operator Vec((int, int) t) => new(t.Item1, t.Item2);
    public static explicit operator int(Vec v) => v.X * 1000 + v.Y;
    public override bool Equals(object? o) => o is Vec v && v == this;
    public override int GetHashCode() => X * 31 + Y;
    public override string ToString() => $"<{X},{Y}>";
}

public struct Plain
{
    public int A;
    public string B;
}

public class Holder
{
    public Vec Field;
    public Vec Prop { get; set; }
    public readonly Vec Ro = new(1, 1);
    public Vec[] Arr = { new(0, 0), new(5, 5) };
}

public enum Status { New, Paid = 5, Shipped, Cancelled = -1 }

[Flags]
public enum Perm : byte { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }

public enum Big : long { Small = 1, Huge = 1L << 40 }

public static class Program
{
    static int Sum(in Vec v) => v.X + v.Y;
    static void Bump(Vec v) { v.X = 999; }
    static void BumpRef(ref Vec v) { v.X = 999; }

    public static void Main()
    {
        var price = new Money(1999, "EUR");
        var item = new LineItem("A-1", 3, price) { Tags = { "x", "y" } };
        Console.WriteLine(price + " | " + item.Total + " | " + item);
        var order = new Order(1, new[] { item });
        Console.WriteLine(order);
        Console.WriteLine(order with { State = Status.Paid });
        var item2 = item with { Qty = 3 };
        Console.WriteLine((item == item2) + " " + item.Equals(item2) + " " + ReferenceEquals(item.Tags, item2.Tags) + " " + (item with { Tags = new() { "x", "y" } } == item));
        var (sku, qty, p) = item;
        Console.WriteLine(sku + " " + qty + " " + p.Currency);

        var ann = new Person("Ann", "Lee") { Nick = "al" };
        Person emp = new Employee("Bo", "Ng", 3);
        Console.WriteLine(ann + " | " + emp + " | " + (emp with { }) + " | " + (ann == new Person("Ann", "Lee")) + " " + (ann with { Nick = null } == new Person("Ann", "Lee")));
        Console.WriteLine(emp.Equals(new Person("Bo", "Ng")) + " " + new Person("Bo", "Ng").Equals(emp) + " " + (emp == new Employee("Bo", "Ng", 3)) + " " + emp.GetType().Name + " " + (emp is Employee { Level: > 2 } e ? "lvl" + e.Level : "none"));
        Console.WriteLine(new Empty() + " " + (new Empty() == new Empty()) + " " + new Empty().Equals(null));

        var pt = new Point(3, 4);
        var pt2 = pt with { Y = 0 };
        Console.WriteLine(pt + " " + pt2 + " " + pt.Length + " " + (pt + pt2) + " " + (pt == new Point(3, 4)) + " " + pt.Equals(pt2) + " " + default(Point));
        var (px, py) = pt;
        pt.X = 10;
        Console.WriteLine(px + "," + py + " " + pt);
        var t = new Temp(100);
        Console.WriteLine(t + " " + t.Fahrenheit + " " + (t with { Celsius = -40 }).Fahrenheit + " " + new Temp(36.6));

        var v = new Vec(1, 2);
        var w = v;
        w.Move(10);
        Bump(v);
        Console.WriteLine(v + " " + w + " " + Sum(in v) + " " + Sum(w) + " " + (-v) + " " + (v * 3) + " " + (int)(v * 3) + " " + (v == new Vec(1, 2)) + " " + (v != w));
        BumpRef(ref v);
        Vec fromTuple = (7, 8);
        Console.WriteLine(v + " " + fromTuple + " " + v.Equals(new Vec(999, 2)) + " " + v.Equals((object)"x"));
        var arr = new Vec[3];
        arr[1].Move(4);
        arr[2] = arr[1];
        arr[2].Move(1);
        var list = new List<Vec> { new(1, 1) };
        var got = list[0];
        got.Move(100);
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2] + " " + list[0] + " " + got);
        var h = new Holder();
        h.Field.Move(3);
        var hp = h.Prop;
        hp.Move(3);
        h.Ro.Move(3);
        h.Arr[1].Move(3);
        foreach (var item3 in h.Arr) { var c = item3; c.Move(1000); }
        Console.WriteLine(h.Field + " " + h.Prop + " " + h.Ro + " " + h.Arr[1] + " " + h.Arr[0]);
        var dict = new Dictionary<string, Vec> { ["a"] = new(1, 1) };
        var dv = dict["a"];
        dv.X = 50;
        Console.WriteLine(dict["a"] + " " + dv);

        Plain pl = default;
        Plain pl2 = new Plain { A = 3, B = "b" };
        var pl3 = pl2;
        pl3.A = 4;
        Console.WriteLine(pl.A + " [" + pl.B + "] " + (pl.B == null) + " " + pl2.A + " " + pl3.A + " " + pl2.Equals(pl3) + " " + pl2.Equals(new Plain { A = 3, B = "b" }) + " " + pl + " " + pl2.ToString());
        object boxed = pl2;
        pl2.A = 77;
        Console.WriteLine(((Plain)boxed).A + " " + pl2.A);

        foreach (var s in new[] { Status.New, Status.Paid, Status.Shipped, Status.Cancelled, (Status)3, (Status)(-2) })
            Console.Write(s + "=" + (int)s + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Status))) + " | " + string.Join(",", Enum.GetValues<Status>()) + " | " + string.Join(",", (int[])Enum.GetValues(typeof(Status))));
        Console.WriteLine(Enum.Parse<Status>("paid", true) + " " + Enum.Parse(typeof(Status), "6") + " " + Enum.TryParse<Status>("Nope", out var st) + " " + st + " " + Enum.TryParse("SHIPPED", true, out Status st2) + " " + st2 + " " + Enum.IsDefined(typeof(Status), 5) + " " + Enum.IsDefined(Status.Shipped + 1) + " " + (Status.Paid + 1) + " " + (Status.Shipped - Status.Paid));
        try { Enum.Parse<Status>("paid"); } catch (ArgumentException ex) { Console.WriteLine("Parse: " + ex.Message); }
        foreach (var pm in new[] { Perm.None, Perm.Read, Perm.ReadWrite, Perm.Read | Perm.Exec, Perm.All, (Perm)8, (Perm)9, (Perm)255, Perm.Write | Perm.Exec })
            Console.Write(pm + "=" + (byte)pm + " ");
        Console.WriteLine();
        var perms = Perm.Read;
        perms |= Perm.Exec;
        perms &= ~Perm.Read;
        Console.WriteLine(perms + " " + perms.HasFlag(Perm.Exec) + " " + (perms & Perm.Write) + " " + Enum.Parse<Perm>("Read, Write") + " " + Enum.Parse<Perm>("read,exec", true) + " " + (Perm)Enum.Parse(typeof(Perm), "3") + " " + perms.ToString("D") + " " + Perm.All.ToString("X") + " " + Perm.ReadWrite.ToString("F") + " " + Status.Paid.ToString("G"));
        Console.WriteLine(Big.Huge + " " + (long)Big.Huge + " " + (Big)2 + " " + Big.Huge.CompareTo(Big.Small) + " " + Status.Paid.CompareTo(Status.Shipped) + " " + default(Status) + " " + (Status)5 + " " + Status.Cancelled.GetType().Name);
        var byState = new List<KeyValuePair<Status, int>> { new(Status.Shipped, 1), new(Status.Cancelled, 2), new(Status.New, 3) };
        byState.Sort((a, b) => a.Key.CompareTo(b.Key));
        foreach (var kv in byState) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        string Classify(Status s) => s switch { Status.New => "fresh", Status.Paid or Status.Shipped => "money", _ when (int)s < 0 => "neg", _ => "??" };
        Console.WriteLine(Classify(Status.New) + Classify(Status.Shipped) + Classify(Status.Cancelled) + Classify((Status)42));
    }
}
