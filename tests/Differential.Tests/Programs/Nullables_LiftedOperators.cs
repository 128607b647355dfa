using System;
using System.Collections.Generic;

class Program
{
    static string Show(int? x) => x.HasValue ? x.Value.ToString() : "null";
    static string ShowB(bool? x) => x.HasValue ? x.Value.ToString() : "null";

    static void Main()
    {
        int? a = 5, b = null, c = 0;
        Console.WriteLine(Show(a + 1) + " " + Show(a + b) + " " + Show(b * 2) + " " + Show(-a) + " " + Show(-b));
        Console.WriteLine(Show(a / 2) + " " + Show(a % 3) + " " + Show(a << 2) + " " + Show(b >> 1) + " " + Show(~a));
        Console.WriteLine((a > 3) + " " + (b > 3) + " " + (b < 3) + " " + (b == null) + " " + (a == 5) + " " + (b != 5) + " " + (b == b));
        Console.WriteLine((a >= 5) + " " + (b <= 0) + " " + (c == 0));
        Console.WriteLine(a.GetValueOrDefault() + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        Console.WriteLine(a.HasValue + " " + b.HasValue);
        Console.WriteLine(a ?? 0);
        Console.WriteLine(b ?? 99);
        Console.WriteLine($"[{a}] [{b}]");
        Console.WriteLine("concat " + b + "|" + a);
        try
        {
            Console.WriteLine(b.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        int? x = null;
        x++;
        Console.WriteLine(Show(x));
        x = 1;
        x++;
        x += 10;
        x *= null;
        Console.WriteLine(Show(x));

        bool? t = true, f = false, n = null;
        Console.WriteLine(ShowB(t & n) + " " + ShowB(f & n) + " " + ShowB(t | n) + " " + ShowB(f | n) + " " + ShowB(n ^ t) + " " + ShowB(!n) + " " + ShowB(!t));
        Console.WriteLine(n == true ? "yes" : "no or null");
        Console.WriteLine(t == true ? "yes" : "no");
        if (n != true) Console.WriteLine("null is not true");

        double? d = 2.5;
        double? dn = null;
        Console.WriteLine((d * 2) + " " + (d + dn == null) + " " + (d > 1.0));
        long? l = long.MaxValue;
        Console.WriteLine(l + 1);
        DayOfWeek? day = DayOfWeek.Monday;
        Console.WriteLine(day + " " + (day == DayOfWeek.Monday));
        char? ch = 'q';
        Console.WriteLine(ch);
        Console.WriteLine((int?)ch + 1);

        var list = new List<int?> { 3, null, 1, null, 2 };
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        int sum = 0;
        foreach (var item in list) sum += item ?? 100;
        Console.WriteLine(sum);
        object boxed = a;
        Console.WriteLine(boxed is int i ? "boxed int " + i : "not int");
        object? boxedNull = b;
        Console.WriteLine(boxedNull == null);
        int? fromParse = int.TryParse("12", out var v) ? v : null;
        Console.WriteLine(fromParse);
        int? cmp1 = 3, cmp2 = 3;
        Console.WriteLine(cmp1 == cmp2);
        Console.WriteLine(cmp1.Equals(cmp2));
    }
}
