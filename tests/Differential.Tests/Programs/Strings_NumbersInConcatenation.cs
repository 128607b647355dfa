using System;

// Numbers in string concatenation: constants are printed at compile time, integers after a string are left to
// JS `+` (which converts them as String() does). Both must print exactly as .NET does.
public enum Color { Red = 1, Green = 2 }

[Flags]
public enum Access : long { None = 0, Read = 1, Write = 4_294_967_296 }

public static class Program
{
    private const int Limit = 4096;
    private const int Negative = -12;
    private const long Big = 9_007_199_254_740_993;
    private const ulong Huge = ulong.MaxValue;
    private const uint Unsigned = uint.MaxValue;
    private const double Tiny = 0.1;
    private const double Large = 1e21;
    private const double NegativeZero = -0.0;
    private const double NotANumber = double.NaN;
    private const float Single = 1.1f;
    private const short Small = -32768;
    private const byte Byte = 255;

    public static void Main()
    {
        Console.WriteLine("URL longer than " + Limit + " characters");
        Console.WriteLine("constants: " + Negative + " " + Big + " " + Huge + " " + Unsigned + " " + Small + " " + Byte);
        Console.WriteLine("doubles: " + Tiny + " " + Large + " " + NegativeZero + " " + NotANumber + " " + Single + " " + double.MaxValue + " " + int.MinValue);
        Console.WriteLine(Limit + " first, then text");
        // enum constants are numbers underneath but print their names
        Console.WriteLine("enums: " + Color.Green + " " + (Color)7 + " " + (Access.Read | Access.Write) + " " + Access.None + " " + (int)Color.Red);
        Console.WriteLine(Limit + Negative + " is a sum before the text");

        int x = 1, y = 2, zero = 0;
        int negativeZero = -zero;
        long wide = long.MinValue;
        uint high = 4_000_000_000;
        byte b = 200;
        sbyte sb = -100;
        short s = -5;
        ushort us = 65535;
        ulong ul = 18_000_000_000_000_000_000;
        Console.WriteLine("a" + x + y);
        Console.WriteLine(x + y + "a" + x + y);
        Console.WriteLine(x + "" + y);
        Console.WriteLine("negative zero int: " + negativeZero + " " + (x - x) + " " + -zero);
        Console.WriteLine("widths: " + wide + " " + high + " " + b + " " + sb + " " + s + " " + us + " " + ul);
        Console.WriteLine("mixed: " + (x + 0.5) + " " + 'c' + " " + (char)(x + 64) + " " + true + " " + (x > y) + " " + 2.5f);
        Console.WriteLine("arithmetic: " + (x * 1000000 * 3000) + " " + unchecked(int.MaxValue + x) + " " + (wide - 1 + 2));
        int? maybe = null;
        int? some = 7;
        Console.WriteLine("nullable: [" + maybe + "] [" + some + "]");
        Console.WriteLine($"interpolated {Limit} {x} {Tiny} {NegativeZero} {wide}");
        var text = "start";
        text += x;
        text += Limit;
        text += Large;
        Console.WriteLine(text);
    }
}
