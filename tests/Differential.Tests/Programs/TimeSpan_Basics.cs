using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var spans = new List<TimeSpan>
        {
            TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(61.5), TimeSpan.FromHours(25),
            TimeSpan.FromDays(1.5), TimeSpan.FromMilliseconds(1234), TimeSpan.FromMilliseconds(-500), new TimeSpan(1, 2, 3),
            new TimeSpan(2, 3, 4, 5), new TimeSpan(1, 0, 0, 0, 7), TimeSpan.FromTicks(15), new TimeSpan(-1, -30, 0),
        };
        foreach (var t in spans)
            Console.WriteLine($"{t} | days={t.Days} h={t.Hours} m={t.Minutes} s={t.Seconds} ms={t.Milliseconds} | total s={t.TotalSeconds} ms={t.TotalMilliseconds} min={t.TotalMinutes} h={t.TotalHours}");
        var a = TimeSpan.FromMinutes(90);
        var b = TimeSpan.FromSeconds(45);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(b - a);
        Console.WriteLine(-a);
        Console.WriteLine(a.Add(b) + " " + a.Subtract(b) + " " + a.Negate() + " " + (b - a).Duration());
        Console.WriteLine(a * 2 + " " + a / 4 + " " + a / b);
        Console.WriteLine((a > b) + " " + (a == TimeSpan.FromHours(1.5)) + " " + a.CompareTo(b) + " " + a.Equals(b));
        Console.WriteLine(a.Ticks + " " + TimeSpan.TicksPerSecond + " " + TimeSpan.TicksPerMillisecond);
        Console.WriteLine(TimeSpan.Parse("01:02:03") + " " + TimeSpan.Parse("1.02:03:04.5") + " " + TimeSpan.Parse("00:00:00.25").TotalMilliseconds);
        Console.WriteLine(TimeSpan.TryParse("nope", out var bad) + " " + bad);
        Console.WriteLine(TimeSpan.MaxValue.Days + " " + TimeSpan.MinValue.Days);
        Console.WriteLine(a.ToString(@"hh\:mm\:ss") + " " + TimeSpan.FromSeconds(3725).ToString(@"h\:mm\:ss") + " " + TimeSpan.FromMilliseconds(61234).ToString("c"));
        var total = TimeSpan.Zero;
        foreach (var ms in new[] { 120, 980, 45000, 3600000 }) total += TimeSpan.FromMilliseconds(ms);
        Console.WriteLine(total + " " + total.TotalSeconds);
        var cacheTtl = TimeSpan.FromDays(7);
        Console.WriteLine("max-age=" + (long)cacheTtl.TotalSeconds);
        Console.WriteLine(TimeSpan.FromSeconds(0.0001) + " " + TimeSpan.FromSeconds(1.23456789));
    }
}
