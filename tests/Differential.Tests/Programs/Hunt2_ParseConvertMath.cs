using System;
using System.Globalization;
using System.Text;

public static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message); }
    }

    public static void Main()
    {
        Console.WriteLine("== int.Parse");
        foreach (var s in new[] { "42", " 42 ", "+42", "-0", "  -17\t", "2147483647", "2147483648", "-2147483648", "-2147483649", "1e3", "1.0", "", " ", "0x1F", "1_000", "١٢", "--1", "+-1", "007" })
        {
            Try($"int.Parse('{s}')", () => int.Parse(s));
            Console.WriteLine($"  TryParse: {int.TryParse(s, out var v)} {v}");
        }
        Try("int.Parse null", () => int.Parse(null!));
        Try("hex", () => int.Parse("ff", NumberStyles.HexNumber));
        Try("hex FFFFFFFF", () => int.Parse("FFFFFFFF", NumberStyles.HexNumber));
        Try("hex 1FFFFFFFF", () => int.Parse("1FFFFFFFF", NumberStyles.HexNumber));
        Try("hex 0x", () => int.Parse("0x10", NumberStyles.HexNumber));
        Try("AllowThousands", () => int.Parse("1,234", NumberStyles.AllowThousands));
        Try("Integer with thousands", () => int.Parse("1,234"));
        Console.WriteLine(int.TryParse("7f", NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hx) + " " + hx);

        Console.WriteLine("== long / double Parse");
        Try("long max", () => long.Parse("9223372036854775807"));
        Try("long overflow", () => long.Parse("9223372036854775808"));
        Try("long neg", () => long.Parse(" -9223372036854775808 "));
        Try("uint neg", () => uint.Parse("-1"));
        Try("uint -0", () => uint.Parse("-0"));
        Try("byte 256", () => byte.Parse("256"));
        foreach (var s in new[] { "1e3", "1.5E-3", " 3.25 ", "-0", "0.1", ".5", "5.", "Infinity", "-Infinity", "NaN", "∞", "1e400", "-1e400", "abc", "1,5", "0x10", "1e", "+.5e+2" })
            Try($"double.Parse('{s}')", () => double.Parse(s, CultureInfo.InvariantCulture));
        Console.WriteLine(double.TryParse("12.5", NumberStyles.Float, CultureInfo.InvariantCulture, out var dd) + " " + dd);
        Console.WriteLine(double.TryParse("12,5", NumberStyles.Float, CultureInfo.InvariantCulture, out var de) + " " + de);

        Console.WriteLine("== Math");
        foreach (var x in new[] { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675, 1.005, -0.0 })
            Console.WriteLine($"{x}: {Math.Round(x)} {Math.Round(x, MidpointRounding.AwayFromZero)} {Math.Round(x, MidpointRounding.ToZero)} {Math.Round(x, MidpointRounding.ToPositiveInfinity)} {Math.Round(x, MidpointRounding.ToNegativeInfinity)} {Math.Round(x, 2)} {Math.Round(x, 1, MidpointRounding.AwayFromZero)}");
        Console.WriteLine(Math.Round(123.456, 2) + " " + Math.Round(-123.455, 2) + " " + Math.Round(0.125, 2) + " " + Math.Round(0.135, 2));
        foreach (var x in new[] { 2.7, -2.7, 2.0, -0.2 })
            Console.WriteLine($"{x}: floor {Math.Floor(x)} ceil {Math.Ceiling(x)} trunc {Math.Truncate(x)} abs {Math.Abs(x)} sign {Math.Sign(x)}");
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10) + " " + Math.Clamp(2.5, 1.0, 2.0) + " " + Math.Clamp(5L, 6L, 9L));
        Try("Clamp min>max", () => Math.Clamp(1, 5, 2));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(0, 0) + " " + Math.Pow(double.NaN, 0) + " " + Math.Pow(1, double.NaN) + " " + Math.Pow(-1, double.PositiveInfinity) + " " + Math.Pow(2, -1074) + " " + Math.Pow(10, 21));
        Console.WriteLine(Math.Sqrt(-1) + " " + Math.Sqrt(2) + " " + Math.Sqrt(-0.0) + " " + Math.Sqrt(double.PositiveInfinity) + " " + " " + Math.Log(0) + " " + Math.Log10(1000) + " " + Math.Log2(8) + " " + Math.Log(8, 2));
        Try("Abs int.MinValue", () => Math.Abs(int.MinValue));
        Console.WriteLine(Math.Max(1, 2) + " " + Math.Min(-0.0, 0.0) + " " + Math.Max(double.NaN, 1) + " " + Math.IEEERemainder(10, 3) + " " + (-7 % 3) + " " + (-7.5 % 2));
        Console.WriteLine(Math.Round(3.14159, 3) + " " + Math.Round(1e16 + 1) + " " + Math.Round(double.MaxValue));

        Console.WriteLine("== Convert");
        var bytes = Encoding.UTF8.GetBytes("héllo ☃ 𝄞");
        var b64 = Convert.ToBase64String(bytes);
        Console.WriteLine(b64 + " " + Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
        Console.WriteLine(Convert.ToBase64String(new byte[] { 0xFB, 0xFF }) + " " + Convert.ToBase64String(new byte[0]).Length + " " + Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5 }, 1, 3));
        foreach (var bad in new[] { "abc", "a===", "!!!!", "QUJD\n", "QU JD", "QUI=", "QUI", "====" })
            Try($"FromBase64 '{bad.Replace("\n", "\\n")}'", () => BitConverter.ToString(Convert.FromBase64String(bad)));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("FFFFFFFF", 16) + " " + Convert.ToInt32("80000000", 16) + " " + Convert.ToInt32("0x1A", 16) + " " + Convert.ToInt32("-101", 2) + " " + Convert.ToInt32("777", 8));
        Try("ToInt32 overflow hex", () => Convert.ToInt32("100000000", 16));
        Try("ToInt32 bad base", () => Convert.ToInt32("12", 3));
        Try("ToInt32 bad digit", () => Convert.ToInt32("12g", 16));
        Try("ToInt64 hex", () => Convert.ToInt64("FFFFFFFFFFFFFFFF", 16));
        Try("ToByte hex", () => Convert.ToByte("1FF", 16));
        Console.WriteLine(Convert.ToString(10, 2) + " " + Convert.ToString(-1, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(-8L, 16) + " " + Convert.ToString((byte)5, 2) + " " + Convert.ToString((short)-1, 16));
        Console.WriteLine(Convert.ToHexString(new byte[] { 0, 15, 255 }) + " " + BitConverter.ToString(Convert.FromHexString("DEADbeef")) + " " + Convert.ToHexString(bytes).ToLowerInvariant());
        Try("FromHexString odd", () => Convert.FromHexString("ABC"));
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt32("  12 ") + " " + Convert.ToInt32(true) + " " + Convert.ToDouble("1.5") + " " + Convert.ToBoolean("True") + " " + Convert.ToInt32(null as string));
        Try("ToInt32 double overflow", () => Convert.ToInt32(3e9));
        Try("ToBoolean bad", () => Convert.ToBoolean("yes"));

        Console.WriteLine("== Encoding / BitConverter / Uri");
        Console.WriteLine(BitConverter.ToString(bytes) + " " + bytes.Length + " " + Encoding.UTF8.GetByteCount("€") + " " + BitConverter.ToString(new byte[0]).Length);
        Console.WriteLine(BitConverter.ToString(bytes, 1, 2) + " " + BitConverter.ToString(BitConverter.GetBytes(258)) + " " + BitConverter.ToInt32(new byte[] { 1, 1, 0, 0 }, 0));
        var invalid = new byte[] { 0x41, 0xFF, 0x42, 0xC3, 0x28, 0xE2, 0x82, 0x43, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0x80, 0xC0, 0xAF };
        var decoded = Encoding.UTF8.GetString(invalid);
        Console.WriteLine(decoded.Length + " " + string.Join(" ", System.Linq.Enumerable.Select(decoded, c => ((int)c).ToString("X4"))));
        Console.WriteLine(Encoding.UTF8.GetString(bytes, 1, 2) + " " + BitConverter.ToString(Encoding.UTF8.GetBytes("\uD800x")) + " " + Encoding.ASCII.GetString(new byte[] { 72, 200, 105 }) + " " + BitConverter.ToString(Encoding.ASCII.GetBytes("é!")));
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é?#[]!*'()~_-.") + " " + Uri.UnescapeDataString("a%20b%2Fc%C3%A9%zz%4") + " " + Uri.UnescapeDataString("%E2%82") + " " + Uri.EscapeDataString("😀"));
    }
}
