using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Math.Abs(-7) + " " + Math.Abs(7.5) + " " + Math.Abs(-0.0) + " " + Math.Abs(long.MinValue + 1));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(-1.5, -2.5) + " " + Math.Min(2L, 9L) + " " + Math.Max(double.NaN, 1));
        Console.WriteLine(Math.Sign(-4) + " " + Math.Sign(0) + " " + Math.Sign(9.1) + " " + Math.Sign(-0.0));
        Console.WriteLine(Math.Floor(2.7) + " " + Math.Floor(-2.7) + " " + Math.Ceiling(2.1) + " " + Math.Ceiling(-2.1) + " " + Math.Truncate(9.99) + " " + Math.Truncate(-9.99));
        foreach (var v in new[] { 0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001 })
            Console.Write($"{v}:{Math.Round(v)}/{Math.Round(v, MidpointRounding.AwayFromZero)} ");
        Console.WriteLine();
        Console.WriteLine(Math.Round(3.14159, 2) + " " + Math.Round(2.675, 2) + " " + Math.Round(-1.005, 2) + " " + Math.Round(1234.5678, 0) + " " + Math.Round(0.125, 2));
        Console.WriteLine(Math.Sqrt(16) + " " + Math.Sqrt(2) + " " + Math.Sqrt(-1) + " " + Math.Pow(2, 10) + " " + Math.Pow(2, -2) + " " + Math.Pow(-8, 1.0 / 3));
        Console.WriteLine(Math.Exp(1) + " " + Math.Log(Math.E) + " " + Math.Log(100, 10) + " " + Math.Log10(1000) + " " + Math.Log2(1024) + " " + Math.Log(0));
        Console.WriteLine(Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Tan(Math.PI / 4).ToString("F6") + " " + Math.Atan2(1, 1).ToString("F6") + " " + Math.Asin(1) + " " + Math.Acos(1));
        Console.WriteLine(Math.PI + " " + Math.E + " " + Math.Tau);
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-5, 0, 10) + " " + Math.Clamp(2.5, 0.0, 1.0));
        Console.WriteLine(Math.Max(int.MinValue, int.MaxValue) + " " + Math.Abs(int.MinValue + 1));
        try
        {
            Console.WriteLine(Math.Abs(int.MinValue));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("Abs(MinValue): " + e.Message);
        }
        double acc = 0;
        for (int i = 1; i <= 10; i++) acc += 1.0 / (i * i);
        Console.WriteLine(acc + " " + Math.Sqrt(acc * 6));
        Console.WriteLine(Math.Floor(-0.5) + " " + Math.Ceiling(-0.5) + " " + Math.Round(-0.4));
        Console.WriteLine((int)Math.Floor(7.9) + (long)Math.Ceiling(1e10) + " " + (int)Math.Round(2.5) + " " + (int)Math.Round(3.5));
        Console.WriteLine(double.IsFinite(1 / 3.0) + " " + double.IsNegative(-0.0) + " " + double.IsPositiveInfinity(Math.Exp(1000)));
    }
}
