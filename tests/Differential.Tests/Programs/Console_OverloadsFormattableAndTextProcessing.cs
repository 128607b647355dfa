using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Temp : IFormattable
{
    public double C;
    public string ToString(string? format, IFormatProvider? provider) => format == "F" ? $"{C * 9 / 5 + 32:F1}°F" : $"{C:F1}°C";
    public override string ToString() => ToString("C", null);
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new[] { 'h', 'i', '!' });
        Console.WriteLine(new[] { 'a', 'b', 'c', 'd' }, 1, 2);
        Console.Write((object?)null); Console.Write(true); Console.Write('c'); Console.Write(1.5f); Console.Write(2L); Console.Write(3u); Console.Write(4.25); Console.WriteLine();
        Console.WriteLine("{0} + {1} = {2}", 1, 2, 1 + 2);
        Console.WriteLine("{0,-6}|{1,6}|{2:X}|{{literal}}|{3}", "ab", 'c', 255, null);
        Console.Write("{0}-{1}-{2}-{3}\n", 'a', true, 2.50, -0.0);
        Console.WriteLine(string.Format("{0:#,##0.00;(#,##0.00);zero}", -1234.5) + " " + string.Format("{0:#,##0.00;(#,##0.00);zero}", 0) + " " + string.Format("{0:0.0E+00}", 123456) + " " + string.Format("{0:00}:{1:00}", 5, 7));
        var t = new Temp { C = 21.5 };
        Console.WriteLine($"{t} {t:F} {t:C}" + " " + string.Format("{0:F}|{0}", t) + " " + t.ToString("F", null));
        Console.WriteLine(TimeSpan.FromMinutes(-90) + " " + TimeSpan.FromMinutes(-90).ToString(@"hh\:mm") + " " + TimeSpan.FromSeconds(-0.5) + " " + (TimeSpan.Zero - TimeSpan.FromDays(2.5)).ToString("c") + " " + TimeSpan.FromMilliseconds(-1).TotalMilliseconds + " " + TimeSpan.FromHours(-1).Duration() + " " + TimeSpan.FromHours(1).Negate());
        var sb = new StringBuilder();
        sb.AppendLine("line1").Append("x=").Append(5).Append(',').Append(2.5).AppendFormat(" {0:P0}", 0.25).AppendLine();
        foreach (var line in sb.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) Console.WriteLine("[" + line.TrimEnd('\r') + "]");
        var text = "The quick brown fox jumps over the lazy dog. The dog sleeps.";
        var freq = text.ToLowerInvariant().Where(char.IsLetter).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(" ", freq));
        var wordsByLen = text.Split(new[] { ' ', '.' }, StringSplitOptions.RemoveEmptyEntries).GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{string.Join("/", g.Distinct(StringComparer.OrdinalIgnoreCase))}");
        Console.WriteLine(string.Join(" ", wordsByLen));
        Console.WriteLine(string.Concat(text.Where(char.IsUpper)) + " " + text.Count(c => c == 'o') + " " + text.IndexOf("dog", StringComparison.Ordinal) + " " + text.LastIndexOf("The") + " " + text.Replace("dog", "cat").Length + " " + new string(text.Take(9).Reverse().ToArray()));
        var caesar = new string("Hello, World!".Select(c => char.IsLetter(c) ? (char)((char.IsUpper(c) ? 'A' : 'a') + (c - (char.IsUpper(c) ? 'A' : 'a') + 3) % 26) : c).ToArray());
        Console.WriteLine(caesar + " " + string.Join(",", "a1b2c3".Where(char.IsDigit).Select(c => c - '0')) + " " + "abc".Aggregate(0, (h, c) => h * 31 + c) + " " + (int)char.GetNumericValue('9'));
        var palindromes = new[] { "Racecar", "hello", "A man a plan a canal Panama", "" }.Select(s => { var clean = new string(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray()); return clean.SequenceEqual(clean.Reverse()); });
        Console.WriteLine(string.Join(",", palindromes));
        var table = new[] { ("alpha", 1.5, 10), ("beta", 22.25, -3), ("gamma", 333.125, 0) };
        foreach (var (name, value, delta) in table) Console.WriteLine($"|{name,-8}|{value,10:N2}|{delta,4:+0;-0;0}|{value / 1000,8:P1}|");
        Console.WriteLine(string.Join("", Enumerable.Range(0, 5).Select(i => i.ToString("D2")).Intersperse("-")));
    }
}

static class Ext
{
    public static IEnumerable<string> Intersperse(this IEnumerable<string> xs, string sep)
    {
        bool first = true;
        foreach (var x in xs) { if (!first) yield return sep; yield return x; first = false; }
    }
}
