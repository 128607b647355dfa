using System;
using System.Text;

class Program
{
    static ulong state = 0x9E3779B97F4A7C15UL;

    static ulong Next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }

    static void Main()
    {
        var line = new StringBuilder();
        int printed = 0;
        while (printed < 300)
        {
            ulong bits = Next();
            // Spread exponents over the interesting range instead of uniformly over all 2047.
            ulong exponent = 1023UL - 70 + (bits >> 57) + ((bits >> 50) & 31);
            ulong mantissa = Next() & 0xFFFFFFFFFFFFFUL;
            double d = BitConverter.Int64BitsToDouble((long)((exponent << 52) | mantissa));
            if ((bits & 1) == 1) d = -d;
            line.Append(d).Append(' ');
            if (++printed % 6 == 0)
            {
                Console.WriteLine(line.ToString().TrimEnd());
                line.Clear();
            }
        }
        for (int i = 0; i < 40; i++)
        {
            double v = (long)(Next() % 100000000) / Math.Pow(10, (int)(Next() % 12));
            Console.Write(v + " " + v.ToString("F3") + " " + v.ToString("N2") + " " + v.ToString("E4") + " | ");
            if (i % 4 == 3) Console.WriteLine();
        }
        for (int i = 0; i < 60; i++)
        {
            float f = (float)BitConverter.Int64BitsToDouble((long)(((1023UL - 30 + (Next() >> 58)) << 52) | (Next() & 0xFFFFFFFFFFFFFUL)));
            Console.Write(f + " ");
            if (i % 10 == 9) Console.WriteLine();
        }
        double[] edges = { 1e15, 1e16, 123456789012345.6, 1234567890123456.7, 0.0001, 0.00001, 1.0000000000000002, 0.9999999999999999, 4.9406564584124654E-324, 2.2250738585072014E-308, 9007199254740993, 1e-7, 12345678.9 };
        foreach (var e in edges) Console.Write(e + " ");
        Console.WriteLine();
    }
}
