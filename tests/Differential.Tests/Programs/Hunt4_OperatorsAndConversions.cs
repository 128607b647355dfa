using System;

public static class Program
{
    sealed class Money
    {
        public int Cents { get; }
        public Money(int cents) { Cents = cents; }
        public static bool operator ==(Money? a, Money? b) { if (a is null) return b is null; if (b is null) return false; return a.Cents == b.Cents; }
        public static bool operator !=(Money? a, Money? b) => !(a == b);
        public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
        public static Money operator -(Money a) => new(-a.Cents);
        public static Money operator *(Money a, int k) => new(a.Cents * k);
        public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
        public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
        public static Money operator ++(Money a) => new(a.Cents + 1);
        public static bool operator true(Money a) => a.Cents != 0;
        public static bool operator false(Money a) => a.Cents == 0;
        public static Money operator &(Money a, Money b) => new(Math.Min(a.Cents, b.Cents));
        public static implicit operator Money(int cents) => new(cents);
        public static explicit operator double(Money m) => m.Cents / 100.0;
        public override bool Equals(object? o) => o is Money m && m.Cents == Cents;
        public override int GetHashCode() => Cents;
        public override string ToString() => (Cents < 0 ? "-" : "") + "$" + Math.Abs(Cents / 100) + "." + Math.Abs(Cents % 100).ToString("00");
    }

    readonly struct Meters
    {
        public readonly double Value;
        public Meters(double v) { Value = v; }
        public static implicit operator double(Meters m) => m.Value;
        public static explicit operator Meters(double d) => new(d);
        public static explicit operator int(Meters m) => (int)Math.Round(m.Value);
        public override string ToString() => Value + "m";
    }

    static double Big() => 9.3e18;

    public static void Main()
    {
        Money? a = new Money(150), b = new Money(150), n = null;
        Console.WriteLine((a == b) + " " + (a != b) + " " + (a == null) + " " + (n == null) + " " + (null == n) + " " + (n != a) + " " + ReferenceEquals(a, b));
        Money sum = a + 250;
        Console.WriteLine(sum + " " + (-sum) + " " + (sum * 3) + " " + (a < sum) + " " + (sum > a));
        Money c = 5;
        c++;
        c += 10;
        Console.WriteLine(c + " " + (double)c + " " + ((double)c + 1.5));
        Money zero = 0;
        Console.WriteLine((zero ? "yes" : "no") + " " + (c ? "yes" : "no") + " " + (c && a) + " " + (zero && a));
        object boxed = a;
        Console.WriteLine((boxed == (object)b) + " " + boxed.Equals(b));
        var m = new Meters(2.6);
        double d = m * 2;
        Console.WriteLine(d + " " + (m + 1) + " " + (int)m + " " + (Meters)7.25 + " " + Math.Max(m, 3.0));

        Console.WriteLine(unchecked((int)double.NaN) + " " + unchecked((int)1e20) + " " + unchecked((int)-1e20) + " " + (int)2.9 + " " + (int)-2.9);
        Console.WriteLine(unchecked((long)double.NaN) + " " + (long)-7.99 + " " + (uint)3.7 + " " + unchecked((byte)300.0 == 44));
        foreach (var v in new[] { double.NaN, 3e9, -3e9, double.PositiveInfinity, 2147483647.9, -2147483648.9 })
        {
            try { Console.WriteLine(checked((int)v)); }
            catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        }
        try { Console.WriteLine(checked((long)Big())); } catch (OverflowException) { Console.WriteLine("long overflow"); }
        try { Console.WriteLine(checked((short)(Big() / 2.3e14))); } catch (OverflowException) { Console.WriteLine("short overflow"); }
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5));
        try { Convert.ToInt32(double.NaN); } catch (OverflowException e) { Console.WriteLine(e.Message); }

        Console.WriteLine(int.Parse("+42") + " " + int.Parse("  -7 ") + " " + long.Parse("+9000000000") + " " + int.Parse("-0"));
        Console.WriteLine(int.TryParse("+", out var r1) + " " + r1 + " " + int.TryParse("+-1", out var r2) + " " + int.TryParse("2147483648", out var r3) + " " + r3);
        Console.WriteLine(double.Parse("+1.5") + " " + double.Parse("-.5") + " " + double.Parse("1e3"));
        try { int.Parse("1 2"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { int.Parse("99999999999"); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(uint.TryParse("-1", out var u) + " " + u + " " + byte.Parse("+255") + " " + short.Parse("-32768"));

        Console.WriteLine(Math.Round(2.345, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(2.5, MidpointRounding.AwayFromZero) + " " + Math.Round(-2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Round(1.125, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(1.125, 2) + " " + Math.Round(-1.125, 2, MidpointRounding.ToEven) + " " + Math.Round(0.5) + " " + Math.Round(1.5));
        Console.WriteLine(Math.Round(2.7, MidpointRounding.ToZero) + " " + Math.Round(-2.7, MidpointRounding.ToNegativeInfinity) + " " + Math.Round(2.1, MidpointRounding.ToPositiveInfinity) + " " + Math.Round(123.456, 1, MidpointRounding.ToZero));
    }
}
