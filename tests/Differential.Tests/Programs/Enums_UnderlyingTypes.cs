using System;
using System.Collections.Generic;
using System.Linq;

enum Size : long { Small = 1, Large = 5000000000, Huge = long.MaxValue }
enum Code : byte { None = 0, Ok = 200, Max = 255 }
enum Delta : sbyte { Down = -1, Flat = 0, Up = 1 }
enum Port : ushort { Http = 80, Https = 443, Alt = 8080 }
[Flags] enum Caps : ulong { None = 0, Pull = 1, Push = 2, Admin = 1UL << 63 }

class Program
{
    static void Main()
    {
        Console.WriteLine(Size.Large + " " + (long)Size.Large + " " + (long)Size.Huge + " " + Size.Small);
        Console.WriteLine((Size)5000000000L + " " + (Size)42L + " " + (Size.Large > Size.Small));
        Console.WriteLine(Code.Ok + " " + (byte)Code.Ok + " " + (int)Code.Max + " " + (Code)200 + " " + (Code)7);
        Console.WriteLine(Delta.Down + " " + (sbyte)Delta.Down + " " + (int)Delta.Up + " " + (Delta)(-1));
        Console.WriteLine(Port.Https + " " + (ushort)Port.Alt + " " + (int)Port.Http);
        var caps = Caps.Pull | Caps.Admin;
        Console.WriteLine(caps + " " + (ulong)caps + " " + caps.HasFlag(Caps.Admin) + " " + caps.HasFlag(Caps.Push));
        Console.WriteLine((caps & ~Caps.Admin) + " " + (Caps.Push | Caps.Pull));
        Console.WriteLine(Enum.Parse<Size>("Large") + " " + (long)Enum.Parse<Size>("Huge") + " " + Enum.Parse<Code>("200") + " " + Enum.Parse<Caps>("Pull, Push"));
        Console.WriteLine(Enum.TryParse<Port>("Https", out var p) + " " + (int)p);
        var bySize = new Dictionary<Size, string> { [Size.Large] = "L", [Size.Small] = "S" };
        Console.WriteLine(bySize[Size.Large] + bySize[(Size)1L]);
        Console.WriteLine(string.Join(",", Enum.GetValues<Delta>().Select(d => d + "=" + (int)d)));
        Console.WriteLine(string.Join(",", Enum.GetNames<Port>()));
        string Describe(Size s) => s switch { Size.Small => "small", Size.Large => "large", _ => "other " + (long)s };
        Console.WriteLine(Describe(Size.Small) + " " + Describe(Size.Large) + " " + Describe((Size)3L));
        Size sz = Size.Small;
        sz++;
        Console.WriteLine(sz + " " + (long)sz);
        Code c = Code.Max;
        c++;
        Console.WriteLine(c + " " + (int)c);
        Console.WriteLine($"{Size.Large} {Code.Ok,6}| {Delta.Up,-5}| {Port.Alt}");
        Console.WriteLine(default(Size) + " " + default(Code) + " " + default(Caps));
    }
}
