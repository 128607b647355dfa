using System;

public static class Program
{
    static int Zero() => 0;
    static int MinusOne() => -1;

    public static void Main()
    {
        int min = int.MinValue;
        try { Console.WriteLine(min / MinusOne()); } catch (OverflowException e) { Console.WriteLine("div: " + e.Message); }
        try { Console.WriteLine(min % MinusOne()); } catch (OverflowException e) { Console.WriteLine("rem: " + e.Message); }
        long lmin = long.MinValue;
        try { Console.WriteLine(lmin / MinusOne()); } catch (OverflowException e) { Console.WriteLine("ldiv: " + e.Message); }
        try { Console.WriteLine(5 / Zero()); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(5L % Zero()); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(5.0 / Zero() + " " + -5.0 / Zero() + " " + 0.0 / Zero() + " " + 5.0 % Zero() + " " + -7 % 3 + " " + 7 % -3 + " " + -7.5 % 2);
        Console.WriteLine(Math.DivRem(-7, 2) + " " + Math.DivRem(7L, -2L) + " " + Math.DivRem(9, 3).Quotient + " " + Math.DivRem(-9L, 4L).Remainder);
        try { Math.DivRem(int.MinValue, MinusOne()); } catch (OverflowException e) { Console.WriteLine("divrem: " + e.Message); }
        try { Math.DivRem(1L, 0L, out long _); } catch (DivideByZeroException e) { Console.WriteLine("divrem: " + e.Message); }
        Console.WriteLine(Math.DivRem(17, 5, out int rem) + " " + rem + " " + Math.DivRem(-17, 5, out int rem2) + " " + rem2 + " " + Math.DivRem(-17L, -5L, out long rem3) + " " + rem3);
        int one = 1;
        Console.WriteLine((one << 31) + " " + (one << 32) + " " + (one << 33) + " " + (-1 >> 40) + " " + (-16 >>> 2) + " " + (1L << 63) + " " + (1L << 64) + " " + (-1L >>> 60));
        uint u = 3;
        Console.WriteLine(unchecked(u - 5) + " " + (u * 2_000_000_000u) + " " + (uint.MaxValue + u) + " " + (u << 31) + " " + (~u) + " " + (uint.MaxValue / 7));
        ulong big = ulong.MaxValue;
        Console.WriteLine(big + " " + big / 3 + " " + big % 1000 + " " + (big >> 1) + " " + unchecked(big + 2) + " " + (big * 3));
        Console.WriteLine(unchecked(int.MaxValue + one) + " " + unchecked((short)70000) + " " + unchecked((sbyte)200) + " " + unchecked((byte)-1) + " " + unchecked((ushort)-2));
        try { checked { int x = int.MaxValue; x += one; Console.WriteLine(x); } } catch (OverflowException e) { Console.WriteLine("checked add: " + e.Message); }
        try { checked { uint x = 0; x -= 1; Console.WriteLine(x); } } catch (OverflowException) { Console.WriteLine("checked uint sub"); }
        try { checked { long x = long.MaxValue; x *= 2; Console.WriteLine(x); } } catch (OverflowException) { Console.WriteLine("checked long mul"); }
        try { checked { int x = -min; Console.WriteLine(x); } } catch (OverflowException) { Console.WriteLine("checked neg"); }
        Console.WriteLine(Math.Abs(-5) + " " + Math.Sign(-3L) + " " + Math.Clamp(15, 0, 10) + " " + Math.Max(3u, 7u) + " " + Math.Min(-0.0, 0.0));
        try { Math.Abs(int.MinValue); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Convert.ToString(10, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(-2L, 2).Length);
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("-101", 2) + " " + Convert.ToInt64("7fffffffffffffff", 16) + " " + Convert.ToInt32("0x1A", 16) + " " + Convert.ToByte("377", 8));
        Console.WriteLine(int.Parse("ff", System.Globalization.NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", System.Globalization.NumberStyles.HexNumber) + " " + long.Parse("1,234,567", System.Globalization.NumberStyles.AllowThousands));
        Console.WriteLine(int.MaxValue.ToString("X") + " " + long.MinValue + " " + (-1L).ToString("X") + " " + ((byte)200).ToString("x") + " " + ((short)-1).ToString("X"));
        Console.WriteLine((7 & -8) + " " + (7 | -8) + " " + (7 ^ -8) + " " + (~7) + " " + (0x0F0F & 0xFF) + " " + (5L & ~1L) + " " + (true ^ true) + " " + (false | true));
        int i = 5;
        i = i++ + ++i;
        int j = 3;
        j += j++ * --j;
        Console.WriteLine(i + " " + j);
        Console.WriteLine(int.MaxValue.CompareTo(int.MinValue) + " " + 3.CompareTo(3) + " " + (-1L).CompareTo(0L) + " " + 2.5.CompareTo(double.NaN) + " " + double.NaN.CompareTo(double.NaN) + " " + double.NaN.Equals(double.NaN) + " " + (double.NaN == double.NaN));
    }
}
