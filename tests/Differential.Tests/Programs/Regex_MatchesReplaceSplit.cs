using System;
using System.Linq;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        var text = "pulls: nginx=120, redis=45, alpine=7; total 172";
        var matches = Regex.Matches(text, @"(?<name>[a-z]+)=(?<count>\d+)");
        Console.WriteLine(matches.Count);
        foreach (Match m in matches)
            Console.WriteLine($"{m.Index}:{m.Value} {m.Groups["name"].Value} {int.Parse(m.Groups["count"].Value) * 2}");
        Console.WriteLine(string.Join("|", matches.Select(m => m.Groups[1].Value)));
        Console.WriteLine(Regex.Matches("no numbers", @"\d").Count);
        Console.WriteLine(string.Join(",", Regex.Matches("a1b22c333", @"\d+").Select(m => m.Value)));
        Console.WriteLine(Regex.Matches("aaaa", "aa").Count + " " + Regex.Matches("abc", "").Count);

        Console.WriteLine(Regex.Replace("hello   world  !", @"\s+", " "));
        Console.WriteLine(Regex.Replace("2024-01-05", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1"));
        Console.WriteLine(Regex.Replace("2024-01-05", @"(?<y>\d+)-(?<m>\d+)-(?<d>\d+)", "${d}.${m}.${y}"));
        Console.WriteLine(Regex.Replace("a.b.c", @"\.", "$$"));
        Console.WriteLine(Regex.Replace("abc", "b", "[$0]"));
        Console.WriteLine(Regex.Replace("CamelCaseString", "(?<!^)([A-Z])", "-$1").ToLower());
        Console.WriteLine(Regex.Replace("price 10 and 25", @"\d+", m => (int.Parse(m.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("x-y-z", "-", "+", RegexOptions.None));
        var r = new Regex("o");
        Console.WriteLine(r.Replace("foo boo", "0") + " " + r.Replace("foo boo", "0", 2));
        Console.WriteLine(Regex.Replace("Token abc.def.ghi", @"(?<=Token )\S+", "***"));
        Console.WriteLine(Regex.Replace("tabs\tand\nnewlines", @"[\t\n]", "_"));

        Console.WriteLine(string.Join("|", Regex.Split("a, b;c  ,d", @"[,;]\s*")));
        Console.WriteLine(string.Join("|", Regex.Split("one1two22three", @"\d+")));
        Console.WriteLine(string.Join("|", Regex.Split("a-b-c", "(-)")));
        Console.WriteLine(string.Join("|", Regex.Split("", ",")) + " " + Regex.Split("", ",").Length);
        Console.WriteLine(string.Join("|", Regex.Split("abc", "")));
        Console.WriteLine(string.Join("|", new Regex(@"\s+").Split("  lead trail  ")));
        var link = "<https://r.io/v2/x/tags/list?n=2&last=b>; rel=\"next\"";
        var lm = Regex.Match(link, "<(?<url>[^>]+)>;\\s*rel=\"(?<rel>\\w+)\"");
        Console.WriteLine(lm.Groups["url"].Value + " " + lm.Groups["rel"].Value);
    }
}
