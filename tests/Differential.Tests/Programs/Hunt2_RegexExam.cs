using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class Program
{
    static void Show(Match m)
    {
        Console.Write(m.Success ? $"match '{m.Value}' at {m.Index} len {m.Length}" : "no match");
        for (int g = 1; g < m.Groups.Count; g++)
            Console.Write($" | g{g}={(m.Groups[g].Success ? m.Groups[g].Value : "<fail>")}@{m.Groups[g].Index}");
        Console.WriteLine();
    }

    public static void Main()
    {
        var semver = new Regex(@"^v?(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?:-(?<pre>[0-9A-Za-z.-]+))?$");
        foreach (var s in new[] { "v1.2.3", "10.20", "1.2.3-rc.1", "1.x" })
        {
            var m = semver.Match(s);
            Console.WriteLine($"{s}: {m.Success} major={m.Groups["major"].Value} minor={m.Groups["minor"].Value} patch='{m.Groups["patch"].Value}' patchOk={m.Groups["patch"].Success} pre='{m.Groups["pre"]}' count={m.Groups.Count}");
        }
        Show(Regex.Match("key=value; other=thing", @"(\w+)=(\w+)"));
        Show(Regex.Match("abc", @"(x)?(b)"));
        Show(Regex.Match("nothing here", @"\d+"));
        var m2 = Regex.Match("a1b22c333", @"\d+");
        while (m2.Success) { Console.Write(m2.Value + ";"); m2 = m2.NextMatch(); }
        Console.WriteLine();
        var ms = Regex.Matches("The quick brown fox", @"\b(\w)(\w*)\b");
        Console.WriteLine(ms.Count + " " + string.Join(",", ms.Select(m => m.Groups[1].Value.ToUpper() + m.Groups[2].Value)));
        foreach (Match m in Regex.Matches("x=1,y=22", @"(?<k>\w)=(?<v>\d+)")) Console.WriteLine(m.Groups["k"] + "->" + m.Groups["v"].Value + " " + m.Groups[0].Value);
        Console.WriteLine(Regex.Matches("aaa", "a*").Count + " " + Regex.Matches("", "x*").Count);

        Console.WriteLine("== Replace");
        Console.WriteLine(Regex.Replace("John Smith", @"(\w+) (\w+)", "$2, $1"));
        Console.WriteLine(Regex.Replace("John Smith", @"(?<first>\w+) (?<last>\w+)", "${last}_${first} [$0] $$ $3"));
        Console.WriteLine(Regex.Replace("a-b-c", "-", "+", RegexOptions.None));
        Console.WriteLine(new Regex("o").Replace("foo boo", "0", 2));
        Console.WriteLine(Regex.Replace("price: 10 and 250", @"\d+", m => (int.Parse(m.Value) * 2).ToString()));
        Console.WriteLine(Regex.Replace("hello world", @"\b\w", m => m.Value.ToUpperInvariant()));
        Console.WriteLine(Regex.Replace("aaa", "a*", "X"));
        Console.WriteLine(Regex.Replace("abc", "", "-"));
        Console.WriteLine(Regex.Replace("x1y", @"(\d)", "$10"));
        Console.WriteLine(Regex.Replace("x1y", @"(\d)", "${1}0 $` $' $+ $_"));

        Console.WriteLine("== Split");
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c3", @"\d")));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c3", @"(\d)")));
        Console.WriteLine(string.Join("|", Regex.Split("one, two,three ,  four", @"\s*,\s*")));
        Console.WriteLine(string.Join("|", Regex.Split("abc", "")));
        Console.WriteLine(string.Join("|", Regex.Split("2024-01-15", @"(-)|(/)")));
        Console.WriteLine(string.Join("|", Regex.Split("a--b", "-")));

        Console.WriteLine("== Options");
        Console.WriteLine(Regex.IsMatch("HELLO", "hello") + " " + Regex.IsMatch("HELLO", "hello", RegexOptions.IgnoreCase));
        var text = "line one\nline two\r\nlast";
        Console.WriteLine(string.Join("|", Regex.Matches(text, @"^\w+", RegexOptions.Multiline).Select(m => m.Value)));
        Console.WriteLine(string.Join("|", Regex.Matches(text, @"\w+$", RegexOptions.Multiline).Select(m => m.Value)));
        Console.WriteLine(string.Join("|", Regex.Matches(text, @"\w+$").Select(m => m.Value)));
        Console.WriteLine(Regex.Match("a\nb", "a.b").Success + " " + Regex.Match("a\nb", "a.b", RegexOptions.Singleline).Success);
        Console.WriteLine(Regex.IsMatch("abc\n", "abc$") + " " + Regex.IsMatch("abc\n", @"abc\z") + " " + Regex.IsMatch("abc\n", @"abc\Z"));
        var ec = Regex.Match("2024-06", @"(\d+)-(?<m>\d+)", RegexOptions.ExplicitCapture);
        Console.WriteLine(ec.Groups.Count + " " + ec.Groups[1].Value + " " + ec.Groups["m"].Value);
        Console.WriteLine(Regex.Match("ab  cd", "ab # comment\n \\s+ cd", RegexOptions.IgnorePatternWhitespace).Success);

        Console.WriteLine("== lookarounds and classes");
        Console.WriteLine(Regex.Replace("1234567", @"\B(?=(\d{3})+(?!\d))", ","));
        Console.WriteLine(string.Join(",", Regex.Matches("price $5, cost $12, 7", @"(?<=\$)\d+").Select(m => m.Value)));
        Console.WriteLine(Regex.IsMatch("password1", @"^(?=.*\d)(?=.*[a-z]).{8,}$") + " " + Regex.IsMatch("password", @"^(?=.*\d).{8,}$"));
        Console.WriteLine(Regex.IsMatch("٣", @"^\d$") + " " + Regex.IsMatch("é", @"^\w$") + " " + Regex.IsMatch("ß", @"^\w$") + " " + Regex.IsMatch("\u00A0", @"^\s$"));
        Console.WriteLine(Regex.IsMatch("٣", @"^\d$", RegexOptions.ECMAScript) + " " + Regex.IsMatch("é", @"^[a-z]$", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.Match("aaa", "a+?").Value + " " + Regex.Match("<a><b>", "<.+>").Value + " " + Regex.Match("<a><b>", "<.+?>").Value);
        Console.WriteLine(Regex.Match("abab", @"(ab)\1").Success + " " + Regex.Match("xyxy", @"(?<p>xy)\k<p>").Success);
        Console.WriteLine(Regex.Escape("a.b*c(d)[e] f") + " " + Regex.Unescape(@"a\.b\tc"));
        Console.WriteLine(Regex.Match("foo.bar", @"\.").Index + " " + Regex.IsMatch("A", "[^a]", RegexOptions.IgnoreCase));
        var r = new Regex(@"(?<year>\d{4})-(?<month>\d{2})");
        Console.WriteLine(string.Join(",", r.GetGroupNames()) + " " + r.ToString() + " " + r.Match("on 2023-11").Groups["year"].Index);
        try { Regex.Match("x", "(unclosed"); }
        catch (ArgumentException e) { Console.WriteLine("bad pattern: " + e.GetType().Name); }
    }
}
