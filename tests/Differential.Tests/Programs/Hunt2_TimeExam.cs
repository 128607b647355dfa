using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

public static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name + ": " + e.Message); }
    }

    public static void Main()
    {
        Console.WriteLine("== TimeSpan");
        var spans = new[]
        {
            TimeSpan.Zero, new TimeSpan(1, 2, 3), new TimeSpan(2, 3, 4, 5, 678), TimeSpan.FromMilliseconds(1500.5),
            TimeSpan.FromSeconds(-90.25), TimeSpan.FromMinutes(61), TimeSpan.FromHours(25.5), TimeSpan.FromDays(-1.5),
            TimeSpan.FromTicks(12345678), new TimeSpan(0, 0, -1), TimeSpan.MaxValue, TimeSpan.MinValue,
        };
        foreach (var t in spans)
            Console.WriteLine($"{t} | {t:c} | {t.Days} {t.Hours} {t.Minutes} {t.Seconds} {t.Milliseconds} | {t.TotalDays:F4} {t.TotalHours:F3} {t.TotalMinutes} {t.TotalSeconds} {t.TotalMilliseconds} | {t.Ticks}");
        var a = new TimeSpan(1, 30, 0);
        var b = TimeSpan.FromMinutes(45);
        Console.WriteLine((a + b) + " " + (a - b) + " " + (b - a) + " " + (-a) + " " + a.Duration() + " " + (b - a).Duration() + " " + (a * 2.5) + " " + (a / 4) + " " + (a / b));
        Console.WriteLine((a > b) + " " + (a == TimeSpan.FromHours(1.5)) + " " + a.CompareTo(b) + " " + TimeSpan.Compare(b, a) + " " + a.Equals(b) + " " + new[] { a, b, TimeSpan.Zero }.Max());
        Console.WriteLine(a.ToString(@"hh\:mm\:ss") + " " + new TimeSpan(3, 4, 5, 6, 70).ToString(@"d\.hh\:mm\:ss\.fff") + " " + TimeSpan.FromSeconds(5.5).ToString(@"mm\:ss\.ff") + " " + new TimeSpan(1, 2, 3).ToString("g") + " " + new TimeSpan(1, 2, 3, 4, 5).ToString("G"));
        foreach (var s in new[] { "01:30:00", "1.02:03:04.5", "-00:00:10", "5", "00:61:00", "1:2", "10:20:30.1234567", "bad" })
            Try($"TimeSpan.Parse('{s}')", () => TimeSpan.Parse(s, CultureInfo.InvariantCulture));
        Console.WriteLine(TimeSpan.TryParse("12:00", out var ts) + " " + ts + " " + TimeSpan.TryParse("x", out var tx) + " " + tx);
        Try("overflow", () => TimeSpan.MaxValue + TimeSpan.FromTicks(1));
        Try("FromDays huge", () => TimeSpan.FromDays(1e10));

        Console.WriteLine("== DateTime");
        var d = new DateTime(2024, 2, 28, 23, 59, 30, 250);
        Console.WriteLine(d + " | " + d.ToString("o") + " | " + d.ToString("s") + " | " + d.ToString("u") + " | " + d.Kind);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss.fff") + " " + d.ToString("dddd, MMMM d, yyyy") + " " + d.ToString("ddd MMM dd yy h:mm tt") + " " + d.ToString("yyyyMMdd'T'HHmmss") + " " + d.ToString("d") + " " + d.ToString("D") + " " + d.ToString("t") + " " + d.ToString("T") + " " + d.ToString("R"));
        var next = d.AddSeconds(45);
        Console.WriteLine(next + " " + next.DayOfWeek + " " + next.DayOfYear + " " + d.AddDays(1).Day + " " + d.AddMonths(12).ToString("yyyy-MM-dd") + " " + new DateTime(2024, 1, 31).AddMonths(1).ToString("yyyy-MM-dd") + " " + d.AddYears(-1).ToString("d") + " " + d.AddHours(-24.5).ToString("o"));
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond + " " + d.Date.ToString("o") + " " + d.TimeOfDay + " " + d.Ticks);
        var e = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Console.WriteLine((e - d) + " " + (e - d).TotalDays.ToString("F6") + " " + (e > d) + " " + e.CompareTo(d) + " " + DateTime.Compare(d, d) + " " + (d == new DateTime(2024, 2, 28, 23, 59, 30, 250)) + " " + e.Kind + " " + e.ToString("o") + " " + e.ToString("u"));
        Console.WriteLine(DateTime.IsLeapYear(2024) + " " + DateTime.IsLeapYear(1900) + " " + DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.MinValue.ToString("o") + " " + DateTime.MaxValue.Ticks);
        Console.WriteLine(new DateTime(2024, 3, 10, 12, 0, 0, DateTimeKind.Utc).AddTicks(1).ToString("O") + " " + DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("o") + " " + new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(1700000000).ToString("yyyy-MM-ddTHH:mm:ssZ"));
        foreach (var s in new[] { "2024-06-01", "2024-06-01T12:34:56", "2024-06-01T12:34:56Z", "2024-06-01 08:00:00.125", "06/01/2024", "2024-02-30", "not a date" })
            Try($"DateTime.Parse('{s}')", () => { var p = DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal); return p.ToString("o") + " " + p.Kind; });
        foreach (var st in new[] { DateTimeStyles.None, DateTimeStyles.AssumeUniversal, DateTimeStyles.AssumeLocal, DateTimeStyles.RoundtripKind, DateTimeStyles.AdjustToUniversal, DateTimeStyles.AssumeLocal | DateTimeStyles.AdjustToUniversal })
            foreach (var s in new[] { "2024-06-01T12:00:00", "2024-06-01T12:00:00Z", "2024-06-01T12:00:00+02:00" })
            {
                var p = DateTime.Parse(s, CultureInfo.InvariantCulture, st);
                Console.WriteLine($"{st} {s}: {p:o} {p.Kind} " + DateTime.TryParse(s, CultureInfo.InvariantCulture, st, out var tp) + " " + tp.Kind);
            }
        Console.WriteLine(DateTime.Parse("2024-06-01 10:00", CultureInfo.InvariantCulture).ToString("o"));
        foreach (var (s, f) in new[] { ("15/01/2024 07:05", "dd/MM/yyyy HH:mm"), ("2024-1-5", "yyyy-M-d"), ("240115", "yyMMdd"), ("990115", "yyMMdd"), ("03:04:05 PM", "hh:mm:ss tt"), ("12:00 AM", "hh:mm tt"), ("2024-01-15T10:20:30.123", "yyyy-MM-dd'T'HH:mm:ss.fff"), ("2024-01-15", "yyyy-MM-dd HH"), ("2024-13-01", "yyyy-MM-dd"), ("2024-01-15 ", "yyyy-MM-dd") })
        {
            // a time alone is on today's date: print only the time of those
            var shown = f.Contains('y') ? "o" : "HH:mm:ss.fff' today='" ;
            Try($"ParseExact('{s}', '{f}')", () => { var p = DateTime.ParseExact(s, f, CultureInfo.InvariantCulture); return p.ToString(shown) + (f.Contains('y') ? "" : (p.Date == DateTime.Today).ToString()); });
            Console.WriteLine("  TryParseExact " + DateTime.TryParseExact(s, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out var pe) + " " + pe.ToString(shown));
        }
        Try("ParseExact", () => DateTime.ParseExact("20240115-0930", "yyyyMMdd-HHmm", CultureInfo.InvariantCulture).ToString("o"));
        Try("ParseExact bad", () => DateTime.ParseExact("2024-01-15", "yyyyMMdd", CultureInfo.InvariantCulture));
        Try("bad ctor", () => new DateTime(2023, 2, 29));
        Try("AddYears overflow", () => DateTime.MaxValue.AddDays(1));
        var dates = new List<DateTime> { new(2024, 5, 1), new(2023, 12, 31), new(2024, 1, 15) };
        Console.WriteLine(string.Join(", ", dates.OrderBy(x => x).Select(x => x.ToString("yyyy-MM-dd"))) + " " + dates.Max().ToString("MMM") + " " + (dates[0] - dates[1]).Days);
        var offset = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(2));
        Try("offset seconds", () => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)));
        Try("offset 15h", () => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)));
        Console.WriteLine(new DateTimeOffset(2024, 1, 1, 23, 30, 15, 500, TimeSpan.FromHours(-5.5)).ToString("o"));
        Console.WriteLine(offset.ToString("o") + " " + offset.UtcDateTime.ToString("o") + " " + offset.ToUnixTimeSeconds() + " " + DateTimeOffset.FromUnixTimeMilliseconds(1000).ToString("o"));
    }
}
