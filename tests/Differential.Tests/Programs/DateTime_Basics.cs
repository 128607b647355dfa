using System;

class Program
{
    static void Main()
    {
        var d = new DateTime(2024, 2, 28, 13, 45, 30, DateTimeKind.Utc);
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond + " " + d.DayOfWeek + " " + d.DayOfYear + " " + d.Kind);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine(d.ToString("o"));
        Console.WriteLine(d.ToString("s"));
        Console.WriteLine(d.ToString("R"));
        Console.WriteLine(d.ToString("yyyy-MM-ddTHH:mm:ssZ"));
        Console.WriteLine(d.ToString("ddd, dd MMM yyyy"));
        Console.WriteLine(d.ToString("MMMM d, yyyy h:mm tt"));
        Console.WriteLine(d);
        var next = d.AddDays(1);
        Console.WriteLine(next.ToString("yyyy-MM-dd") + " leap day " + DateTime.IsLeapYear(2024) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.DaysInMonth(2023, 2));
        Console.WriteLine(d.AddDays(2).ToString("yyyy-MM-dd") + " " + d.AddMonths(1).ToString("yyyy-MM-dd") + " " + d.AddYears(1).ToString("yyyy-MM-dd") + " " + d.AddHours(11).ToString("yyyy-MM-dd HH:mm"));
        Console.WriteLine(d.AddMinutes(-46).ToString("HH:mm") + " " + d.AddSeconds(30).ToString("HH:mm:ss") + " " + d.AddMilliseconds(1500).ToString("HH:mm:ss.fff"));
        Console.WriteLine(new DateTime(2024, 1, 31).AddMonths(1).ToString("yyyy-MM-dd"));
        var e = new DateTime(2024, 3, 10, 0, 0, 0, DateTimeKind.Utc);
        var diff = e - d;
        Console.WriteLine(diff + " " + diff.TotalHours + " " + (d < e) + " " + (d == d.AddTicks(0)) + " " + d.CompareTo(e));
        Console.WriteLine((e - TimeSpan.FromDays(10)).ToString("yyyy-MM-dd HH:mm") + " " + (d + TimeSpan.FromMinutes(15)).ToString("HH:mm"));
        Console.WriteLine(d.Date.ToString("yyyy-MM-dd HH:mm:ss") + " " + d.TimeOfDay);
        var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Console.WriteLine((long)(d - epoch).TotalSeconds);
        Console.WriteLine(epoch.AddSeconds(1700000000).ToString("yyyy-MM-dd HH:mm:ss"));
        var parsed = DateTime.Parse("2023-12-25T08:30:00");
        Console.WriteLine(parsed.ToString("yyyy-MM-dd HH:mm:ss") + " " + parsed.Kind);
        Console.WriteLine(DateTime.TryParse("not a date", out var bad) + " " + bad.ToString("yyyy-MM-dd"));
        Console.WriteLine(DateTime.MinValue.ToString("yyyy-MM-dd") + " " + DateTime.MaxValue.Year + " " + new DateTime(2000, 1, 1).Ticks);
        Console.WriteLine(new DateTime(2024, 12, 31).AddDays(1).ToString("yyyy-MM-dd dddd"));
    }
}
