using System;

class Program
{
    static void Main()
    {
        long[] lefts = { 7L, -7L, 1000000000000L, -1000000000000L, long.MaxValue, long.MinValue, 9007199254740993L };
        long[] rights = { 2L, -3L, 1000L, 4294967296L, 9007199254740993L };
        foreach (var a in lefts)
            foreach (var b in rights)
                Console.WriteLine($"{a} / {b} = {a / b}; % = {a % b}");

        long max = long.MaxValue;
        long min = long.MinValue;
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 3);
        Console.WriteLine(-min);
        long big = 123456789012L;
        Console.WriteLine(big * big);
        Console.WriteLine(big * 1000);
        Console.WriteLine(big << 20);
        Console.WriteLine(big << 40);
        Console.WriteLine(big >> 3);
        Console.WriteLine(-big >> 3);
        Console.WriteLine(-big >>> 60);
        Console.WriteLine(1L << 63);
        int sixtyFour = 64;
        Console.WriteLine(1L << sixtyFour);
        Console.WriteLine(1L << (sixtyFour + 1));
        Console.WriteLine(~big);
        Console.WriteLine(big & 0xFFFF);
        Console.WriteLine(big | 0x10000000000L);
        Console.WriteLine(big ^ -1L);

        int small = 5;
        long mixed = small + big;
        Console.WriteLine(mixed);
        Console.WriteLine(small * 1000000000L * 10);
        Console.WriteLine((int)big);
        Console.WriteLine((int)(big >> 8));
        Console.WriteLine((short)big);
        Console.WriteLine((double)big / 7);
        Console.WriteLine((long)1e18);
        Console.WriteLine((long)-2.9);
        Console.WriteLine((long)9.2e18);
        Console.WriteLine((uint)big);
        long minusOne = -1L;
        Console.WriteLine((ulong)minusOne);
        Console.WriteLine(big.ToString());
        Console.WriteLine("text " + big + " " + (big > 100));
        Console.WriteLine(big.CompareTo(5L) + " " + 5L.CompareTo(big) + " " + big.Equals(123456789012L));
        Console.WriteLine(Math.Abs(-big));
        Console.WriteLine(Math.Max(big, 7L));
        Console.WriteLine(Math.Min(-big, 7L));

        long acc = 1;
        for (int i = 1; i <= 25; i++)
        {
            acc *= i;
            Console.Write(acc + " ");
        }
        Console.WriteLine();

        long counter = long.MaxValue - 1;
        counter++;
        Console.WriteLine(counter);
        counter++;
        Console.WriteLine(counter);
        counter += 10;
        Console.WriteLine(counter);
        counter--;
        Console.WriteLine(counter);

        try
        {
            long zero = 0;
            Console.WriteLine(big / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("long / 0: " + e.Message);
        }
        try
        {
            long zero = 0;
            Console.WriteLine(big % zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("long % 0: " + e.Message);
        }
        try
        {
            long r = checked(max + 1);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked long: " + e.Message);
        }
        try
        {
            long r = checked(big * big);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked long multiply: " + e.Message);
        }
        Console.WriteLine(long.Parse("-9223372036854775808"));
        Console.WriteLine(long.TryParse("9223372036854775808", out var tooBig) + " " + tooBig);
        Console.WriteLine(big.ToString("X"));
        Console.WriteLine(big.ToString("D15"));
        Console.WriteLine(big.ToString("N0"));
    }
}
