using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

public static class Program
{
    public static void Main()
    {
        double[] vals = { 2.5, 3.5, -2.5, -0.5, 0.5, 1.45, 2.675, -1.5, 1e16 + 2, 0.125 };
        foreach (var v in vals)
            Console.WriteLine($"{v}: {Math.Round(v)} {Math.Round(v, MidpointRounding.AwayFromZero)} {Math.Round(v, 1)} {Math.Round(v, 2, MidpointRounding.AwayFromZero)} {Math.Round(v, MidpointRounding.ToZero)} {Math.Round(v, MidpointRounding.ToNegativeInfinity)} {Math.Round(v, MidpointRounding.ToPositiveInfinity)} {Math.Floor(v)} {Math.Ceiling(v)} {Math.Truncate(v)}");
        Console.WriteLine($"{Math.Pow(2, 10)} {Math.Pow(2, -2)} {Math.Pow(-8, 1.0 / 3)} {Math.Pow(0, 0)} {Math.Sqrt(-1)} {Math.Sqrt(2)} {Math.Clamp(15, 0, 10)} {Math.Clamp(-3.5, -1.0, 1.0)} {Math.Sign(-0.0)} {Math.Sign(-7L)} {Math.Abs(-3.25)} {Math.Max(double.NaN, 1)} {Math.Min(-0.0, 0.0)}");
        Console.WriteLine($"{Math.DivRem(17, 5, out var rem)} {rem} {Math.BigMul(100000, 300000)} {Math.Log(Math.E)} {Math.Log10(1000)} {Math.Log2(1024)} {Math.Log(8, 2)} {Math.Atan2(1, 1)} {Math.Exp(1)} {Math.CopySign(3.0, -0.0)} {Math.CopySign(-2.5, 1.0)} {Math.CopySign(4.0, double.NaN)} {Math.CopySign(double.NegativeInfinity, 0.0)}");
        foreach (var s in new[] { " 42 ", "+7", "-0", "1,234", "0x1F", "1e3", "  -12  ", "٣", "2147483648" })
        {
            Console.Write($"[{s}] int:{(int.TryParse(s, out var i) ? i.ToString() : "no")} ");
            Console.Write($"any:{(int.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out var i2) ? i2.ToString() : "no")} ");
            Console.Write($"hex:{(int.TryParse(s.Trim().Replace("0x", ""), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var i3) ? i3.ToString() : "no")} ");
            Console.WriteLine($"dbl:{(double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var dd) ? dd.ToString() : "no")} long:{(long.TryParse(s, out var ll) ? ll : -1)}");
        }
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands, CultureInfo.InvariantCulture) + " " + double.Parse("(12.5)", NumberStyles.Any, CultureInfo.InvariantCulture) + " " + uint.TryParse("-1", out var uu) + uu);
        foreach (var s in new[] { "(3.5)", "(-3.5)", "7.25-", "-7.25-", "\u00a41.5", "2\u00a4", " (1,000.5) ", "1e3+", "(NaN)" })
            Console.Write($"{s}={(double.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out var pd) ? pd.ToString() : "no")}/{(double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var pf) ? pf.ToString() : "no")} ");
        Console.WriteLine();
        Console.WriteLine(Convert.ToString(255, 2) + " " + Convert.ToString(255, 8) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(-8L, 2).Length + " " + Convert.ToInt32("11111111", 2));
        try { Convert.ToInt32("-7f", 16); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(Convert.ToInt32("ffffffff", 16) + " " + Convert.ToInt64("7fffffffffffffff", 16) + " " + Convert.ToByte("377", 8) + " " + Convert.ToInt16("-101", 2 == 2 ? 10 : 2));
        try { Convert.ToByte("400", 8); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        var bytes = Encoding.UTF8.GetBytes("a€😀\u00e9");
        Console.WriteLine(bytes.Length + " " + BitConverter.ToString(bytes) + " " + Encoding.UTF8.GetByteCount("😀x") + " " + Encoding.UTF8.GetString(bytes, 1, 3) + " " + Encoding.UTF8.GetString(new byte[] { 0x61, 0xFF, 0x62 }).Length);
        Console.WriteLine(Encoding.UTF8.GetBytes("\ud800x").Length + " " + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("\udc00")) == "\ufffd");
        Console.WriteLine(Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5 }) + " " + Convert.ToBase64String(Encoding.UTF8.GetBytes("hi?>")) + " " + string.Join(",", Convert.FromBase64String("AQID BA==")) + " " + Convert.ToHexString(new byte[] { 0xAB, 0x01 }) + " " + Convert.ToBase64String(new byte[0]).Length);
        foreach (var b64 in new[] { "AQ=", "AQ==", "A===", "@@@@", "AQ==AQ==" })
        {
            try { Console.Write(Convert.FromBase64String(b64).Length + " "); } catch (FormatException e) { Console.Write("FE(" + e.Message.Length + ") "); }
        }
        Console.WriteLine();
        Console.WriteLine(BitConverter.ToInt32(BitConverter.GetBytes(-123456), 0) + " " + BitConverter.ToString(BitConverter.GetBytes((short)-2)) + " " + BitConverter.ToString(BitConverter.GetBytes(1.5)) + " " + BitConverter.IsLittleEndian + " " + BitConverter.DoubleToInt64Bits(-0.0) + " " + BitConverter.ToUInt16(new byte[] { 1, 2 }, 0));
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é~_.-!*'()😀") + " " + Uri.UnescapeDataString("%41%zz%20+%E2%82%AC"));
        var rx = new Regex(@"(?<key>\w+)=(?<val>[^;]*)");
        var input = "a=1;bb=two;c=;d=4";
        foreach (Match m in rx.Matches(input)) Console.Write($"{m.Groups["key"].Value}->{m.Groups[2].Value}@{m.Index}/{m.Length} ");
        Console.WriteLine(rx.Matches(input).Count);
        Console.WriteLine(rx.Replace(input, "${val}:$1") + " | " + rx.Replace(input, m => m.Groups["key"].Value.ToUpper(), 2) + " | " + Regex.Replace("aaa", "a*", "X") + " | " + Regex.Replace("abc", "", "-"));
        Console.WriteLine(string.Join("|", Regex.Split("a1b22c333d", @"(\d+)")) + " ; " + string.Join("|", Regex.Split("one, two,three", @",\s*")) + " ; " + string.Join("|", Regex.Matches("aaaa", "aa").Select(m => m.Index)) + " ; " + string.Join("|", Regex.Matches("aaaa", "(?=(aa))").Select(m => m.Groups[1].Index)));
        Console.WriteLine(Regex.IsMatch("HeLLo", "^hello$", RegexOptions.IgnoreCase) + " " + Regex.Match("line1\nline2", "^line2$", RegexOptions.Multiline).Success + " " + Regex.Match("x1y", @"(\d)|(z)").Groups[2].Success + " " + Regex.Match("2024-05-06", @"(\d+)-(\d+)-(\d+)").Groups.Count + " " + Regex.Escape("a.b*c(d)") + " " + Regex.Match("ab", "(?<first>a)(?<second>b)").Groups[1].Name);
        var span = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(span + " " + span.ToString("c") + " " + span.ToString("g") + " " + span.ToString("G") + " " + span.ToString(@"hh\:mm\:ss") + " " + span.ToString(@"d\.hh") + " " + (-span).ToString() + " " + span.TotalHours.ToString("F4") + " " + TimeSpan.FromMinutes(90).ToString(@"h\:mm") + " " + TimeSpan.FromSeconds(-1.5));
        Console.WriteLine((span + TimeSpan.FromHours(30)) + " " + (span - TimeSpan.FromDays(2)) + " " + span * 2 + " " + span / 4 + " " + TimeSpan.Zero + " " + TimeSpan.FromMilliseconds(1) + " " + TimeSpan.Parse("3:04:05").TotalSeconds + " " + span.CompareTo(TimeSpan.MaxValue) + " " + TimeSpan.FromTicks(12345678));
        var dt = new DateTime(2024, 1, 31, 22, 5, 9, 45);
        Console.WriteLine(dt.ToString("yyyy-MM-dd HH:mm:ss") + " " + dt.AddMonths(1).ToString("yyyy-MM-dd") + " " + dt.AddDays(30).DayOfWeek + " " + dt.AddHours(3).ToString("o") + " " + dt.DayOfYear + " " + dt.ToString("ddd, dd MMM yyyy hh:mm tt") + " " + dt.ToString("s") + " " + dt.AddYears(-4).AddMonths(1).Day);
        var dt2 = new DateTime(2025, 3, 1);
        Console.WriteLine((dt2 - dt) + " " + (dt2 - dt).TotalDays.ToString("F3") + " " + dt2.AddTicks(-1).ToString("o") + " " + DateTime.IsLeapYear(2100) + " " + DateTime.DaysInMonth(2024, 2) + " " + dt2.Date.Equals(dt2) + " " + (dt < dt2) + " " + dt2.AddSeconds(-0.5).Millisecond + " " + new DateTime(2024, 2, 29).AddYears(1).ToString("d MMM yy") + " " + dt.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture));
        Console.WriteLine(DateTime.Parse("2024-02-10T08:09:10", CultureInfo.InvariantCulture).ToString("F", CultureInfo.InvariantCulture) + " " + DateTime.ParseExact("10/02/2024", "dd/MM/yyyy", CultureInfo.InvariantCulture).ToString("D", CultureInfo.InvariantCulture) + " " + new DateTime(2024, 5, 6, 0, 0, 0, DateTimeKind.Utc).ToString("o"));
    }
}
