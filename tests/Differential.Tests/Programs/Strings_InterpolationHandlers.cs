using System;
using System.Text;

// Interpolated strings that C# binds to a handler (StringBuilder.Append/AppendLine) format as string interpolation does.
class Program
{
    enum Color { Red, Green }

    static void Main()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 4; i++)
            sb.Append($"{i * 3,6} | {i % 7:D3} | {i / 3.0:F2} | {i,-3}|").Append('\n');
        var name = "edge";
        double? maybe = null;
        sb.AppendLine($"{name}:{name.Length:X4} {Color.Green} {Color.Red:D} {'c'} {true} {maybe} {1.5f}");
        sb.AppendLine($"plain");
        sb.Append($"{255:x} {-42,5:D4} {0.125:P1}" + $" and {name.ToUpper()}");
        Console.WriteLine(sb.ToString());
    }
}
