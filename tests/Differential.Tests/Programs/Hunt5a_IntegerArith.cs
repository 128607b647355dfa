using System;
using System.Collections.Generic;

public static class Program
{
    static int Id(int x) => x;
    static long IdL(long x) => x;
    static double D(double x) => x;

    public static void Main()
    {
        byte b = 250;
        b += 10;
        Console.WriteLine("byte += " + b);
        b -= 20;
        Console.WriteLine("byte -= " + b);
        b *= 3;
        Console.WriteLine("byte *= " + b);
        b <<= 3;
        Console.WriteLine("byte <<= " + b);
        b >>= 1;
        Console.WriteLine("byte >>= " + b);
        b++;
        b--;
        --b;
        Console.WriteLine("byte ++-- " + b);
        byte z = 0;
        z--;
        Console.WriteLine("byte 0-- " + z);
        sbyte sb = 127;
        sb++;
        Console.WriteLine("sbyte ++ " + sb);
        sb = -128;
        sb--;
        Console.WriteLine("sbyte -- " + sb);
        sb = -100;
        sb += -100;
        Console.WriteLine("sbyte += " + sb);
        sb = (sbyte)(sb * 3);
        Console.WriteLine("sbyte * " + sb);
        short s = short.MaxValue;
        s += 1;
        Console.WriteLine("short += " + s);
        s = short.MinValue;
        s -= 1;
        Console.WriteLine("short -= " + s);
        s = 300;
        s *= 300;
        Console.WriteLine("short *= " + s);
        s = -1;
        s >>= 3;
        Console.WriteLine("short >>= " + s);
        s = -32768;
        s /= -1;
        Console.WriteLine("short /= -1 " + s);
        ushort us = 0;
        us -= 1;
        Console.WriteLine("ushort -= " + us);
        us = 65535;
        us++;
        Console.WriteLine("ushort ++ " + us);
        us = 40000;
        us += us;
        Console.WriteLine("ushort += self " + us);
        char c = 'A';
        c += (char)2;
        c++;
        Console.WriteLine("char " + c + " " + (int)c);
        c = '\uffff';
        c++;
        Console.WriteLine("char wrap " + (int)c);

        // integer promotion: byte*byte is int
        byte b1 = 200, b2 = 200;
        var prod = b1 * b2;
        Console.WriteLine("byte*byte " + prod + " " + prod.GetType().Name);
        short s1 = 30000, s2 = 30000;
        Console.WriteLine("short+short " + (s1 + s2) + " " + (s1 + s2).GetType().Name);
        Console.WriteLine("~byte " + (~b1) + " -byte " + (-b1) + " ~ushort " + (~(ushort)1));

        // mixed signed/unsigned
        uint u = 5;
        int neg = -3;
        Console.WriteLine("uint+int " + (u + neg) + " " + (u + neg).GetType().Name);
        Console.WriteLine("uint<int " + (u < neg) + " " + ((long)u > neg));
        uint ubig = 4000000000;
        Console.WriteLine("uint big " + ubig + " " + (ubig + ubig) + " " + (ubig * 2u) + " " + (ubig / 3) + " " + (ubig % 7) + " " + (int)ubig);
        Console.WriteLine("uint >> " + (ubig >> 4) + " " + (ubig >> 36) + " int >> " + ((int)ubig >> 4));
        ulong ul = 18000000000000000000UL;
        Console.WriteLine("ulong " + ul + " " + (ul + ul) + " " + (ul / 7) + " " + (ul % 1000) + " " + (long)ul + " " + (ul >> 63) + " " + (ul << 1));
        long lm = long.MinValue;
        Console.WriteLine("long " + (lm - 1) + " " + (-lm) + " " + unchecked(lm * -1) + " " + unchecked(long.MaxValue * 3) + " " + (lm >> 63) + " " + (lm >>> 63));
        try { Console.WriteLine(lm / IdL(-1)); } catch (OverflowException e) { Console.WriteLine("long/-1: " + e.Message); }
        try { Console.WriteLine(lm % IdL(-1)); } catch (OverflowException e) { Console.WriteLine("long%-1: " + e.Message); }
        try { Console.WriteLine(int.MinValue % Id(-1)); } catch (OverflowException e) { Console.WriteLine("int%-1: " + e.Message); }

        // shifts by >= width use count & mask
        int one = Id(1);
        int cnt = Id(35);
        Console.WriteLine("shifts " + (one << cnt) + " " + (one << -1) + " " + (1L << cnt) + " " + (1L << 70) + " " + (-256 >> cnt) + " " + ((uint)0x80000000 >> cnt) + " " + (0x8000000000000000UL >> 67));
        byte sbt = 1;
        Console.WriteLine("byte shift " + (sbt << 9) + " " + (sbt << 33));
        short ss = -2;
        ss <<= 15;
        Console.WriteLine("short <<= " + ss);

        // division/modulo of negatives
        int[] ns = { 7, -7 };
        int[] ds = { 2, -2, 3, -3 };
        foreach (var n in ns)
            foreach (var d in ds)
                Console.Write($"{n}/{d}={n / d} {n}%{d}={n % d}; ");
        Console.WriteLine();
        long[] lns = { 7000000000L, -7000000000L };
        foreach (var n in lns)
            Console.Write($"{n}/3={n / 3} {n}%-3={n % -3}; ");
        Console.WriteLine();
        Console.WriteLine("dbl% " + (-7.5 % 2) + " " + (7.5 % -2) + " " + (-0.0 % 5) + " " + (5 % -0.0) + " " + (1e300 % 3));

        // double → int casts
        double[] vals = { 2.9, -2.9, 0.5, -0.5, 2147483647.9, 2147483648.0, -2147483649.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e20, -1e20, 4294967296.5 };
        foreach (var v in vals)
        {
            Console.Write(v + " -> int " + (int)v + " uint " + (uint)v + " long " + (long)v + " short " + (short)v + " byte " + (byte)v);
            Console.WriteLine(" ulong " + (ulong)v + " char " + (int)(char)v + " sbyte " + (sbyte)v);
        }
        float fl = 3.99f;
        Console.WriteLine("float->int " + (int)fl + " " + (int)-fl + " " + (long)1e18f + " " + (int)D(float.NaN));
        foreach (var v in new[] { 2.5, 1e10, -1.0, double.NaN, 3e9 })
        {
            try { Console.WriteLine("checked int " + checked((int)v)); } catch (OverflowException e) { Console.WriteLine("checked int " + v + ": " + e.Message); }
            try { Console.WriteLine("checked uint " + checked((uint)v)); } catch (OverflowException e) { Console.WriteLine("checked uint " + v + ": " + e.Message); }
            try { Console.WriteLine("checked long " + checked((long)v)); } catch (OverflowException e) { Console.WriteLine("checked long " + v + ": " + e.Message); }
            try { Console.WriteLine("checked byte " + checked((byte)v)); } catch (OverflowException e) { Console.WriteLine("checked byte " + v + ": " + e.Message); }
        }

        // checked blocks
        int big = Id(int.MaxValue);
        try { checked { int r = big + 1; Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked+ " + e.Message); }
        try { checked { byte r = (byte)(big & 0x1FF); Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked (byte) " + e.Message); }
        try { checked { byte bb = 255; bb++; Console.WriteLine(bb); } } catch (OverflowException e) { Console.WriteLine("checked byte++ " + e.Message); }
        try { checked { short sh = short.MinValue; sh--; Console.WriteLine(sh); } } catch (OverflowException e) { Console.WriteLine("checked short-- " + e.Message); }
        try { checked { ushort q = 1; q -= 2; Console.WriteLine(q); } } catch (OverflowException e) { Console.WriteLine("checked ushort-= " + e.Message); }
        try { checked { ulong q = 0; q--; Console.WriteLine(q); } } catch (OverflowException e) { Console.WriteLine("checked ulong-- " + e.Message); }
        try { checked { ulong q = ulong.MaxValue / 2 + 1; q *= 2; Console.WriteLine(q); } } catch (OverflowException e) { Console.WriteLine("checked ulong*= " + e.Message); }
        try { checked { long q = long.MinValue; q = -q; Console.WriteLine(q); } } catch (OverflowException e) { Console.WriteLine("checked -long " + e.Message); }
        try { checked { int q = -5; uint r = (uint)q; Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked (uint)-5 " + e.Message); }
        try { checked { uint q = 3000000000; int r = (int)q; Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked (int)3e9u " + e.Message); }
        try { checked { long q = -1; ulong r = (ulong)q; Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked (ulong)-1L " + e.Message); }
        try { checked { ulong q = ulong.MaxValue; long r = (long)q; Console.WriteLine(r); } } catch (OverflowException e) { Console.WriteLine("checked (long)ulmax " + e.Message); }
        try { checked { int q = 70000; char r = (char)q; Console.WriteLine((int)r); } } catch (OverflowException e) { Console.WriteLine("checked (char) " + e.Message); }
        try { checked { int q = 46341; Console.WriteLine(q * q); } } catch (OverflowException e) { Console.WriteLine("checked sq " + e.Message); }
        checked
        {
            int inner = unchecked(big + 1);
            Console.WriteLine("unchecked in checked " + inner);
            Console.WriteLine("div in checked " + (7 / 2) + " shift " + (big << 1));
        }
        int acc = 0;
        try
        {
            checked
            {
                for (int i = 0; i < 100; i++) { acc += 100000000; }
            }
        }
        catch (OverflowException) { Console.WriteLine("loop overflowed at acc=" + acc); }

        // compound ops keep width and evaluation order
        var list = new List<byte> { 250, 5 };
        list[0] += 10;
        Console.WriteLine("list byte " + list[0]);
        var arr = new short[] { short.MaxValue };
        arr[0]++;
        Console.WriteLine("arr short " + arr[0]);
        var ua = new uint[] { 0 };
        ua[0]--;
        Console.WriteLine("arr uint " + ua[0]);
        long total = 0;
        int k = int.MaxValue;
        total += k;
        total += k;
        Console.WriteLine("long += int " + total);
        int ovf = k;
        ovf += k;
        Console.WriteLine("int += int " + ovf);
        Console.WriteLine("ints " + (k * 2) + " " + (k * k) + " " + (-k - 2) + " " + (k * (long)k));
        Console.WriteLine("uint*uint " + unchecked(4000000000u * 3u) + " " + unchecked(0u - 1u) + " " + unchecked(uint.MaxValue * uint.MaxValue));
        Console.WriteLine("ulong*ulong " + unchecked(ulong.MaxValue * ulong.MaxValue) + " " + unchecked(ulong.MaxValue * 3));
        Console.WriteLine("Math " + Math.Abs(-128) + " " + Math.Abs((sbyte)-127) + " " + Math.Max((byte)3, (byte)250) + " " + Math.Min(-5L, 3L) + " " + Math.BigMul(int.MaxValue, int.MaxValue));
        try { Console.WriteLine(Math.Abs(long.MinValue)); } catch (OverflowException e) { Console.WriteLine("abs long: " + e.Message); }
        try { Console.WriteLine(Math.Abs((short)-32768)); } catch (OverflowException e) { Console.WriteLine("abs short: " + e.Message); }
        Console.WriteLine("Parse " + byte.Parse("255") + " " + sbyte.Parse("-128") + " " + short.Parse("-32768") + " " + ushort.Parse("65535"));
        try { byte.Parse("256"); } catch (OverflowException e) { Console.WriteLine("byte.Parse: " + e.Message); }
        try { sbyte.Parse("-129"); } catch (OverflowException e) { Console.WriteLine("sbyte.Parse: " + e.Message); }
        try { uint.Parse("-1"); } catch (OverflowException e) { Console.WriteLine("uint.Parse: " + e.Message); }
        try { int.Parse("2147483648"); } catch (OverflowException e) { Console.WriteLine("int.Parse: " + e.Message); }
        Console.WriteLine("MinMax " + byte.MaxValue + " " + sbyte.MinValue + " " + short.MinValue + " " + ushort.MaxValue + " " + uint.MaxValue + " " + ulong.MaxValue + " " + long.MinValue);
        Console.WriteLine("Convert " + Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToByte(254.5) + " " + Convert.ToInt64(1e15 + 0.5));
        try { Convert.ToByte(300); } catch (OverflowException e) { Console.WriteLine("Convert.ToByte: " + e.Message); }
        try { Convert.ToInt32(double.NaN); } catch (OverflowException e) { Console.WriteLine("Convert.ToInt32 NaN: " + e.Message); }
        try { Convert.ToUInt32(-1); } catch (OverflowException e) { Console.WriteLine("Convert.ToUInt32: " + e.Message); }
        try { Convert.ToSByte(128); } catch (OverflowException e) { Console.WriteLine("Convert.ToSByte: " + e.Message); }
        try { Convert.ToInt16(40000L); } catch (OverflowException e) { Console.WriteLine("Convert.ToInt16: " + e.Message); }
        try { Convert.ToChar(-1); } catch (OverflowException e) { Console.WriteLine("Convert.ToChar: " + e.Message); }
    }
}
