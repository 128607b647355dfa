using System;
using System.Text;

class Program
{
    static string Hex(byte[] bytes) => BitConverter.ToString(bytes);

    static void Main()
    {
        foreach (var s in new[] { "", "A", "hello", "é", "€", "日本", "😀", "a\u0000b", "mixed ascii é € 😀" })
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            Console.WriteLine($"{s.Length} chars -> {bytes.Length} bytes: {Hex(bytes)} -> [{Encoding.UTF8.GetString(bytes)}] count={Encoding.UTF8.GetByteCount(s)}");
        }
        var invalid = new byte[] { 0x61, 0xFF, 0x62, 0xC3 };
        var decoded = Encoding.UTF8.GetString(invalid);
        Console.WriteLine(decoded.Length + " " + string.Join(",", Array.ConvertAll(decoded.ToCharArray(), c => ((int)c).ToString("X4"))));
        var part = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("0123456789"), 3, 4);
        Console.WriteLine(part);
        var lone = "\ud83d";
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes(lone)));
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes("digest:✓")) sb.Append(b.ToString("x2"));
        Console.WriteLine(sb);
        Console.WriteLine(Encoding.UTF8.GetString(new byte[] { 0xE2, 0x9C, 0x93 }));
        Console.WriteLine(Encoding.UTF8.GetString(new byte[0]).Length);
        Console.WriteLine(Encoding.UTF8.GetBytes("x").Length);
    }
}
