using System;

class Program
{
    static void Main()
    {
        uint[] values = { 0u, 1u, 7u, 100u, 2147483648u, 4000000000u, uint.MaxValue };
        uint[] divisors = { 1u, 2u, 3u, 10u, 65536u, 3000000000u };
        foreach (var a in values)
            foreach (var b in divisors)
                Console.WriteLine($"{a} / {b} = {a / b}, {a} % {b} = {a % b}");

        uint max = uint.MaxValue;
        uint zero = 0;
        Console.WriteLine(max + 1);
        Console.WriteLine(zero - 1);
        Console.WriteLine(max * max);
        Console.WriteLine(max * 2u);
        uint three = 3000000000u;
        Console.WriteLine(three + three);
        uint big = 4000000000u;
        Console.WriteLine(big >> 1);
        Console.WriteLine(big << 1);
        Console.WriteLine(big >> 31);
        Console.WriteLine(~big);
        Console.WriteLine(big & 0xFFFF);
        Console.WriteLine(big | 1);
        Console.WriteLine(big ^ max);

        int negative = -1;
        Console.WriteLine((uint)negative);
        Console.WriteLine((int)big);
        Console.WriteLine((uint)(negative * 5));
        Console.WriteLine(unchecked((uint)int.MinValue));
        long widened = big;
        Console.WriteLine(widened * 2);
        double asDouble = big;
        Console.WriteLine(asDouble / 3);
        Console.WriteLine(big > 5u);
        Console.WriteLine(big > (uint)negative);
        Console.WriteLine(big.CompareTo(5u));

        uint counter = uint.MaxValue - 1;
        for (int i = 0; i < 4; i++)
        {
            counter++;
            Console.Write(counter + ";");
        }
        Console.WriteLine();
        counter -= 5;
        Console.WriteLine(counter);
        counter *= 7;
        Console.WriteLine(counter);

        uint hash = 2166136261;
        foreach (char c in "EdgeMirror")
        {
            hash ^= c;
            hash *= 16777619;
        }
        Console.WriteLine("fnv1a = " + hash);
        Console.WriteLine(hash.ToString("X8"));
        Console.WriteLine(hash.ToString("x"));

        try
        {
            uint z = 0;
            Console.WriteLine(big / z);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("uint " + e.Message);
        }
        try
        {
            uint r = checked(zero - 1);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked uint: " + e.Message);
        }
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(uint.MinValue);
        Console.WriteLine(uint.Parse("4294967295"));
        Console.WriteLine(uint.TryParse("-1", out var parsed) + " " + parsed);
        ushort u16 = 65535;
        u16++;
        Console.WriteLine(u16);
        byte b8 = 255;
        Console.WriteLine(b8 + 1);
        Console.WriteLine((byte)(b8 + 1));
    }
}
