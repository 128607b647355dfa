using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

public static class Program
{
    static void F(string fmt, params object[] args)
    {
        try { Console.WriteLine("[" + string.Format(fmt, args) + "]"); }
        catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
    }

    public static void Main()
    {
        F("{0,10:N2}|{1,-10:P1}|{2,5:X}|{3:x8}", 1234567.891, 0.12345, 255, -1);
        F("{0:N0} {0:N3} {0:n} {1:N1}", -9876543.21, 0.05);
        F("{0:P} {0:P0} {1:P3} {2:P}", 0.5, -0.00125, 1.0);
        F("{0:E} {0:E2} {0:e4} {1:E0} {2:E3}", 12345.6789, 0.00012, -1e-300);
        F("{0:F0} {1:F0} {2:F0} {3:F1} {4:F2}", 0.5, 1.5, 2.5, 0.05, 1.005);
        F("{0:G} {0:G3} {1:G17} {2:R} {3:G}", 123456789.123, 0.1, 1.0 / 3, 1e15);
        F("{0:D5} {1:D} {2:D8} {3:X4} {4:X}", 42, -42, int.MinValue, 0xABC, long.MaxValue);
        F("{0:C} {1:C0} {2:C3}", 1234.5, -0.5, 7);
        F("{0:0.00} {1:#,##0.0} {2:0.###} {3:000} {4:#.#}", 3.14159, 1234567.89, 2.5, 7, 0.04);
        F("{0:0.00;(0.00);zero} {1:0.00;(0.00);zero} {2:0.00;(0.00);zero}", 1.5, -1.5, 0.0);
        F("{0:0.0E+00} {1:#0.##E-0} {2:00.00%} {3:#,#}", 12345.0, 0.000123, 0.1234, 0);
        F("{{literal}} {0} {{{0}}}", 5);
        F("{0,-5}|{1,5}|{2,-3}|", "ab", "cd", "longer");
        F("{0,3}{1,3}{2,3}", 'x', true, null!);
        F("{1} {0} {1}", "a", "b");
        F("{0:yyyy-MM-dd HH:mm:ss} {0:ddd dd MMM} {0:t}", new DateTime(2023, 7, 4, 15, 5, 9));
        F("{0:c} {1:g} {0:hh\\:mm}", new TimeSpan(1, 2, 3, 4), new TimeSpan(0, 5, 6));
        F("{0}", new int[] { 1, 2 });
        F("{2}", 1, 2);
        F("{0", 1);
        F("{0:N2", 1);
        F("} {0}", 1);
        F("{0,-}", 1);

        Console.WriteLine(1234.5.ToString("N2", CultureInfo.InvariantCulture));
        Console.WriteLine((-0.0).ToString() + " " + (-0.0).ToString("F2") + " " + (-0.001).ToString("F2") + " " + (-0.001).ToString("N1") + " " + (-0.4).ToString("F0"));
        Console.WriteLine(12.ToString("00.00") + " " + 255.ToString("x2") + " " + (-255).ToString("X") + " " + ((byte)200).ToString("X") + " " + ((short)-2).ToString("X") + " " + ((sbyte)-1).ToString("x"));
        Console.WriteLine(1e21.ToString() + " " + 1e-7.ToString() + " " + 123456789012345680.0.ToString() + " " + (0.1 + 0.2).ToString() + " " + double.Epsilon.ToString());
        Console.WriteLine(double.NaN.ToString("F2") + " " + double.PositiveInfinity.ToString("N") + " " + double.NegativeInfinity + " " + float.MaxValue + " " + (1f / 3));
        Console.WriteLine(1.23456789e-5.ToString("R") + " " + 100.0.ToString("E") + " " + 0.0.ToString("E2") + " " + 5e-324.ToString("G17"));

        var sb = new StringBuilder();
        sb.AppendFormat("{0,-6}|{1,6:F1}|", "item", 3.14159).AppendLine();
        sb.AppendFormat(CultureInfo.InvariantCulture, "{0:N0}", 1000000).AppendLine();
        sb.AppendJoin(", ", new[] { "a", "b", "c" }).Append('!', 3).AppendLine();
        sb.Insert(0, "> ").Replace("a", "A").Replace('b', 'B');
        sb.Remove(2, 2);
        Console.Write(sb.ToString());
        Console.WriteLine(sb.Length + " " + sb[0] + sb[sb.Length - 2]);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "]");
        sb.Clear().Append(1).Append(' ').Append(2.5).Append(' ').Append(true).Append(' ').Append('c').Append(' ').Append(10L).Append(' ').Append(1.5f);
        Console.WriteLine(sb);
        var sb2 = new StringBuilder("abcdef");
        sb2[0] = 'Z';
        Console.WriteLine(sb2.ToString(1, 3) + " " + sb2.Equals(new StringBuilder("Zbcdef")) + " " + sb2.ToString().IndexOf("cd"));

        var table = new List<(string Name, double Price, int Qty)> { ("Widget", 2.5, 10), ("Gadget", 13.999, 3), ("Thingamajig", 0.1, 1000) };
        Console.WriteLine(string.Format("{0,-12}{1,10}{2,6}{3,12}", "Name", "Price", "Qty", "Total"));
        foreach (var (name, price, qty) in table)
            Console.WriteLine($"{name,-12}{price,10:C2}{qty,6:D3}{price * qty,12:N2}");
        Console.WriteLine($"{"end",-5:G}|{42,5:X}|{3.5,-8:E1}|{-7,4}|{'c',3}|{true,-6}|");
        Console.WriteLine(string.Concat("a", 1, 'b', 2.0, null, true));
        Console.WriteLine(string.Join("|", 1, 2.50, 'c', "d", null, false));
        Console.WriteLine(string.Format("{0:X2}{1:X2}{2:X2}", 255, 0, 16).ToLowerInvariant());
        Console.WriteLine($"{1234.5678:#,##0.00} {0.5:0%} {-3:+0;-0} {3:+0;-0} {1.0 / 3:0.####} {12345:##-###}");
    }
}
