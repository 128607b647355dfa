using System;
using System.Collections.Generic;
using System.Linq;

public sealed record Reading(string Sensor, double? Value, int? Quality, DateTime? At);

public static class Program
{
    public static void Main()
    {
        var readings = new List<Reading>
        {
            new("t1", 20.5, 3, new DateTime(2024, 1, 1)),
            new("t1", null, 1, null),
            new("t2", -3.25, null, new DateTime(2024, 1, 2)),
            new("t2", 7, 5, new DateTime(2024, 1, 3)),
            new("t3", null, null, null),
        };
        Console.WriteLine(readings.Sum(r => r.Value) + " " + readings.Average(r => r.Value) + " " + readings.Max(r => r.Value) + " " + readings.Min(r => r.Quality));
        Console.WriteLine(readings.Where(r => r.Sensor == "t3").Sum(r => r.Value) + "|" + readings.Where(r => r.Sensor == "t3").Average(r => r.Value) + "|" + readings.Where(r => r.Sensor == "t3").Max(r => r.Quality));
        foreach (var g in readings.GroupBy(r => r.Sensor))
            Console.WriteLine($"{g.Key}: sum={g.Sum(r => r.Value)} avg={g.Average(r => r.Value)?.ToString("F2") ?? "n/a"} q={g.Max(r => r.Quality)?.ToString() ?? "none"} last={g.Max(r => r.At)?.ToString("MM-dd") ?? "never"}");
        int? a = 5, b = null, c = 0;
        Console.WriteLine((a + b) + "|" + (a * 2) + "|" + (a > b) + "|" + (a < b) + "|" + (a == b) + "|" + (b == null) + "|" + (a != b) + "|" + (a / c is null));
        Console.WriteLine((b ?? 7) + " " + (a ?? 7) + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1) + " " + a.Value + " " + a.HasValue + " " + b.HasValue);
        bool? t = true, f = false, n = null;
        Console.WriteLine($"{t & n}|{f & n}|{t | n}|{f | n}|{t ^ n}|{!n}|{n == null}|{(n ?? false)}");
        double? dn = null;
        Console.WriteLine((dn + 1.5) + "|" + (dn ?? double.NaN) + "|" + ((double?)2.5 * 2) + "|" + (-(double?)3));
        var qs = readings.Select(r => r.Quality).ToList();
        Console.WriteLine(string.Join(",", qs) + " | " + string.Join(",", qs.OrderBy(q => q)) + " | " + string.Join(",", qs.OrderByDescending(q => q)) + " | " + qs.Count(q => q > 1) + " " + qs.Distinct().Count());
        Console.WriteLine(string.Join(",", qs.Where(q => q.HasValue).Select(q => q!.Value * 10)) + " " + qs.OfType<int>().Sum() + " " + qs.Contains(null) + " " + qs.IndexOf(null));
        var lookup = readings.ToDictionary(r => r.Sensor + r.At?.Day, r => r.Value);
        foreach (var kv in lookup) Console.WriteLine($"[{kv.Key}] = {(kv.Value.HasValue ? kv.Value.Value.ToString("0.0") : "null")}");
        long? big = long.MaxValue;
        Console.WriteLine(unchecked(big + 1) + " " + (big >> 60) + " " + (big & 0xFF) + " " + ~big);
        int? counter = null;
        counter++;
        Console.WriteLine(counter.HasValue + " " + counter);
        counter = 1;
        counter += 5;
        counter <<= 2;
        Console.WriteLine(counter);
        char? ch = 'x';
        Console.WriteLine(ch + " " + (ch == 'x') + " " + (char?)null + "|" + (ch.HasValue ? (int)ch.Value : -1));
        DayOfWeek? day = DayOfWeek.Friday;
        Console.WriteLine(day + " " + (day == DayOfWeek.Friday) + " " + (day > DayOfWeek.Monday) + " " + (int?)day);
        var pairs = new (string, int?)[] { ("a", 1), ("b", null) };
        Console.WriteLine(string.Join(";", pairs) + " " + pairs.Sum(p => p.Item2));
        Console.WriteLine(Nullable.Compare(a, b) + " " + Nullable.Equals(b, null));
        object boxedNull = b!;
        object boxedVal = a!;
        Console.WriteLine((boxedNull == null) + " " + boxedVal.GetType().Name + " " + (boxedVal is int) + " " + (boxedVal is int? ) + " " + (boxedVal is long));
        int? parsed = int.TryParse("12", out var p1) ? p1 : null;
        int? notParsed = int.TryParse("x", out var p2) ? p2 : null;
        Console.WriteLine(parsed + "|" + notParsed + "|" + (parsed + notParsed) + "|" + (parsed ?? notParsed ?? -1));
    }
}
