using System;
using System.Collections.Generic;

class Thing
{
    public override string ToString() => "a Thing";
}

class Program
{
    static void Main()
    {
        Console.WriteLine();
        Console.WriteLine("string");
        Console.WriteLine(42);
        Console.WriteLine(-7L);
        Console.WriteLine(3000000000u);
        Console.WriteLine(18446744073709551615UL);
        Console.WriteLine(1.5);
        Console.WriteLine(2.5f);
        Console.WriteLine(1.0);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('c');
        Console.WriteLine(new[] { 'a', 'r', 'r' });
        Console.WriteLine((object)"boxed string");
        Console.WriteLine((object)5);
        Console.WriteLine((object)'x');
        Console.WriteLine((object)2.0);
        Console.WriteLine(new Thing());
        Console.WriteLine((object?)null);
        Console.WriteLine((string?)null);
        Console.WriteLine(DayOfWeek.Tuesday);
        Console.WriteLine((byte)7);
        Console.WriteLine((short)-3);
        Console.WriteLine("{0} and {1}", "format", 2);
        Console.WriteLine("{0}{1}{2}", 1, 2, 3);
        Console.WriteLine("{0,5}|{1,-5}|{2:F1}|{3}", 1, 2, 3.14159, 'z');
        Console.Write("no newline ");
        Console.Write(1);
        Console.Write(' ');
        Console.Write(2.5);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write(new Thing());
        Console.Write(' ');
        Console.Write(10L);
        Console.Write(' ');
        Console.Write((object?)null);
        Console.Write("{0}-{1}", "a", "b");
        Console.Write('\n');
        Console.Write("multi\nline\n");
        Console.Write("tab\tseparated\n");
        Console.Out.WriteLine("via Console.Out");
        Console.Out.Write("Out.Write ");
        Console.Out.WriteLine(123);
        Console.WriteLine(new List<int>().Count);
        Console.WriteLine("unicode: é € 😀 \u00a0|");
        Console.WriteLine("trailing spaces   ");
        Console.WriteLine("");
        Console.WriteLine(string.Empty + "end");
    }
}
