using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

public static class Program
{
    public static void Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 7, 5, 123);
        string[] formats = { "d", "D", "f", "F", "g", "G", "M", "o", "O", "r", "s", "t", "T", "u", "Y",
            "yyyy-MM-dd", "dd/MM/yy", "MMM d, yyyy", "MMMM dddd", "h:mm tt", "HH:mm:ss.fff", "hh 'o''clock'", "yyyyMMddTHHmmss",
            "%d", "%M", "ddd", "fffffff", "FFF", "ss.FF", "zz", "yy MM dd", "H\\h m\\m", "\"quoted\" yyyy", "y", "MM/dd/yyyy HH:mm" };
        foreach (var f in formats)
        {
            try { Console.WriteLine($"{f,-20}|{d.ToString(f, CultureInfo.InvariantCulture)}"); }
            catch (FormatException fe) { Console.WriteLine($"{f,-20}|FormatException: {fe.Message}"); }
        }
        Console.WriteLine(d + " | " + d.Date + " | " + d.TimeOfDay + " | " + d.DayOfWeek + " | " + d.DayOfYear + " | " + d.Ticks);
        Console.WriteLine(d.AddMonths(1) + " | " + d.AddYears(1) + " | " + d.AddDays(-60) + " | " + d.AddHours(11).AddMinutes(53) + " | " + d.AddMilliseconds(877));
        Console.WriteLine(new DateTime(2023, 1, 31).AddMonths(1).ToString("yyyy-MM-dd") + " " + new DateTime(2024, 3, 31).AddMonths(-1).ToString("yyyy-MM-dd") + " " + DateTime.DaysInMonth(2100, 2) + " " + DateTime.IsLeapYear(2000));
        var e = new DateTime(2025, 1, 1);
        var span = e - d;
        Console.WriteLine(span + " | " + span.TotalDays.ToString("F4") + " | " + span.Days + "d " + span.Hours + "h " + span.Minutes + "m " + span.Seconds + "s " + span.Milliseconds + "ms");
        Console.WriteLine((d < e) + " " + (d == new DateTime(2024, 2, 29, 13, 7, 5, 123)) + " " + d.CompareTo(e) + " " + DateTime.Compare(e, d) + " " + d.Equals(e));
        var spans = new[] { TimeSpan.Zero, TimeSpan.FromSeconds(-90.5), TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(25.5), TimeSpan.FromDays(-1.25), new TimeSpan(0, 0, 0, 0, 999), TimeSpan.FromTicks(1234567), TimeSpan.MaxValue, TimeSpan.MinValue };
        foreach (var s in spans)
            Console.WriteLine($"{s} | {s:c} | {s:g} | {s:G} | {s.TotalMinutes:F3} | {s.Ticks}");
        var t = new TimeSpan(1, 2, 3, 4, 5);
        string[] tfs = { @"dd\.hh\:mm\:ss", @"hh\:mm", @"%d", @"d\d\ h\h", @"mm\:ss\.fff", @"ss\.FFFFF", "c", "g", "G" };
        foreach (var f in tfs) Console.WriteLine(f + " => " + t.ToString(f));
        try { Console.WriteLine(t.ToString("hh:mm")); } catch (FormatException ex) { Console.WriteLine("FormatException: " + ex.Message); }
        Console.WriteLine(t.Add(TimeSpan.FromMinutes(-3)) + " " + t.Negate() + " " + t.Duration() + " " + (t * 2) + " " + (t / 4) + " " + (t - t) + " " + (-t));
        Console.WriteLine(TimeSpan.Parse("1.02:03:04.5") + " " + TimeSpan.Parse("-00:00:10") + " " + TimeSpan.Parse("12:30") + " " + TimeSpan.Parse("3") + " " + TimeSpan.TryParse("25:00", out var bad) + " " + bad);
        Console.WriteLine(TimeSpan.FromMinutes(90).TotalHours + " " + TimeSpan.FromSeconds(3661).ToString() + " " + new TimeSpan(36, 0, 0).Days + " " + TimeSpan.FromMilliseconds(1.5).Ticks);
        var list = new List<DateTime> { new(2020, 5, 1), new(2019, 12, 31, 23, 59, 59), new(2020, 1, 1) };
        list.Sort();
        Console.WriteLine(string.Join(", ", list.Select(x => x.ToString("s"))) + " max " + list.Max().ToString("yyyy") + " span " + (list.Max() - list.Min()).TotalDays);
        var byMonth = list.GroupBy(x => x.Month).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine(string.Join(" ", byMonth));
        Console.WriteLine(DateTime.Parse("2024-03-15T10:20:30").ToString("F") + " | " + DateTime.ParseExact("15/03/2024", "dd/MM/yyyy", CultureInfo.InvariantCulture).ToString("D") + " | " + DateTime.TryParse("not a date", out var nd) + " " + nd.Year);
        Console.WriteLine(new DateTime(2024, 1, 1).AddTicks(-1).ToString("o") + " " + DateTime.MinValue.ToString("s") + " " + DateTime.MaxValue.ToString("o"));
        try { new DateTime(2023, 2, 29); } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        try { DateTime.MaxValue.AddDays(1); } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        try { TimeSpan.Parse("x"); } catch (FormatException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        Console.WriteLine(string.Format("{0:yyyy}-{0:MM} {1:hh\\:mm} {0,25:R}", d, t));
        var dto = new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(-5));
        Console.WriteLine(dto + " | " + dto.ToString("o") + " | " + dto.UtcDateTime.ToString("s") + " | " + dto.Offset + " | " + dto.ToUnixTimeSeconds() + " | " + DateTimeOffset.FromUnixTimeMilliseconds(1700000000123).ToString("O"));
    }
}
