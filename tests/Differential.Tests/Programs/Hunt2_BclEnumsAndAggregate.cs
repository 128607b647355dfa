using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

enum Color { Red, Green }

public static class Program
{
    static async Task<int> Work(int n)
    {
        await Task.Delay(n);
        if (n % 2 == 1) throw new InvalidOperationException("odd " + n);
        return n;
    }

    public static async Task Main()
    {
        Console.WriteLine("== BCL enums print their names");
        var cmp = StringComparison.OrdinalIgnoreCase;
        Console.WriteLine(cmp + " " + $"{StringComparison.Ordinal}" + " " + MidpointRounding.AwayFromZero.ToString() + " " + DayOfWeek.Friday);
        var opts = RegexOptions.IgnoreCase | RegexOptions.Multiline;
        Console.WriteLine(opts + " | " + RegexOptions.None + " | " + (RegexOptions)3 + " | " + NumberStyles.HexNumber + " | " + NumberStyles.Float);
        Console.WriteLine($"{DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal} {StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries} {(StringComparison)42}");
        Console.WriteLine(string.Join(",", new[] { StringComparison.Ordinal, StringComparison.InvariantCulture }) + " " + DateTimeKind.Utc);
        Console.WriteLine($"{cmp,-22}|{cmp:D}|{opts:X}|{opts:G}");
        Console.WriteLine(cmp.Equals(StringComparison.OrdinalIgnoreCase) + " " + (cmp == StringComparison.Ordinal) + " " + ((int)cmp));
        var dict = new Dictionary<StringComparison, int> { [StringComparison.Ordinal] = 1, [StringComparison.CurrentCulture] = 2 };
        foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value + " " + kv);

        var c = Color.Green;
        Console.WriteLine(c.Equals(Color.Green) + " " + c.Equals((object)Color.Green) + " " + c.Equals(1) + " " + StringComparison.Ordinal.Equals(StringComparison.Ordinal) + " " + c.Equals(Color.Red));
        object boxed = c;
        Console.WriteLine(boxed.Equals(Color.Green) + " " + Equals(boxed, Color.Green) + " " + (boxed is Color) + " " + (boxed is StringComparison) + " " + ((object)cmp is StringComparison sc ? sc.ToString() : "no"));
        Console.WriteLine("== AggregateException");
        var agg = new AggregateException(new InvalidOperationException("first"), new ArgumentException("second"));
        Console.WriteLine(agg.Message);
        Console.WriteLine(agg.InnerExceptions.Count() + " " + agg.InnerException!.Message + " " + string.Join(";", agg.InnerExceptions.Select(e => e.GetType().Name)));
        var nested = new AggregateException("outer", new AggregateException(new FormatException("deep")), new ArgumentException("flat"));
        Console.WriteLine(nested.Message);
        Console.WriteLine(string.Join(";", nested.Flatten().InnerExceptions.Select(e => e.Message)));
        Console.WriteLine(new AggregateException().Message);

        Console.WriteLine("== awaiting several failures");
        var tasks = new List<Task<int>> { Work(40), Work(3), Work(60), Work(1) };
        try { var all = await Task.WhenAll(tasks); Console.WriteLine(all.Length); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        var completed = new List<int>();
        foreach (var t in tasks)
        {
            try { completed.Add(await t); }
            catch (InvalidOperationException e) { completed.Add(-1); Console.WriteLine("task failed: " + e.Message); }
        }
        Console.WriteLine(string.Join(",", completed));

        Console.WriteLine("== exception with a filter through await");
        try
        {
            await Work(5);
        }
        catch (Exception e) when (e.Message.EndsWith("5"))
        {
            Console.WriteLine("filtered " + e.GetType().FullName);
        }

        Console.WriteLine("== aggregate escapes Main");
        await Task.Delay(1);
        throw new AggregateException("batch failed", new InvalidOperationException("one"), new TimeoutException("two"));
    }
}
