using System;

class Program
{
    static void Main()
    {
        double a = 0.1, b = 0.2;
        Console.WriteLine(a + b);
        Console.WriteLine(a + b == 0.3);
        Console.WriteLine(Math.Abs(a + b - 0.3) < 1e-12);
        Console.WriteLine(1.0 - 0.9);
        Console.WriteLine(100.0 * 1.1);
        Console.WriteLine(3 * 1.1);
        Console.WriteLine(1e16 + 1);
        Console.WriteLine(9007199254740992.0 + 1.0);
        Console.WriteLine(1.0 / 3 * 3);
        Console.WriteLine(2.0 / 3);
        Console.WriteLine(10.0 / 4);
        Console.WriteLine(-10.0 / 4);
        Console.WriteLine(5 % 3.5);
        Console.WriteLine(-5.5 % 2);
        Console.WriteLine(0.0 / 1 + " " + -0.0 * 1 + " " + 0.0 * -1);
        int i = 7;
        double d = i / 2;
        double e = i / 2.0;
        Console.WriteLine(d + " " + e);
        double d39 = 3.9, nan = double.NaN, huge = 1e20, minusOne = -1.0, d300 = 300.7, inf = double.PositiveInfinity, e30 = 1e30, d40000 = 40000.0, d659 = 65.9;
        // Saturating float-to-integer conversions (.NET 9 and later, on every platform).
        Console.WriteLine((int)d39 + " " + (int)-d39 + " " + (long)1e15 + " " + (int)nan + " " + (int)huge + " " + (int)-huge + " " + (uint)minusOne + " " + (byte)d300);
        Console.WriteLine((long)inf + " " + (ulong)e30 + " " + (short)d40000 + " " + (char)d659 + " " + (long)nan + " " + (ulong)minusOne);
        float f = 1.1f;
        Console.WriteLine(f + " " + (double)f + " " + f * 2 + " " + (f == 1.1) + " " + (f == 1.1f));
        Console.WriteLine(float.MaxValue + " " + float.MinValue + " " + float.Epsilon);
        Console.WriteLine((float)0.1 + (float)0.2);
        Console.WriteLine(1.0f / 3);
        Console.WriteLine(123456789f);
        long big = 123456789012345678;
        Console.WriteLine((double)big + " " + (float)big);
        Console.WriteLine(double.MaxValue * 2 + " " + -double.MaxValue * 2 + " " + double.MinValue);
        Console.WriteLine(Math.Sqrt(-4) + " " + (0.0 / 0.0 == 0.0 / 0.0) + " " + double.IsNaN(Math.Sqrt(-4)));
        Console.WriteLine(1e-320 + " " + 1e-320 / 1e10 + " " + 5e-324 / 2);
        double sum = 0;
        for (int k = 0; k < 10; k++) sum += 0.1;
        Console.WriteLine(sum + " " + (sum == 1.0));
        double product = 1;
        for (int k = 1; k <= 30; k++) product *= k;
        Console.WriteLine(product);
        Console.WriteLine(1.0 / 7 + " " + 22.0 / 7 + " " + 1e6 / 3 + " " + 1e7 / 3 + " " + 123456.789e3);
        Console.WriteLine(0.1f + 0.2f + " " + 16777216f + 1f);
        double x = 5;
        x /= 2;
        x *= 3;
        x -= 0.5;
        x %= 4;
        Console.WriteLine(x);
        x++;
        Console.WriteLine(x + " " + -x + " " + +x);
        Console.WriteLine(double.Parse("1e21") + " " + double.Parse("123.456e-2") + " " + double.Parse("-0"));
        Console.WriteLine(2.5.CompareTo(double.NaN) + " " + double.NaN.CompareTo(0.0) + " " + (double.NaN < 0) + " " + (double.NaN >= 0));
    }
}
