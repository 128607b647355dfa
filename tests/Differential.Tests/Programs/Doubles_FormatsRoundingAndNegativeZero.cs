using System;
using System.Globalization;

class Program
{
    static void Main()
    {
        double[] values = { 0.0, -0.0, 1234.5678, -1234.5678, 0.5, 1.5, 2.5, -0.5, 0.125, 1.005, 1e15, 1e16, 123456789012345680.0, 1e-5, 0.1 + 0.2, 1.0 / 3.0, double.MaxValue, double.Epsilon, double.NaN, double.NegativeInfinity };
        foreach (var v in values)
        {
            Console.WriteLine(string.Format("{0} | {0:N2} | {0:F0} | {0:F3} | {0:P} | {0:P0} | {0:E3} | {0:G5} | {0:R} | {0,12:F2}| {0,-12:N1}|", v));
        }
        Console.WriteLine(string.Format("[{0,-8:X4}] [{1,8:x}] [{2,-6}] [{3,6:D3}]", 255, 48879, -3, 7));
        Console.WriteLine($"{Math.Round(-0.4)} {Math.Round(2.5)} {Math.Round(3.5)} {Math.Round(-2.5)} {Math.Round(2.345, 2)} {Math.Round(2.5, MidpointRounding.AwayFromZero)}");
        Console.WriteLine($"{Math.Floor(-0.5)} {Math.Ceiling(-0.5)} {Math.Truncate(-1.7)} {-0.0 * 1} {0.0 * -1}");
        Console.WriteLine($"{1e21} {1e20} {123456789.0 * 1e12} {1.0 / 0} {-1.0 / 0} {0.0 / 0}");
        Console.WriteLine($"{(float)0.1} {(double)0.1f} {1f / 3} {16777217f} {3.4028235e38f} {1e-45f}");
        Console.WriteLine($"{0.1f + 0.2f} {100f / 3f:F2} {(float)Math.PI}");
        Console.WriteLine(12345.6789.ToString("0.00") + " " + 12345.6789.ToString("#,##0.0") + " " + 0.5.ToString("000.000") + " " + (-0.001).ToString("0.00"));
        Console.WriteLine(1234567.0.ToString("N") + " " + (-0.0).ToString("N2") + " " + (-0.001).ToString("N2") + " " + (-0.001).ToString("F2"));
        Console.WriteLine(double.Parse("1e3") + " " + double.Parse("-0") + " " + double.Parse("  3.25  ") + " " + double.Parse("1,234.5", NumberStyles.Any, CultureInfo.InvariantCulture));
        Console.WriteLine(double.TryParse("abc", out var bad) + " " + bad + " " + double.TryParse("Infinity", out var inf) + " " + inf + " " + double.TryParse("NaN", out var nan) + " " + nan);
        Console.WriteLine((0.1 + 0.2 == 0.3) + " " + (double.NaN == double.NaN) + " " + double.NaN.Equals(double.NaN) + " " + (-0.0 == 0.0) + " " + (-0.0).Equals(0.0));
        Console.WriteLine(Math.Max(-0.0, 0.0) + " " + Math.Min(-0.0, 0.0) + " " + Math.Max(double.NaN, 1) + " " + Math.Sign(-0.0) + " " + Math.Sqrt(-1));
        Console.WriteLine(double.IsNaN(0.0 / 0) + " " + double.IsInfinity(1 / 0.0) + " " + double.IsFinite(1.0) + " " + double.IsNegative(-0.0));
        Console.WriteLine((5.0 % 3) + " " + (-5.5 % 2) + " " + (5.0 % -3) + " " + (1e300 * 1e300) + " " + Math.Pow(2, 0.5) + " " + Math.Pow(10, 15) + " " + Math.Pow(10, 22));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:C}|{1:C0}|{2:c2}", 1234.5, -42.0, 0.005));
        Console.WriteLine(string.Format("{0:00.##}|{1:#.#}|{2:0.###E+0}|{3:#,#}|{4:0,0.0}", 3.14159, 0.05, 12345.678, 0, 1234567.89));
        Console.WriteLine(string.Format("{0:+0;-0;zero}|{1:+0;-0;zero}|{2:+0;-0;zero}|{3:0;(0)}", 5, -5, 0, -12));
        Console.WriteLine($"{123.456:F1} {123.45:F1} {0.05:F1} {0.15:F1} {0.25:F1} {0.35:F1} {1.45:F1} {2.675:F2}");
    }
}
