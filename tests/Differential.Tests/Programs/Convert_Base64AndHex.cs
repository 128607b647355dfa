using System;
using System.Text;

class Program
{
    static void Main()
    {
        byte[] data = { 0, 1, 2, 250, 251, 252, 253, 254, 255, 72, 105 };
        string b64 = Convert.ToBase64String(data);
        Console.WriteLine(b64);
        Console.WriteLine(string.Join(",", Convert.FromBase64String(b64)));
        foreach (var s in new[] { "", "f", "fo", "foo", "foob", "fooba", "foobar", "user:pa$$w0rd", "ünïcödé ✓" })
        {
            var enc = Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
            var dec = Encoding.UTF8.GetString(Convert.FromBase64String(enc));
            Console.WriteLine($"[{s}] -> {enc} -> [{dec}]");
        }
        Console.WriteLine(Convert.ToBase64String(data, 2, 4));
        Console.WriteLine(Convert.ToHexString(data));
        Console.WriteLine(Convert.ToHexString(new byte[0]) + "|");
        Console.WriteLine(Convert.ToHexStringLower(data));
        Console.WriteLine(string.Join(",", Convert.FromHexString("00ff10Ab")));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("7FFFFFFF", 16) + " " + Convert.ToInt32("80000000", 16) + " " + Convert.ToInt32("-10", 10));
        Console.WriteLine(Convert.ToInt32("101", 2) + " " + Convert.ToInt32("777", 8) + " " + Convert.ToInt64("ffffffffff", 16) + " " + Convert.ToByte("ff", 16));
        Console.WriteLine(Convert.ToString(255, 16) + " " + Convert.ToString(255, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(8, 8) + " " + Convert.ToString(1099511627775L, 16));
        Console.WriteLine(Convert.ToInt32("  42 ") + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(4.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt32(true) + " " + Convert.ToInt32('A'));
        Console.WriteLine(Convert.ToDouble("1.25") + " " + Convert.ToDouble(3) + " " + Convert.ToBoolean("true") + " " + Convert.ToBoolean(0) + " " + Convert.ToString(1.5) + " " + Convert.ToString(true));
        Console.WriteLine(Convert.ToInt64(9.99) + " " + Convert.ToChar(66) + " " + Convert.ToString((object?)null) + "|" + Convert.ToInt32((string?)null));
        foreach (var bad in new[] { "not base64!", "abc", "====" })
        {
            try
            {
                Convert.FromBase64String(bad);
                Console.WriteLine(bad + " decoded");
            }
            catch (FormatException)
            {
                Console.WriteLine(bad + " -> FormatException");
            }
        }
        try
        {
            Convert.ToInt32("12z", 16);
        }
        catch (FormatException e)
        {
            Console.WriteLine("hex: " + e.Message);
        }
        try
        {
            Convert.ToInt32("9999999999");
        }
        catch (OverflowException e)
        {
            Console.WriteLine("overflow: " + e.Message);
        }
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("mirror:s3cret"));
        Console.WriteLine(basic);
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(basic.Substring(6))).Split(':');
        Console.WriteLine(decoded[0] + " / " + decoded[1]);
        var urlSafe = Convert.ToBase64String(new byte[] { 251, 255, 190 }).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Console.WriteLine(urlSafe);
    }
}
