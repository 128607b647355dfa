using System;
using System.Text;

class Program
{
    static void Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 5, 9, 45);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff") + " " + d.ToString("yyyy-MM-ddTHH:mm:ss") + " " + d.ToString("dd/MM/yy h:mm tt") + " " + d.ToString("ddd, dd MMM yyyy") + " " + d.ToString("dddd MMMM d"));
        Console.WriteLine(d.ToString("o") + " " + d.ToString("s") + " " + d.ToString("u") + " " + d.ToString("R") + " " + d.ToString());
        Console.WriteLine(d.DayOfWeek + " " + d.DayOfYear + " " + d.AddDays(1).ToString("MM-dd") + " " + d.AddYears(1).ToString("yyyy-MM-dd") + " " + d.AddMonths(-1).ToString("yyyy-MM-dd") + " " + d.AddHours(11).ToString("yyyy-MM-dd HH") + " " + d.Date.ToString("HH:mm"));
        Console.WriteLine(DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000) + " " + DateTime.DaysInMonth(2023, 2) + " " + (new DateTime(2024, 3, 1) - new DateTime(2024, 2, 1)).TotalDays + " " + new DateTime(2024, 1, 1).CompareTo(d) + " " + (d > new DateTime(2024, 1, 1)));
        var parsed = DateTime.Parse("2023-07-04T10:20:30");
        Console.WriteLine(parsed.Year + "/" + parsed.Month + "/" + parsed.Day + " " + parsed.Hour + ":" + parsed.Minute + ":" + parsed.Second + " " + parsed.Ticks + " " + DateTime.MinValue.ToString("s") + " " + DateTime.MaxValue.Year);
        Console.WriteLine(DateTime.TryParse("not a date", out var bad) + " " + bad.ToString("s") + " " + new DateTime(2024, 1, 1).AddTicks(1).Ticks % 1000 + " " + DateTime.UnixEpoch.ToString("s") + " " + DateTimeOffset.FromUnixTimeSeconds(1700000000).ToString("s"));
        var t = new TimeSpan(1, 2, 3, 4, 5);
        Console.WriteLine(t + " " + t.TotalHours.ToString("F3") + " " + t.TotalMilliseconds + " " + t.Days + " " + t.Hours + " " + t.Minutes + " " + t.Seconds + " " + t.Milliseconds);
        Console.WriteLine(TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(-3.5) + " " + TimeSpan.FromMilliseconds(1) + " " + TimeSpan.Zero + " " + (TimeSpan.FromHours(25) - TimeSpan.FromDays(1)) + " " + TimeSpan.FromDays(-1.25) + " " + TimeSpan.FromTicks(12345678));
        Console.WriteLine(t.ToString("c") + " " + t.ToString(@"hh\:mm\:ss") + " " + TimeSpan.FromSeconds(75).ToString(@"m\:ss") + " " + t.ToString("g") + " " + TimeSpan.FromHours(1.5).ToString("G") + " " + $"{TimeSpan.FromMinutes(5):c}");
        Console.WriteLine(TimeSpan.Parse("01:02:03") + " " + TimeSpan.Parse("2.03:04:05.5") + " " + TimeSpan.TryParse("xx", out var badT) + " " + badT + " " + TimeSpan.FromSeconds(30).CompareTo(TimeSpan.FromMinutes(1)) + " " + (TimeSpan.FromSeconds(60) == TimeSpan.FromMinutes(1)) + " " + TimeSpan.MaxValue.Days);

        Console.WriteLine(Convert.ToInt32("7fffffff", 16) + " " + Convert.ToInt32("ffffffff", 16) + " " + Convert.ToInt32("-101", 2) + " " + Convert.ToInt64("ffffffffffffffff", 16) + " " + Convert.ToByte("ff", 16) + " " + Convert.ToInt32("0x1F", 16) + " " + Convert.ToString(255, 2) + " " + Convert.ToString(-1, 16) + " " + Convert.ToString(8, 8));
        try { Convert.ToInt32("12g", 16); } catch (FormatException e) { Console.WriteLine("FormatException " + e.Message); }
        try { Convert.ToByte("1ff", 16); } catch (OverflowException e) { Console.WriteLine("OverflowException " + e.Message); }
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt32("  42 ") + " " + Convert.ToInt32(true) + " " + Convert.ToDouble("1.5e3") + " " + Convert.ToBoolean("TRUE") + " " + Convert.ToChar(65) + " " + Convert.ToInt32('A') + " " + Convert.ToString(3.0) + " " + Convert.ToInt32(null as string));
        var bytes = Encoding.UTF8.GetBytes("héllo €𝄞");
        Console.WriteLine(bytes.Length + " " + BitConverter.ToString(bytes) + " " + Convert.ToBase64String(bytes) + " " + Convert.ToHexString(bytes) + " " + Encoding.UTF8.GetString(bytes) + " " + Encoding.UTF8.GetByteCount("𝄞") + " " + "𝄞".Length);
        var lone = "a\uD800b";
        var loneBytes = Encoding.UTF8.GetBytes(lone);
        Console.WriteLine(BitConverter.ToString(loneBytes) + " " + Encoding.UTF8.GetString(loneBytes).Length + " " + (int)Encoding.UTF8.GetString(loneBytes)[1] + " " + Encoding.UTF8.GetString(new byte[] { 0xC3, 0x28, 0x41 }).Length + " " + Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("é!")) + " " + Encoding.UTF8.GetString(Convert.FromBase64String("4pyTIMOgIGxhIG1vZGU=")));
        Console.WriteLine(char.IsSurrogate("𝄞"[0]) + " " + char.IsHighSurrogate("𝄞", 0) + " " + char.ConvertToUtf32("𝄞", 0) + " " + char.ConvertFromUtf32(0x1F600).Length + " " + char.IsLetter('é') + " " + char.IsDigit('٣') + " " + char.IsNumber('½') + " " + char.IsWhiteSpace('\u2003') + " " + char.IsPunctuation('!') + " " + char.IsSymbol('+') + " " + char.IsUpper('É') + " " + char.ToLower('Σ'));
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é€𝄞~-_.!*'()") + " " + Uri.UnescapeDataString("%E2%82%AC%20x%2") + " " + Uri.EscapeDataString("") + " " + Uri.UnescapeDataString("%zz%41+"));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1234567890)) + " " + BitConverter.ToString(BitConverter.GetBytes((short)-2)) + " " + BitConverter.ToInt32(new byte[] { 1, 2, 3, 4 }, 0) + " " + BitConverter.ToString(new byte[0]) + "|" + BitConverter.ToString(new byte[] { 0xAB, 0x01 }, 1) + " " + BitConverter.IsLittleEndian + " " + BitConverter.ToString(BitConverter.GetBytes(1.5)));
        Console.WriteLine(Convert.ToBase64String(new byte[] { 0xFF, 0xFE }) + " " + Convert.ToBase64String(Array.Empty<byte>()) + "|" + Convert.FromBase64String("AQID").Length + " " + Convert.ToHexString(new byte[] { 0, 10, 255 }) + " " + Convert.FromHexString("0aFF")[1]);
        try { Convert.FromBase64String("abc"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        var sb = new StringBuilder("start");
        sb.Insert(0, "[").Append(']').AppendLine().AppendFormat("{0:D3}-{1,4}|", 7, "x").Replace("st", "ST").Remove(1, 2);
        sb.Append(1.5).Append(true).Append('c').Append(3L).Append((object?)null).Append(new char[] { 'h', 'i' });
        Console.WriteLine(sb.ToString().Replace("\n", "\\n").Replace("\r", "\\r") + " " + sb.Length + " " + sb[2] + " " + sb.ToString(1, 3));
        sb.Clear(); sb.Append('x', 3); sb[1] = 'Y'; sb.Length = 5;
        Console.WriteLine(sb.ToString().Replace('\0', '0') + " " + sb.Length + " " + new StringBuilder().AppendJoin(", ", 1, "a", 2.5).ToString() + " " + new StringBuilder("abc").Equals(new StringBuilder("abc")));
    }
}
