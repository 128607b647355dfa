using System;

class Program
{
    static void Try(string label, Func<string> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message); }
    }

    static int Zero() => 0;
    static int MinusOne() => -1;

    static void Main()
    {
        int min = int.MinValue, m1 = MinusOne();
        long lmin = long.MinValue;
        Try("int.MinValue / -1", () => (min / m1).ToString());
        Try("int.MinValue % -1", () => (min % m1).ToString());
        Try("long.MinValue / -1", () => (lmin / m1).ToString());
        Try("long.MinValue % -1L", () => (lmin % (long)m1).ToString());
        Try("7 / 0", () => (7 / Zero()).ToString());
        Try("7L % 0", () => (7L % Zero()).ToString());
        Try("7u / 0", () => (7u / (uint)Zero()).ToString());
        Try("-7 / 2", () => (-7 / 2).ToString());
        Try("-7 % 2", () => (-7 % 2).ToString());
        Try("7 % -2", () => (7 % -2).ToString());
        Try("-7L / 2", () => (-7L / 2).ToString());
        Try("-7L % 2", () => (-7L % 2).ToString());
        Try("checked max+1", () => checked(int.MaxValue + Zero() + 1).ToString());
        Try("unchecked max+1", () => unchecked(int.MaxValue + Zero() + 1).ToString());
        Try("checked -min", () => checked(-min).ToString());
        Try("unchecked -min", () => unchecked(-min).ToString());
        Try("checked long mul", () => checked(lmin * m1).ToString());
        Try("checked (byte)300", () => { int v = 300 + Zero(); return checked((byte)v).ToString(); });
        Try("unchecked (byte)300", () => { int v = 300 + Zero(); return unchecked((byte)v).ToString(); });
        Try("(sbyte)200", () => { int v = 200 + Zero(); return ((sbyte)v).ToString(); });
        Try("(short)70000", () => { int v = 70000 + Zero(); return ((short)v).ToString(); });
        Try("(ushort)-1", () => { int v = -1 + Zero(); return ((ushort)v).ToString(); });
        Try("(uint)-1", () => { int v = -1 + Zero(); return ((uint)v).ToString(); });
        Try("checked (uint)-1", () => { int v = -1 + Zero(); return checked((uint)v).ToString(); });
        Try("(int)uint.MaxValue", () => { uint v = uint.MaxValue - (uint)Zero(); return ((int)v).ToString(); });
        Try("(int)3000000000L", () => { long v = 3000000000L + Zero(); return ((int)v).ToString(); });
        Try("checked (int)3000000000L", () => { long v = 3000000000L + Zero(); return checked((int)v).ToString(); });
        Try("(ulong)-1L", () => { long v = -1L + Zero(); return ((ulong)v).ToString(); });
        Try("checked (ulong)-1L", () => { long v = -1L + Zero(); return checked((ulong)v).ToString(); });
        Try("(long)ulong.MaxValue", () => { ulong v = ulong.MaxValue - (ulong)Zero(); return ((long)v).ToString(); });
        Try("(int)NaN", () => { double d = double.NaN; return ((int)d).ToString(); });
        Try("(int)1e10", () => { double d = 1e10 + Zero(); return ((int)d).ToString(); });
        Try("(int)-1e10", () => { double d = -1e10 + Zero(); return ((int)d).ToString(); });
        Try("(int)-2.9", () => { double d = -2.9 + Zero(); return ((int)d).ToString(); });
        Try("(uint)-1.5", () => { double d = -1.5 + Zero(); return ((uint)d).ToString(); });
        Try("(long)1e19", () => { double d = 1e19 + Zero(); return ((long)d).ToString(); });
        Try("(ulong)1e19", () => { double d = 1e19 + Zero(); return ((ulong)d).ToString(); });
        Try("checked (int)1e10", () => { double d = 1e10 + Zero(); return checked((int)d).ToString(); });
        Try("checked (int)NaN", () => { double d = double.NaN; return checked((int)d).ToString(); });
        Try("(byte)257.9", () => { double d = 257.9 + Zero(); return ((byte)d).ToString(); });
        Try("1 << 33", () => { int s = 33 + Zero(); return (1 << s).ToString(); });
        Try("1L << 65", () => { int s = 65 + Zero(); return (1L << s).ToString(); });
        Try("-1 >> 1", () => (m1 >> 1).ToString());
        Try("-1 >>> 1", () => (m1 >>> 1).ToString());
        Try("-1L >>> 1", () => ((long)m1 >>> 1).ToString());
        Try("uint >> 31", () => (uint.MaxValue >> (31 + Zero())).ToString());
        Try("int.MaxValue * 2", () => (int.MaxValue * (2 + Zero())).ToString());
        Try("uint.MaxValue * uint.MaxValue", () => { uint u = uint.MaxValue - (uint)Zero(); return (u * u).ToString(); });
        Try("ulong.MaxValue * 3", () => { ulong u = ulong.MaxValue - (ulong)Zero(); return (u * 3).ToString(); });
        Try("ulong big / 7", () => (18446744073709551615UL / (7UL + (ulong)Zero())).ToString());
        Try("ulong big % 10", () => (18000000000000000000UL % (10UL + (ulong)Zero())).ToString());
        Try("ulong > long compare", () => ((ulong)long.MaxValue + 1UL > (ulong)long.MaxValue).ToString());
        Try("Math.Abs(int.MinValue)", () => Math.Abs(min).ToString());
        Try("Math.Abs(long.MinValue)", () => Math.Abs(lmin).ToString());
        Try("int.MinValue.ToString(X)", () => min.ToString("X"));
        Try("-(-128 sbyte)", () => { sbyte s = (sbyte)(-128 + Zero()); return ((sbyte)(-s)).ToString(); });
        byte b = 250; b += 10; Console.WriteLine("byte += " + b);
        short sh = short.MaxValue; sh++; Console.WriteLine("short++ " + sh);
        char c = 'y'; c++; c += (char)1; Console.WriteLine("char " + c + " " + (int)c + " " + (char)(c + 1));
        uint u0 = 0; u0--; Console.WriteLine("uint-- " + u0);
        ulong ul = 0; ul--; Console.WriteLine("ulong-- " + ul + " " + ul.ToString("X") + " " + ul.ToString("N0"));
        int x = 5; x <<= 30; Console.WriteLine("<<= " + x);
        long lx = 1; lx <<= 63; Console.WriteLine("long <<= 63 " + lx);
        int compound = int.MaxValue; compound += 1; Console.WriteLine("+= wraps " + compound);
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + uint.MaxValue + " " + long.MaxValue + " " + long.MinValue + " " + ulong.MaxValue);
        Console.WriteLine($"{ulong.MaxValue:D25} {9223372036854775808UL:N0} {ulong.MaxValue:x}");
        Console.WriteLine((-5 & 0xFF) + " " + (-5 | 0x10) + " " + (-5 ^ 0x0F) + " " + ~5 + " " + ~0u + " " + ~0UL);
        Console.WriteLine(int.Parse("-2147483648") + " " + uint.Parse("4294967295") + " " + ulong.Parse("18446744073709551615"));
        Try("int.Parse overflow", () => int.Parse("2147483648").ToString());
        Try("byte.Parse -1", () => byte.Parse("-1").ToString());
        Try("int.Parse ' 12 '", () => int.Parse(" 12 ").ToString());
        Try("int.Parse '+7'", () => int.Parse("+7").ToString());
        Try("int.Parse '1_000'", () => int.Parse("1_000").ToString());
        Try("long.Parse ''", () => long.Parse("").ToString());
    }
}
