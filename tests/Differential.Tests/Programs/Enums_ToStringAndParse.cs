using System;
using System.Collections.Generic;

enum Color { Red, Green, Blue }
enum Status { Unknown = -1, Ok = 200, NotFound = 404, TooMany = 429 }
enum Small : byte { A = 1, B = 2, C = 250 }

class Program
{
    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine(c);
        Console.WriteLine(c.ToString());
        Console.WriteLine((int)c);
        Console.WriteLine($"{c} {Color.Blue} {(Color)0}");
        Console.WriteLine("concat " + Color.Red);
        Console.WriteLine((Color)7);
        Console.WriteLine((Status)429);
        Console.WriteLine(Status.Unknown + " " + (int)Status.Unknown);
        Console.WriteLine(Small.C + " " + (byte)Small.C);
        c++;
        Console.WriteLine(c);
        c++;
        Console.WriteLine(c);
        Console.WriteLine(Color.Red < Color.Blue);
        Console.WriteLine(Color.Blue - Color.Red);
        Console.WriteLine(Color.Red + 2);
        Console.WriteLine(default(Color));
        Console.WriteLine(c.Equals(Color.Blue));
        object boxed = Status.NotFound;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed is Status);
        Console.WriteLine(boxed is Status.NotFound);

        Console.WriteLine(Enum.Parse<Color>("Blue"));
        Console.WriteLine(Enum.Parse<Status>("notfound", ignoreCase: true));
        Console.WriteLine((Color)Enum.Parse(typeof(Color), "Red"));
        Console.WriteLine(Enum.Parse<Color>("1"));
        Console.WriteLine(Enum.TryParse<Color>("Purple", out var purple) + " " + purple);
        Console.WriteLine(Enum.TryParse<Color>("green", out var g1) + " " + g1);
        Console.WriteLine(Enum.TryParse<Color>("green", true, out var g2) + " " + g2);
        Console.WriteLine(Enum.TryParse("TooMany", out Status s) + " " + (int)s);
        try
        {
            Enum.Parse<Color>("Purple");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        Console.WriteLine(string.Join(",", Enum.GetNames<Color>()));
        foreach (var value in Enum.GetValues<Status>())
            Console.WriteLine($"{value} = {(int)value}");
        Console.WriteLine(Enum.IsDefined(typeof(Color), 2) + " " + Enum.IsDefined(typeof(Color), 3));
        Console.WriteLine(Enum.GetName(typeof(Status), 404));

        var counts = new Dictionary<Color, int> { [Color.Red] = 1, [Color.Blue] = 3 };
        counts[Color.Red]++;
        foreach (var kv in counts) Console.WriteLine(kv.Key + ":" + kv.Value);
        string Describe(Status st) => st switch
        {
            Status.Ok => "fine",
            Status.TooMany => "slow down",
            >= Status.NotFound => "client error",
            _ => "other",
        };
        foreach (var st in new[] { Status.Ok, Status.NotFound, Status.TooMany, Status.Unknown, (Status)500 })
            Console.WriteLine(st + " -> " + Describe(st));
        Console.WriteLine(nameof(Color.Green));
        Console.WriteLine(typeof(Color).Name);
    }
}
