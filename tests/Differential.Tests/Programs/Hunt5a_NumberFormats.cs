using System;
using System.Globalization;

public static class Program
{
    static double D(double x) => x;
    static float F(float x) => x;

    public static void Main()
    {
        double[] ds = { 0, -0.0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 123.456, -123.456, 1234567.891, 1e-5, 1.5e-7, 1e15, 1e16, 1.2345678901234567e17, 9007199254740993, 1e21, 1e-300, double.Epsilon, double.MaxValue, double.MinValue, 0.5, 1.5, 2.5, -2.5, 0.125, 1.005, 2.675, 999.995, 0.045 };
        string[] fmts = { "R", "G", "G17", "G5", "E3", "e", "F2", "F0", "N0", "N2", "P1", "P0", "0.00", "#,##0.##", "000", "0.###E+0", "#.#", "00.00%", "0,0", "#", "0.0;(0.0);zero", "E", "F", "N", "G3" };
        foreach (var d in ds)
        {
            Console.Write(d.ToString() + " |");
            foreach (var f in fmts) Console.Write(" " + f + "=" + d.ToString(f));
            Console.WriteLine();
        }
        float[] fs = { 0.1f, 1.0f / 3, 16777217f, 3.4028235e38f, 1e-45f, -0.0f, 123.456f, 0.3f, 1.1f, 100f, 2.5f, 1e7f, 1.23456789e8f };
        foreach (var f in fs)
        {
            Console.WriteLine(f + " | R=" + f.ToString("R") + " G9=" + f.ToString("G9") + " F3=" + f.ToString("F3") + " E2=" + f.ToString("E2") + " N1=" + f.ToString("N1") + " asDouble=" + (double)f + " 0.00=" + f.ToString("0.00"));
        }
        Console.WriteLine("MathF " + MathF.Sqrt(2f) + " " + MathF.Round(2.5f) + " " + MathF.Round(-3.5f, MidpointRounding.AwayFromZero) + " " + MathF.Floor(-1.5f) + " " + MathF.Ceiling(1.2f) + " " + MathF.Truncate(-7.9f) + " " + MathF.Abs(-0.1f) + " " + MathF.Max(0.1f, 0.2f) + " " + MathF.Min(1e-3f, 1e-4f) + " " + MathF.Sign(-2f) + " " + MathF.Sqrt(F(10f)) * 3);
        Console.WriteLine("float sums " + (0.1f + 0.2f) + " " + (0.1 + 0.2) + " " + (F(0.1f) * 3) + " " + (float)(D(0.1) * 3) + " " + (1f / 3f * 3f));
        int[] ints = { 0, 1, -1, 255, -255, 65535, int.MaxValue, int.MinValue, 1234567 };
        string[] ifmts = { "X", "X8", "x4", "D", "D5", "N0", "N2", "F1", "E2", "0000", "#,#", "P0", "C0", "G", "00;-00", "B" == "" ? "" : "G2" };
        foreach (var i in ints)
        {
            Console.Write(i + " |");
            foreach (var f in ifmts) Console.Write(" " + f + "=" + i.ToString(f));
            Console.WriteLine();
        }
        long[] longs = { 0L, -1L, long.MaxValue, long.MinValue, 1234567890123L };
        foreach (var l in longs)
            Console.WriteLine(l + " | X=" + l.ToString("X") + " X16=" + l.ToString("X16") + " N0=" + l.ToString("N0") + " D20=" + l.ToString("D20") + " E3=" + l.ToString("E3") + " #,##0=" + l.ToString("#,##0"));
        ulong ul = ulong.MaxValue;
        Console.WriteLine(ul.ToString("X") + " " + ul.ToString("N0") + " " + ul.ToString("E2") + " " + ((uint)uint.MaxValue).ToString("x") + " " + ((byte)7).ToString("D3") + " " + ((short)-5).ToString("D4") + " " + ((sbyte)-1).ToString("X"));

        // Math.Round
        double[] rs = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.345, 2.355, 1.005, -1.005, 0.285, 123.4567, double.NaN, 1e16 };
        foreach (var r in rs)
        {
            Console.WriteLine(r + " | " + Math.Round(r) + " " + Math.Round(r, MidpointRounding.AwayFromZero) + " " + Math.Round(r, MidpointRounding.ToZero) + " " + Math.Round(r, MidpointRounding.ToPositiveInfinity) + " " + Math.Round(r, MidpointRounding.ToNegativeInfinity) + " " + Math.Round(r, 2) + " " + Math.Round(r, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(r, 1, MidpointRounding.ToEven) + " " + Math.Floor(r) + " " + Math.Ceiling(r) + " " + Math.Truncate(r));
        }
        Console.WriteLine("neg zero " + (-0.0) + " " + Math.Round(-0.4) + " " + (0.0 * -1) + " " + Math.Ceiling(-0.5) + " " + (-0.0).ToString("F2") + " " + (-0.0001).ToString("F2") + " " + (-0.0001).ToString("0.0") + " " + (-0.4).ToString("0") + " " + (-0.0f) + " " + 1 / (-0.0) + " " + (-0.0 == 0.0) + " " + (-0.0).Equals(0.0));
        Console.WriteLine("specials " + double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity + " " + double.NaN.ToString("F2") + " " + double.PositiveInfinity.ToString("N0") + " " + float.NegativeInfinity.ToString("E2") + " " + double.NaN.ToString("0.00"));

        // composite formatting
        Console.WriteLine(string.Format("[{0,8}] [{0,-8}] [{1,10:F3}] [{1,-10:E2}] [{2:X4}] [{{literal}}] [{{{0}}}]", 42, Math.PI, 255));
        Console.WriteLine(string.Format("{0:0.0} {0:#,##0.00;(#,##0.00);zero} {1:P2} {2,6:N1}|", -1234.5678, 0.12345, 9876.54));
        Console.WriteLine(string.Format("{0} {1} {2} {3}", null, true, 'c', 1.0f / 3));
        double price = 19.999;
        int qty = 3;
        string name = "widget";
        Console.WriteLine($"|{name,-8}|{qty,4}|{price,-8:F2}|{price * qty,10:N2}|{qty / 2.0:0.##}|{{x}}|{qty:D3}|{-qty,5}|");
        Console.WriteLine($"{1e6:N0} {1e6:E0} {1e6:G} {1e6:0,,}M {1234.5:0,.0}K {0.5:P} {-0.05:P1} {double.NaN:N2}");
        Console.WriteLine($"{255:x2}{0:x2}{16:X2} {(byte)171:X} {-2:X} {-2L:X}");
        Console.WriteLine($"{123456789.0,15:#,##0.000} {0.000123,12:E4} {12.3,-6}| {'x',3}|{true,-6}|{null,3}|");
        Console.WriteLine(string.Format("{0,-5}|{1,5}|", "abcdefgh", "xy"));
        Console.WriteLine(123.456.ToString("00000.0") + " " + 0.5.ToString("#") + " " + 1.5.ToString("#") + " " + 2.5.ToString("0") + " " + (-2.5).ToString("0") + " " + 0.05.ToString("0.0") + " " + 0.15.ToString("0.0") + " " + 0.25.ToString("0.0") + " " + 0.35.ToString("0.0"));
        Console.WriteLine(1234.5678.ToString("#,#.##") + " " + 0.0.ToString("#,#.##") + " " + 0.0.ToString("#.00") + " " + 1234567.0.ToString("#,##0,") + " " + 12.0.ToString("'$'0.00") + " " + 12.0.ToString("0\\%") + " " + 0.1234.ToString("0.0%") + " " + 0.1234.ToString("0.0‰"));
        Console.WriteLine(double.Parse("1.5e3") + " " + double.Parse("-0") + " " + double.Parse("  12.5  ") + " " + float.Parse("3.4028236e38") + " " + double.Parse("1e400") + " " + double.Parse("Infinity") + " " + double.Parse("NaN") + " " + double.Parse("0x10".Length.ToString()));
        Console.WriteLine(3.0.ToString() + " " + 3.0f.ToString() + " " + 1e-7.ToString() + " " + 123456789012345680.0 + " " + 0.1f.ToString("R") + " " + ((double)0.1f).ToString("R") + " " + 1.0e-10f + " " + 5e-324);
    }
}
