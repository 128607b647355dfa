using System;

class Program
{
    static void Main()
    {
        ulong max = ulong.MaxValue;
        ulong zero = 0;
        Console.WriteLine(max);
        Console.WriteLine(max + 1);
        Console.WriteLine(zero - 1);
        Console.WriteLine(max * max);
        Console.WriteLine(max / 3);
        Console.WriteLine(max % 1000);
        Console.WriteLine(max >> 1);
        Console.WriteLine(max >> 63);
        Console.WriteLine(max << 4);
        Console.WriteLine(~zero);
        ulong seed = 0x9E3779B97F4A7C15UL;
        Console.WriteLine(seed);
        for (int i = 0; i < 6; i++)
        {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            Console.WriteLine(seed + " " + seed.ToString("X16") + " " + (seed % 100));
        }
        ulong fnv = 14695981039346656037UL;
        foreach (char c in "hello, world")
        {
            fnv ^= c;
            fnv *= 1099511628211UL;
        }
        Console.WriteLine("fnv1a64 = " + fnv);
        Console.WriteLine((long)fnv);
        Console.WriteLine((uint)fnv);
        Console.WriteLine((int)fnv);
        Console.WriteLine((double)max);
        Console.WriteLine((ulong)1e19);
        Console.WriteLine(max > (ulong)long.MaxValue);
        Console.WriteLine(max.CompareTo(zero));
        Console.WriteLine(ulong.Parse("18446744073709551615") == max);
        Console.WriteLine(ulong.TryParse("18446744073709551616", out var parsed) + " " + parsed);
        uint u = 4000000000u;
        ulong widened = u;
        Console.WriteLine(widened * u);
        try
        {
            Console.WriteLine(max / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("ulong: " + e.Message);
        }
        try
        {
            ulong r = checked(max + 1);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked ulong: " + e.Message);
        }
        ulong counter = 2;
        counter -= 3;
        Console.WriteLine(counter);
        counter += 2;
        Console.WriteLine(counter);
        Console.WriteLine($"{max:X} {max:N0} {12345UL:D8}");
    }
}
