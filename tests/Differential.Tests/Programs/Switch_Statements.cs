using System;

class Program
{
    static string Classify(int n)
    {
        switch (n)
        {
            case 0:
                return "zero";
            case 1:
            case 2:
            case 3:
                return "small";
            case 4:
                {
                    var s = "four";
                    return s + "!";
                }
            default:
                return n < 0 ? "negative" : "large";
        }
    }

    static string Method(string verb)
    {
        string result = "";
        switch (verb.ToUpperInvariant())
        {
            case "GET":
            case "HEAD":
                result = "read";
                break;
            case "PUT":
            case "POST":
            case "PATCH":
                result = "write";
                break;
            case "DELETE":
                result = "delete";
                break;
            case "":
                result = "empty";
                break;
            default:
                result = "unknown(" + verb + ")";
                break;
        }
        return result;
    }

    static void Main()
    {
        for (int i = -2; i <= 5; i++) Console.Write(Classify(i) + " ");
        Console.WriteLine(Classify(100));
        foreach (var v in new[] { "get", "Head", "PUT", "delete", "", "OPTIONS" })
            Console.WriteLine(v + " -> " + Method(v));

        char grade = 'B';
        switch (grade)
        {
            case 'A': Console.WriteLine("excellent"); break;
            case 'B':
            case 'C': Console.WriteLine("good"); break;
            default: Console.WriteLine("other"); break;
        }

        long big = 5000000000;
        switch (big)
        {
            case 5000000000: Console.WriteLine("five billion"); break;
            default: Console.WriteLine("?"); break;
        }

        object o = 3.5;
        switch (o)
        {
            case int i:
                Console.WriteLine("int " + i);
                break;
            case double d when d > 3:
                Console.WriteLine("big double " + d);
                break;
            case double d:
                Console.WriteLine("double " + d);
                break;
            case null:
                Console.WriteLine("null");
                break;
        }

        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            switch (i % 3)
            {
                case 0: continue;
                case 1: total += i; break;
                default: total += 100; break;
            }
            total++;
        }
        Console.WriteLine(total);

        string? maybe = null;
        switch (maybe)
        {
            case "x": Console.WriteLine("x"); break;
            case null: Console.WriteLine("was null"); break;
        }
        bool flag = false;
        switch (flag)
        {
            case true: Console.WriteLine("T"); break;
            case false: Console.WriteLine("F"); break;
        }
        DayOfWeek day = DayOfWeek.Saturday;
        switch (day)
        {
            case DayOfWeek.Saturday:
            case DayOfWeek.Sunday:
                Console.WriteLine("weekend");
                break;
            default:
                Console.WriteLine("weekday");
                break;
        }
    }
}
