using System;

class Program
{
    static void Main()
    {
        int[] lefts = { 7, -7, 13, -13, 0, int.MaxValue, int.MinValue, 1 };
        int[] rights = { 2, -2, 3, -3, 5, 7, -1 };
        foreach (var a in lefts)
            foreach (var b in rights)
            {
                if (a == int.MinValue && b == -1)
                {
                    Console.WriteLine($"{a} / {b} overflows on .NET; skipped");
                    continue;
                }
                Console.WriteLine($"{a} / {b} = {a / b}; {a} % {b} = {a % b}");
            }

        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(max * max);
        Console.WriteLine(-min);
        Console.WriteLine(Math.Abs(-5));
        int big = 123456789;
        Console.WriteLine(big * 1000);
        Console.WriteLine(big * big);
        int n46341 = 46341;
        Console.WriteLine(n46341 * n46341);

        int counter = int.MaxValue - 2;
        for (int i = 0; i < 5; i++)
        {
            counter++;
            Console.Write(counter);
            Console.Write(' ');
        }
        Console.WriteLine();

        int x = 10;
        x += int.MaxValue;
        Console.WriteLine(x);
        x *= 3;
        Console.WriteLine(x);
        x /= 7;
        Console.WriteLine(x);
        x %= 1000;
        Console.WriteLine(x);
        x -= int.MaxValue;
        Console.WriteLine(x);

        int one = 1, minusOne = -1, minus16 = -16, shift = 31, mask = 0x0F0F, low = 0x00FF;
        Console.WriteLine(one << shift);
        Console.WriteLine(one << (shift + 1));
        Console.WriteLine(one << (shift + 2));
        Console.WriteLine(minusOne >> 1);
        Console.WriteLine(minus16 >> 2);
        Console.WriteLine(minusOne >>> 28);
        Console.WriteLine(max << 1);
        Console.WriteLine(5 << minusOne);
        Console.WriteLine(~(one - 1));
        Console.WriteLine(~big);
        Console.WriteLine(mask & low);
        Console.WriteLine(mask | low);
        Console.WriteLine(mask ^ low);
        int shifted = minus16;
        shifted >>= 3;
        Console.WriteLine(shifted);
        shifted <<= 30;
        Console.WriteLine(shifted);

        short s = short.MaxValue;
        s++;
        Console.WriteLine(s);
        byte bt = 250;
        bt += 10;
        Console.WriteLine(bt);
        sbyte sb = -128;
        sb--;
        Console.WriteLine(sb);
        ushort us = 0;
        us--;
        Console.WriteLine(us);
        int n300 = 300, n200 = 200, n70000 = 70000;
        double d399 = 3.99, dHuge = 2147483647.5, dNeg = -3.99;
        Console.WriteLine((byte)n300);
        Console.WriteLine((sbyte)n200);
        Console.WriteLine((short)n70000);
        Console.WriteLine((ushort)minusOne);
        Console.WriteLine((int)d399);
        Console.WriteLine((int)dNeg);
        Console.WriteLine((int)dHuge);
        Console.WriteLine((char)(n200 - 135));

        try
        {
            int zero = 0;
            Console.WriteLine(5 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message);
        }
        try
        {
            int zero = 0;
            Console.WriteLine(5 % zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("caught % " + e.Message);
        }

        try
        {
            int m = int.MaxValue;
            int r = checked(m + 1);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked add: " + e.Message);
        }
        try
        {
            int m = int.MinValue;
            int r = checked(-m);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked negate: " + e.GetType().FullName);
        }
        try
        {
            checked
            {
                int m = 100000;
                int r = m * m;
                Console.WriteLine(r);
            }
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked multiply: " + e.Message);
        }
        try
        {
            double d = 1e10;
            int r = checked((int)d);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked conversion: " + e.Message);
        }

        Console.WriteLine(int.MaxValue);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(7.CompareTo(3) + " " + 3.CompareTo(7) + " " + 5.CompareTo(5));
        Console.WriteLine(Math.Max(3, 9) + Math.Min(-3, 2));
    }
}
