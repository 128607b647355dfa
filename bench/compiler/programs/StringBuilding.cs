using System;
using System.Text;

// CPU-bound benchmark: heavy string building (StringBuilder appends, interpolation, number formatting, Replace, Split).
public static class Program
{
    public static void Main()
    {
        long total = 0;
        var last = "";
        for (var round = 0; round < 20; round++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 20000; i++)
            {
                text.Append("line ").Append(i).Append(": ");
                text.Append($"{i * 3,6} | {i % 7:D3} | {i / 3.0:F2}");
                text.Append('\n');
            }
            var built = text.ToString().Replace(" | ", ";");
            var lines = built.Split('\n');
            total += built.Length + lines.Length;
            last = lines[lines.Length - 2];
        }
        Console.WriteLine(total);
        Console.WriteLine(last);
    }
}
