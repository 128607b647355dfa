using System;
using System.Globalization;

public static class Program
{
    public static void Main()
    {
        int neg = -42;
        string? nothing = null;
        Console.WriteLine($"[{neg,6}][{neg,-6}][{neg,6:D4}][{neg,-8:X}]");
        Console.WriteLine($"[{nothing,5}][{nothing,-5}][{nothing}]");
        Console.WriteLine(string.Format("[{0,7:F2}][{1,-7:F1}][{2,4}]", -3.14159, -0.04, null));
        Console.WriteLine(string.Format("{0:N0}|{0:N2}|{0:#,##0.00}|{0:0.###}|{0:P1}", 1234567.891));
        Console.WriteLine(string.Format("{0:N0}|{0:N2}|{0:#,##0.00}|{0:0.###}|{0:P1}", -1234567.891));
        Console.WriteLine(string.Format("{0:N0}|{0:#,##0.00}|{0:0.###}|{0:P1}", 0.5));
        Console.WriteLine(string.Format("{0:N0}|{0:#,##0.00}|{0:0.###}|{0:P1}", -0.0004));
        Console.WriteLine((2.5).ToString("N0") + " " + (3.5).ToString("N0") + " " + (-2.5).ToString("N0"));
        Console.WriteLine((1.005).ToString("0.00") + " " + (0.125).ToString("0.00") + " " + (1e21).ToString("N0"));
        Console.WriteLine((0.1234).ToString("P1") + " " + (-0.5).ToString("P0") + " " + (1.0).ToString("P"));
        Console.WriteLine((123456789).ToString("N0") + " " + (-1000).ToString("#,##0") + " " + (0).ToString("#,##0.00"));
        Console.WriteLine((12.3456).ToString("0.#") + " " + (12.0).ToString("0.###") + " " + (0.0).ToString("0.###"));
        Console.WriteLine((1234.5).ToString("00000.00") + " " + (-7).ToString("000") + " " + (7).ToString("+0;-0;zero") + " " + (0).ToString("+0;-0;zero") + " " + (-7).ToString("+0;-0;zero"));
        Console.WriteLine((255).ToString("x4") + " " + (255).ToString("X") + " " + (-1).ToString("x"));
        Console.WriteLine((3.0).ToString("E2") + " " + (12345.678).ToString("e3") + " " + (0.000123).ToString("G2"));
        Console.WriteLine((1.0 / 3).ToString("R") + " " + (100.0).ToString() + " " + (1e-7).ToString() + " " + (-0.0).ToString());
        Console.WriteLine(1234567.0.ToString("C0", CultureInfo.InvariantCulture) + " " + (42).ToString("C2", CultureInfo.InvariantCulture));
        Console.WriteLine($"{12.5:F0} {13.5:F0} {-12.5:F0} {0.5:0} {1.5:0} {2.5:0}");
        Console.WriteLine($"{1.23456789e10:N3} {double.NaN:N2} {double.PositiveInfinity:F1} {double.NegativeInfinity}");
        Console.WriteLine(string.Format("{0,-4}|{1,4}|{2,-3}|", true, 'c', 7L));
        Console.WriteLine(string.Format("{{literal}} {0}", "x") + " " + $"{{{neg}}}");
        Console.WriteLine(string.Format("{0:0.0;(0.0);-}", -5.25) + " " + string.Format("{0:0.0;(0.0);-}", 0.0) + " " + string.Format("{0:0.0;(0.0);-}", 5.25));
    }
}
