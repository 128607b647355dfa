using System;

readonly struct Money : IEquatable<Money>
{
    public long Cents { get; }
    public Money(long cents) => Cents = cents;
    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money operator -(Money a, Money b) => new(a.Cents - b.Cents);
    public static Money operator -(Money a) => new(-a.Cents);
    public static Money operator *(Money a, int k) => new(a.Cents * k);
    public static Money operator /(Money a, int k) => new(a.Cents / k);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => !(a == b);
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static implicit operator Money(int dollars) => new(dollars * 100L);
    public static explicit operator double(Money m) => m.Cents / 100.0;
    public bool Equals(Money other) => Cents == other.Cents;
    public override bool Equals(object? obj) => obj is Money m && Equals(m);
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => (Cents < 0 ? "-" : "") + "$" + Math.Abs(Cents / 100) + "." + Math.Abs(Cents % 100).ToString("D2");
}

struct Vec
{
    public double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator *(double k, Vec v) => new(k * v.X, k * v.Y);
    public static bool operator true(Vec v) => v.X != 0 || v.Y != 0;
    public static bool operator false(Vec v) => v.X == 0 && v.Y == 0;
    public double Length => Math.Sqrt(X * X + Y * Y);
    public override string ToString() => $"({X}, {Y})";
}

class Celsius
{
    public double Degrees { get; }
    public Celsius(double d) => Degrees = d;
    public static implicit operator Celsius(double d) => new(d);
    public static implicit operator string(Celsius c) => c.Degrees + "°C";
    public static Celsius operator ++(Celsius c) => new(c.Degrees + 1);
}

class Program
{
    static void Main()
    {
        Money price = 12;
        Money tax = new Money(99);
        var total = price + tax;
        Console.WriteLine(total);
        Console.WriteLine(total * 3);
        Console.WriteLine(total / 4);
        Console.WriteLine(-total);
        Console.WriteLine(price - total);
        Console.WriteLine((double)total);
        Console.WriteLine(total == new Money(1299));
        Console.WriteLine(total != price);
        Console.WriteLine(total > price && price < total);
        Money sum = 0;
        for (int i = 1; i <= 5; i++) sum += i;
        Console.WriteLine(sum);
        sum -= 1;
        Console.WriteLine(sum);
        object boxed = sum;
        Console.WriteLine(boxed.Equals(new Money(1400)));
        Console.WriteLine(boxed);

        var v = new Vec(3, 4);
        var w = v + 2 * v;
        Console.WriteLine(w + " " + w.Length);
        Console.WriteLine(v ? "truthy" : "falsy");
        Console.WriteLine(new Vec() ? "truthy" : "falsy");

        Celsius c = 21.5;
        c++;
        string shown = c;
        Console.WriteLine(shown);
    }
}
