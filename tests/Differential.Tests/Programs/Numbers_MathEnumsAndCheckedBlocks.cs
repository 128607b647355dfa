using System;
using System.Linq;

enum Level { Low = -1, None = 0, Mid = 5, High = 10 }

[Flags]
enum Bits : uint { Zero = 0, A = 1, B = 2, AB = 3, Top = 0x80000000 }

class Program
{
    static string Describe(Level l) => l switch
    {
        Level.Low => "low",
        Level.Mid or Level.High => "upper",
        _ => "other " + (int)l,
    };

    static void Main()
    {
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-2.5, -1.0, 1.0) + " " + Math.Log(8, 2) + " " + Math.Log10(1000) + " " + Math.Atan2(1, 1) + " " + Math.Round(-2.555, 2) + " " + Math.Round(1.0 / 3, 4) + " " + Math.Floor(-2.5) + " " + Math.Ceiling(2.1));
        Console.WriteLine(Math.Max(3L, 5) + " " + Math.Min(-0.0, 0.0) + " " + Math.Abs(-7.5) + " " + Math.Sign(-12L) + " " + Math.Pow(2, -2) + " " + Math.Exp(1) + " " + Math.Sqrt(2) + " " + Math.Truncate(9.99) + " " + Math.Round(12345.6789, 0) + " " + Math.Round(0.5) + " " + Math.Round(1.5) + " " + Math.Round(-1.5, MidpointRounding.AwayFromZero));
        try { Math.Sign(double.NaN); } catch (ArithmeticException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine((long)int.MaxValue * 3 + " " + Math.DivRem(17, 5, out var rem) + " " + rem + " " + Math.DivRem(-17, 5, out var rem2) + " " + rem2 + " " + Math.BigMul(int.MaxValue, int.MinValue));
        try { Math.DivRem(1, 0, out _); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        Console.WriteLine((float)16777217 + " " + (double)long.MaxValue + " " + (double)ulong.MaxValue + " " + (float)1e40 + " " + 1.1f * 1.1f + " " + (double)(1.1f * 1.1f) + " " + (float)(1.0 / 3) + " " + 0.1f * 3 + " " + (int)3.99f + " " + (long)-0.5 + " " + float.MaxValue + " " + float.Epsilon);
        Console.WriteLine(1e-7 + " " + 123456789012345678.0 + " " + 0.0001 + " " + 1e-5 + " " + 100.0 + " " + 1e15 + " " + 1.5e300 * 10 + " " + -1e-300 / 1e100 + " " + 4.35 * 100 + " " + 0.1 * 3 + " " + 1 / 3.0 * 3);
        Console.WriteLine(long.MaxValue.ToString("N0") + " " + (-1L).ToString("X8") + " " + ((short)-1).ToString("X") + " " + ((sbyte)-1).ToString("X") + " " + ((byte)255).ToString("x4") + " " + 255.ToString("X1") + " " + uint.MaxValue.ToString("N") + " " + (-123).ToString("00000") + " " + 5.ToString("P0") + " " + 0.5.ToString("P2"));
        Console.WriteLine($"{(byte)200,5}|{(short)-5,-5}|{3000000000u:N0}|{-0.0:F1}|{1.23456e-10:G3}|{123.0:G}|{1e6:G}|{12345678.9:G4}|{0.000012345:E}|{double.NaN:F2}|{double.NegativeInfinity:N}");
        byte b1 = 200, b2 = 100;
        int sum = b1 + b2;
        byte wrapped = (byte)(b1 + b2);
        short sh = -32768;
        sh--;
        ushort us = 0;
        us--;
        sbyte sb = 127;
        sb++;
        Console.WriteLine(sum + " " + wrapped + " " + sh + " " + us + " " + sb + " " + (byte)(b1 << 1) + " " + (b1 << 1) + " " + (~b1) + " " + (byte)~b1 + " " + (-b2) + " " + (uint)-b2);
        uint u = 5; int i = -3;
        Console.WriteLine((u + i) + " " + (u > i) + " " + (u * (uint)i) + " " + (i / (int)u) + " " + (i % (int)u) + " " + (u - 10) + " " + (long)u * i + " " + ((ulong)u << 40));
        checked
        {
            try { int big = int.MaxValue; big++; Console.WriteLine(big); } catch (OverflowException) { Console.WriteLine("++ overflow"); }
            try { int big = int.MaxValue; big += 1; Console.WriteLine(big); } catch (OverflowException) { Console.WriteLine("+= overflow"); }
            try { byte small = 255; small++; Console.WriteLine(small); } catch (OverflowException) { Console.WriteLine("byte++ overflow"); }
            try { uint z = 0; z--; Console.WriteLine(z); } catch (OverflowException) { Console.WriteLine("uint-- overflow"); }
            try { long l = long.MinValue; l = -l; Console.WriteLine(l); } catch (OverflowException) { Console.WriteLine("long negate overflow"); }
            try { ulong ul = ulong.MaxValue; ul *= 2; Console.WriteLine(ul); } catch (OverflowException) { Console.WriteLine("ulong *= overflow"); }
            int ok = unchecked(int.MaxValue + 1);
            Console.WriteLine("unchecked inside checked " + ok);
        }
        foreach (var l in new[] { Level.Low, Level.None, Level.Mid, Level.High, (Level)7 }) Console.Write(Describe(l) + "," + l + "," + (int)l + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Enum.GetValues<Level>()) + " " + string.Join(",", Enum.GetNames<Level>()) + " " + Enum.GetValues<Level>().Max() + " " + (Level.Mid < Level.High) + " " + (Level)(-1) + " " + Level.Mid.CompareTo(Level.Low));
        Console.WriteLine(Bits.Top + " " + (Bits.Top | Bits.A) + " " + (uint)Bits.Top + " " + (Bits)4 + " " + (Bits.AB | (Bits)4) + " " + Bits.Zero + " " + string.Join(",", Enum.GetValues<Bits>()) + " " + Bits.Top.ToString("X") + " " + Enum.Parse<Bits>("A, B, Top") + " " + (~Bits.A & Bits.AB));
        var levels = new[] { Level.High, Level.Low, Level.Mid };
        Array.Sort(levels);
        Console.WriteLine(string.Join(" ", levels) + " " + string.Join(" ", levels.OrderByDescending(x => x)) + " " + levels.Contains(Level.Mid) + " " + Array.IndexOf(levels, Level.High));
    }
}
