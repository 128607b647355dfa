using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 20000; i++)
        {
            sb.Append(i % 97).Append(',');
            if (i % 1000 == 999) sb.AppendLine();
        }
        var text = sb.ToString();
        Console.WriteLine(text.Length + " " + text.Split('\n').Length + " " + text.Substring(0, 40));
        int commas = 0;
        foreach (var c in text) if (c == ',') commas++;
        Console.WriteLine(commas);
        var words = new List<string>();
        for (int i = 0; i < 3000; i++) words.Add("w" + (i * 7919 % 1000).ToString("D4"));
        var joined = string.Join(" ", words);
        Console.WriteLine(joined.Length + " " + joined.Substring(joined.Length - 30));
        var upper = joined.ToUpperInvariant().Replace("W0", "#");
        Console.WriteLine(upper.Length + " " + upper.Substring(0, 30) + " " + upper.IndexOf("#999") + " " + upper.LastIndexOf("W1"));
        string s = "";
        for (int i = 0; i < 500; i++) s += (char)('a' + i % 26);
        Console.WriteLine(s.Length + " " + s.Substring(490));
        var html = new StringBuilder();
        html.Append("<table>");
        for (int r = 0; r < 50; r++)
        {
            html.Append("<tr>");
            for (int c = 0; c < 5; c++) html.Append("<td>").Append(r * c).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</table>");
        var page = html.ToString();
        Console.WriteLine(page.Length + " " + page.Substring(page.Length - 60));
        var counts = new Dictionary<string, int>();
        foreach (var w in joined.Split(' '))
            counts[w] = counts.TryGetValue(w, out var n) ? n + 1 : 1;
        Console.WriteLine(counts.Count + " " + counts["w0000"] + " " + counts["w0999"]);
        var reversed = new StringBuilder(s.Length);
        for (int i = s.Length - 1; i >= 0; i--) reversed.Append(s[i]);
        Console.WriteLine(reversed.ToString().Substring(0, 26));
        var padded = new StringBuilder();
        for (int i = 0; i < 10; i++) padded.Append(i.ToString().PadLeft(4, '0')).Append('|').Append(("x" + i).PadRight(5, '.'));
        Console.WriteLine(padded);
    }
}
