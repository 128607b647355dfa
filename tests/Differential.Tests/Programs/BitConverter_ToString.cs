using System;
using System.Text;

class Program
{
    static void Main()
    {
        byte[] bytes = { 0, 1, 15, 16, 127, 128, 254, 255 };
        Console.WriteLine(BitConverter.ToString(bytes));
        Console.WriteLine(BitConverter.ToString(bytes, 2));
        Console.WriteLine(BitConverter.ToString(bytes, 1, 3));
        Console.WriteLine("[" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine(BitConverter.ToString(bytes).Replace("-", "").ToLowerInvariant());
        Console.WriteLine(BitConverter.ToString(Encoding.UTF8.GetBytes("EdgeMirror")));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(-2)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(0x12345678)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((short)-1)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1L << 40)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1.0)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(true)));
        Console.WriteLine(BitConverter.ToInt32(new byte[] { 0x78, 0x56, 0x34, 0x12 }, 0).ToString("X"));
        Console.WriteLine(BitConverter.ToUInt16(new byte[] { 0xFF, 0x01 }, 0));
        Console.WriteLine(BitConverter.ToInt64(BitConverter.GetBytes(-5000000000L), 0));
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(Math.PI), 0));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0).ToString("X"));
        Console.WriteLine(BitConverter.Int64BitsToDouble(0x4000000000000000));
        var sum = 0;
        foreach (var b in BitConverter.GetBytes(int.MaxValue)) sum += b;
        Console.WriteLine(sum);
    }
}
