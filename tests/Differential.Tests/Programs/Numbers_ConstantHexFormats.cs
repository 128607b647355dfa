using System;
using System.Text;

// Constant "X"/"x" formats go to a narrower runtime helper than other formats: same output, every width.
class Program
{
    static void Main()
    {
        byte b = 0xAB; sbyte sb = -2; short s = -300; ushort us = 65535; int i = -1; uint ui = 3000000000; long l = -5; ulong ul = ulong.MaxValue;
        Console.WriteLine(b.ToString("X2") + " " + b.ToString("x") + " " + b.ToString("X4"));
        Console.WriteLine(sb.ToString("X") + " " + sb.ToString("x2") + " " + s.ToString("X") + " " + us.ToString("x"));
        Console.WriteLine(i.ToString("X8") + " " + i.ToString("x") + " " + ui.ToString("X") + " " + 255.ToString("X1"));
        Console.WriteLine(l.ToString("X") + " " + l.ToString("x20") + " " + ul.ToString("X") + " " + 0L.ToString("X3"));
        Console.WriteLine($"{b:X2}|{i:x}|{s,8:X}|{l:X}");
        var hex = new StringBuilder();
        foreach (var v in new byte[] { 0, 15, 16, 255 }) hex.Append(v.ToString("x2"));
        Console.WriteLine(hex);
        string dynamicFormat = "X" + 4;
        Console.WriteLine(42.ToString(dynamicFormat) + " " + 42.ToString("D5") + " " + 1234567.ToString("N0"));
    }
}
