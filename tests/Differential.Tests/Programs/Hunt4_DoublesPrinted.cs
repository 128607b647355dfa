using System;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        double[] values = { 0.1 + 0.2, 1e15, 1e16, 123456789012345678, 1.0 / 3, 2.0 / 3, 1e-5, 0.0001, 5e-324, double.MaxValue, double.Epsilon, -1.5e-10, 100, 1234.5, 0.30000000000000004, 9007199254740993, 4.35, 2.675, 1e21, 1e20, 123e-20 };
        foreach (var v in values)
            Console.WriteLine($"{v} | {v:G} | {v:G17} | {v:R} | {v:F3} | {v:E} | {v:N1} | {v:0.00##} | {v,12:G4}|");
        float f = 0.1f;
        float g = 1f / 3f;
        Console.WriteLine(f + " " + g + " " + (double)f + " " + (f * 3) + " " + 16777217f + " " + float.MaxValue + " " + (float)Math.PI + " " + 1e-8f);
        Console.WriteLine(f.ToString("F5") + " " + g.ToString("R") + " " + (f + g).ToString("G3") + " " + ((float)0.7).ToString() + " " + (0.7f == 0.7) + " " + (0.5f == 0.5));
        Console.WriteLine(Math.Sqrt(2) + " " + Math.Pow(2, 0.5) + " " + Math.Exp(1) + " " + Math.Log10(1000) + " " + Math.Log(8, 2) + " " + Math.Atan2(1, 1) * 4);
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.7) + " " + Math.Round(-2.5) + " " + Math.Round(-3.5) + " " + Math.Round(2.4999999999999996) + " " + Math.Floor(-0.5));
        Console.WriteLine(double.Parse("1e-3") + " " + double.Parse("  12.50 ") + " " + double.Parse("-0") + " " + double.Parse("Infinity") + " " + double.Parse("NaN") + " " + double.TryParse("1,5", out var bad) + bad + " " + double.Parse("1_0".Replace("_", "")));
        Console.WriteLine(string.Join(",", new[] { 3.5, -1.25, 1e3 }.Select(x => x.ToString("0.0"))) + " " + (0.1 * 3).ToString("0.####################") + " " + (1.0).ToString("0.00E+00") + " " + (12345.0).ToString("0.##E-0"));
        Console.WriteLine(double.IsNaN(0.0 / 0.0) + " " + double.IsInfinity(1 / 0.0) + " " + double.IsFinite(1e308 * 10) + " " + double.IsNegative(-0.0) + " " + (1e308 * 10) + " " + (-1e308 * 10) + " " + double.MinValue);
        Console.WriteLine(((int)(0.1 * 3 * 10)) + " " + (long)1e18 + " " + (int)(float)16777217 + " " + 7 / 2 * 2.0 + " " + 7 / 2.0 * 2);
    }
}
