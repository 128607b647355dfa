using System;
using System.Collections.Generic;

class Program
{
    static int Parse(string s) => int.Parse(s);

    static void Main()
    {
        var totals = new List<int>();
        foreach (var s in new[] { "1", "22", "333" })
        {
            totals.Add(Parse(s));
            Console.WriteLine("parsed " + s);
        }
        Console.WriteLine("sum " + (totals[0] + totals[1] + totals[2]));
        Console.Write("partial line without newline, then ");
        Parse("forty-two");
        Console.WriteLine("never printed");
    }
}
