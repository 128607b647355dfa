using System;

class Program
{
    static void Main()
    {
        int n = 42;
        int neg = -7;
        double d = 3.14159;
        string name = "mirror";
        bool flag = true;
        char c = 'x';
        long big = 1234567890123L;
        string? none = null;
        Console.WriteLine($"n={n} neg={neg} d={d} name={name} flag={flag} c={c} big={big} none=[{none}]");
        Console.WriteLine($"[{n,6}] [{n,-6}] [{name,10}] [{name,-10}] [{flag,7}] [{c,3}]");
        Console.WriteLine($"[{n:D5}] [{neg:D5}] [{n:X}] [{n:x4}] [{255:X2}] [{big:X}]");
        Console.WriteLine($"[{d:F0}] [{d:F1}] [{d:F3}] [{d:F6}] [{-d:F2}] [{0.005:F2}] [{1.005:F2}]");
        Console.WriteLine($"[{1234567.891:N}] [{1234567.891:N0}] [{1234567.891:N3}] [{-1234.5:N1}] [{n:N}] [{big:N0}]");
        Console.WriteLine($"[{0.25:P}] [{0.25:P0}] [{0.12345:P2}] [{-0.5:P1}] [{1.0:P0}]");
        Console.WriteLine($"[{n,8:D4}] [{d,-10:F2}] [{0.75,8:P0}] [{123456,12:N0}]");
        Console.WriteLine($"{{braces}} {{{n}}} }}{{");
        Console.WriteLine($"expr {n * 2 + 1} {(flag ? "yes" : "no")} {name.ToUpper()} {name.Length}");
        Console.WriteLine($"{n}{n}{n}");
        Console.WriteLine($"nested {$"inner {n}"} done");
        Console.WriteLine($@"verbatim \n {name}");
        Console.WriteLine($"""raw "quotes" {name}""");
        Console.WriteLine($"[{n:0000}] [{d:0.00}] [{d:#.##}] [{1234.5:#,##0.0}] [{0.5:0%}]");
        Console.WriteLine($"[{n:G}] [{d:G}] [{1e21:G}] [{0.1 + 0.2:R}] [{1.5e-7}]");
        Console.WriteLine($"[{uint.MaxValue:X}] [{(byte)200:X}] [{(short)-1:X}] [{-1:X}]");
        Console.WriteLine($"[{'a',-3}] [{true,-6}|] [{null,4}]");
        object boxed = 12.5;
        Console.WriteLine($"boxed {boxed} {boxed,6} {boxed:F3}");
        DayOfWeek day = DayOfWeek.Friday;
        Console.WriteLine($"enum {day} {day,10} {(int)day}");
        for (int i = 0; i < 4; i++)
            Console.WriteLine($"|{i,3}|{i * i,-4}|{Math.Sqrt(i),8:F4}|");
        string s = $"{n}" + $"{d}";
        Console.WriteLine(s);
        Console.WriteLine(string.Format("{0:D3}-{1:X2}-{2,5:F1}", 7, 171, 2.25));
    }
}
