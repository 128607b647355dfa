using System;
using System.Linq;

class Program
{
    static void Main()
    {
        var divisors = new[] { 5, 2, 1, 0, 4 };
        var quotients = divisors.Select(d => 100 / d);
        Console.WriteLine("query built lazily");
        foreach (var q in quotients)
            Console.WriteLine("quotient " + q);
        Console.WriteLine("never printed");
    }
}
