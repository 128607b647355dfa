using System;

class Program
{
    static void Row(string format, params object[] values)
    {
        var cells = new string[values.Length];
        for (int i = 0; i < values.Length; i++) cells[i] = string.Format("{0:" + format + "}", values[i]);
        Console.WriteLine(format.PadRight(4) + " | " + string.Join(" | ", cells));
    }

    static void Main()
    {
        object[] ints = { 0, 7, -7, 255, -255, 123456789, int.MinValue, int.MaxValue };
        foreach (var f in new[] { "D", "D1", "D5", "X", "x4", "X8", "N", "N0", "N3", "F", "F0", "F3", "P", "P0", "G", "E2", "0", "00000", "#,##0", "0.00" })
            Row(f, ints);
        object[] longs = { 0L, -1L, 5000000000L, long.MinValue, long.MaxValue };
        foreach (var f in new[] { "D", "D20", "X", "x16", "N0", "F2", "G" })
            Row(f, longs);
        // Boxed small signed types (sbyte, short) are left out: once boxed they are plain numbers in JS.
        object[] unsigned = { 0u, 4294967295u, 18446744073709551615UL, (byte)200, (ushort)65535 };
        foreach (var f in new[] { "D", "X", "N0" })
            Row(f, unsigned);
        object[] doubles = { 0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1.005, 1234.5678, -1234.5678, 0.000123456, 123456789.987654, 1e21, 1.23e-7, double.NaN, double.PositiveInfinity };
        foreach (var f in new[] { "F", "F0", "F1", "F4", "N", "N0", "N2", "P", "P0", "P3", "E", "E0", "e3", "G", "G3", "R", "0.##", "#,##0.00", "0.0%" })
            Row(f, doubles);
        Console.WriteLine($"[{42,8:D4}] [{-42,-8:D4}] [{3.14159,10:F3}] [{0.256,-8:P0}] [{255,5:X}] [{1234567,15:N0}]");
        Console.WriteLine(string.Format("[{0,10:N2}] [{1,-12:E2}] [{2,6}]", -9876.545, 0.00042, true));
        Console.WriteLine(12.ToString("D3") + " " + 12.5.ToString("F3") + " " + 0.125.ToString("P1") + " " + 4096.ToString("X") + " " + (-1).ToString("x"));
    }
}
