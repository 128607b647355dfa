using System;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (OverflowException e)
        {
            Console.WriteLine(label + " -> OverflowException: " + e.Message);
        }
    }

    static void Main()
    {
        long big = 5000000000L;
        int negative = -1;
        double huge = 1e20, nan = double.NaN, fraction = 255.9;
        uint top = uint.MaxValue;
        ulong ubig = ulong.MaxValue;
        Try("unchecked (int)long", () => unchecked((int)big));
        Try("checked (int)long", () => checked((int)big));
        Try("checked (int)small long", () => checked((int)(big / 1000)));
        Try("checked (uint)-1", () => checked((uint)negative));
        Try("unchecked (uint)-1", () => unchecked((uint)negative));
        Try("checked (byte)256", () => checked((byte)(negative + 257)));
        Try("checked (byte)255.9", () => checked((byte)fraction));
        Try("checked (sbyte)128", () => checked((sbyte)(negative + 129)));
        Try("checked (short)40000", () => checked((short)(negative + 40001)));
        Try("checked (int)1e20", () => checked((int)huge));
        Try("checked (long)NaN", () => checked((long)nan));
        Try("checked (int)uint.Max", () => checked((int)top));
        Try("checked (long)ulong.Max", () => checked((long)ubig));
        Try("checked (ulong)-1L", () => checked((ulong)(long)negative));
        Try("checked (char)-1", () => checked((char)negative));
        Try("checked int add", () => checked(int.MaxValue + negative * -1));
        Try("checked int sub", () => checked(int.MinValue - (negative * -1)));
        Try("checked long mul", () => checked(big * big));
        Try("checked uint sub", () => checked(top - top - 1));
        Try("checked ulong add", () => checked(ubig + 1));
        Try("checked increment", () => { int x = int.MaxValue; checked { x++; } return x; });
        Try("checked compound", () => { short s = short.MaxValue; checked { s += 1; } return s; });
        Try("checked negate long", () => { long m = long.MinValue; return checked(-m); });
        Try("checked ok", () => checked(1000 * 1000));
        Try("Convert.ToInt32(long)", () => Convert.ToInt32(big));
        Try("Convert.ToByte(300)", () => Convert.ToByte(300));
        Try("Convert.ToInt32(2.5e9)", () => Convert.ToInt32(2.5e9));
        Try("int.Parse overflow", () => int.Parse("2147483648"));
        Try("unchecked default", () => int.MaxValue + (negative * -1));
    }
}
