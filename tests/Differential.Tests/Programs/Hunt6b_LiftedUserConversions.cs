// A user conversion S -> T between value types, applied to S? -> T?, is lifted: null converts to null without
// calling the operator (implicit and explicit, and chained with a built-in nullable conversion).
using System;

struct Celsius
{
    public double Deg;
    public Celsius(double d) { Deg = d; }
    public static implicit operator Celsius(int d) { Console.Write("[imp " + d + "]"); return new Celsius(d); }
    public static explicit operator int(Celsius c) { Console.Write("[exp]"); return (int)c.Deg; }
    public override string ToString() => Deg + "C";
}

static class Program
{
    static Celsius? Convert(int? v) => v;
    static void Main()
    {
        int? ni = 30, nothing = null;
        Celsius? a = (Celsius?)ni;
        Celsius? b = (Celsius?)nothing;
        Celsius? c = nothing;
        Console.WriteLine();
        Console.WriteLine($"{a} [{b}] [{c}] {b.HasValue} {c.GetValueOrDefault()}");
        int? back = (int?)a, none = (int?)b;
        Console.WriteLine($"{back} [{none}] {none.HasValue}");
        Console.WriteLine($"{Convert(7)} [{Convert(null)}]");
        try { Celsius forced = (Celsius)nothing; Console.WriteLine(forced); }
        catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
        long? widened = (int?)a;
        Console.WriteLine(widened + " " + ((long?)(int?)b).HasValue);
    }
}
