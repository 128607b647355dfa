using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

static class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("[{0,-10:N2}]|[{1,8:F1}]|{{}}|{{{0}}}", 1234.567, -3.14159));
        Console.WriteLine(string.Format("[{0}] [{1,5}] [{2,-3}]", null, null, "ab"));
        Console.WriteLine(string.Format("{0:X} {1:X8} {2:x} {3:X}", -1, -255, -2, long.MinValue));
        Console.WriteLine(long.MinValue + " " + long.MaxValue + " " + int.MinValue + " " + ulong.MaxValue);
        Console.WriteLine((-1L).ToString("X") + " " + ((sbyte)-1).ToString("X") + " " + ((byte)200).ToString("x4"));
        Console.WriteLine($"{12345.6789:N0} {0.5:P} {-0.125:P1} {42:D5} {-42:D5} {3.0:E2} {1e21} {123456789.0:G3}");
        Console.WriteLine($"{1234.5:#,##0.00} {0.1:0.###} {-5:+0;-0;zero} {0:+0;-0;zero}");
        char c = 'a';
        Console.WriteLine('a' + 1);
        Console.WriteLine((char)(c + 1));
        c++; c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine("x" + 'a' + 1);
        Console.WriteLine('a' + 'b' + "x");
        foreach (var ch in "a1Z ?")
        {
            switch (ch)
            {
                case 'a': Console.Write("[a]"); break;
                case >= '0' and <= '9': Console.Write("[digit]"); break;
                case 'Z' or 'Y': Console.Write("[ZY]"); break;
                case ' ': Console.Write("[sp]"); break;
                default: Console.Write("[" + (int)ch + "]"); break;
            }
        }
        Console.WriteLine();
        int n = 3;
        Console.WriteLine($"{(n > 2 ? "big" : "small")} {(n % 2 == 0 ? $"even {n}" : $"odd \"{n}\"")}");
        Console.WriteLine(@"C:\path\""quoted""" + @"
line2");
        var raw = """
            { "a": 1,
              "b": "two" }
            """;
        Console.WriteLine(raw);
        var name = "W";
        Console.WriteLine($$"""{"name": "{{name}}", "n": {{n + 1}}}""");
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append('x').AppendLine().Insert(0, "<").Replace("b", "B").AppendFormat("{0:D3}|{1}", 7, "z");
        sb.Length -= 1;
        Console.WriteLine(sb.ToString().Replace("\n", "\\n") + " len=" + sb.Length);
        sb.Clear().Append(' ', 3).Append("end").Remove(0, 1);
        Console.WriteLine("[" + sb + "]" + sb[1]);

        string[] words = { "banana", "Apple", "apple", "_under", "Zeta", "a-b", "ab", "10", "9", "éclair", "Eclair" };
        var ord = (string[])words.Clone(); Array.Sort(ord, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", ord));
        var cul = (string[])words.Clone(); Array.Sort(cul);
        Console.WriteLine(string.Join(" ", cul));
        var ic = (string[])words.Clone(); Array.Sort(ic, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", ic));
        Console.WriteLine(Array.BinarySearch(ord, "ab", StringComparer.Ordinal) + " " + Array.BinarySearch(ord, "abc", StringComparer.Ordinal));
        Console.WriteLine(Array.IndexOf(words, "apple") + " " + Array.IndexOf(words, "APPLE") + " " + Array.LastIndexOf(words, "ab"));
        int[] nums = { 5, 1, 4, 1, 9 };
        Array.Sort(nums);
        Console.WriteLine(Array.BinarySearch(nums, 4) + " " + Array.BinarySearch(nums, 3) + " " + Array.BinarySearch(nums, 100));
        var pts = new[] { (X: 2, Y: "b"), (X: 1, Y: "a"), (X: 2, Y: "a") };
        Array.Sort(pts);
        Console.WriteLine(string.Join(" ", pts));
        Console.WriteLine(Array.IndexOf(pts, (2, "a")));

        var items = new List<(int K, string V)> { (2, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e") };
        var byOrder = items.OrderBy(x => x.K).Select(x => x.V);
        Console.WriteLine(string.Join("", byOrder) + " " + string.Join("", items.OrderByDescending(x => x.K).Select(x => x.V)));
        items.Sort((a, b) => a.K.CompareTo(b.K));
        Console.WriteLine(string.Join("", items.Select(x => x.V)));

        var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
        d.Remove("b"); d["d"] = 4; d["b"] = 5;
        Console.WriteLine(string.Join(",", d.Keys.OrderBy(k => k)) + " " + d.Count);

        Console.WriteLine(int.Parse(" +12 ") + " " + int.Parse("-0") + " " + double.Parse("1e3") + " " + double.Parse("-.5") + " " + double.Parse("1E-2", CultureInfo.InvariantCulture));
        Console.WriteLine(int.TryParse("12a", out var bad) + " " + bad + " " + int.TryParse("2147483648", out _) + " " + long.Parse("  -9223372036854775808"));
        Console.WriteLine($"{Convert.ToInt32(2.5)} {Convert.ToInt32(3.5)} {Convert.ToInt32(-2.5)} {Convert.ToInt32(2.51)} {Convert.ToInt64(-0.5)}");
        Console.WriteLine($"{Math.Round(2.5)} {Math.Round(3.5)} {Math.Round(-2.5)} {Math.Round(2.5, MidpointRounding.AwayFromZero)} {Math.Round(1.005, 2)} {Math.Round(2.345, 2)}");
        Console.WriteLine($"{(int)-2.7} {(int)2.7} {(long)-1e10} {(uint)3.9} {(int)'A'} {(byte)200.7}");
        Console.WriteLine($"{Math.Floor(-2.5)} {Math.Ceiling(-2.5)} {Math.Truncate(-2.7)} {-7 / 2} {-7 % 2} {7 % -2} {Math.DivRem(-7, 2, out int rem)} {rem}");
    }
}
