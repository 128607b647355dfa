using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class Program
{
    public static void Main()
    {
        var date = new Regex(@"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})");
        string text = "from 2024-01-05 to 2024-12-31, not 24-1-1";
        Console.WriteLine(date.Replace(text, "${d}/${m}/${y}"));
        Console.WriteLine(date.Replace(text, "$3.$2.$1"));
        Console.WriteLine(date.Replace(text, "[$0]"));
        Console.WriteLine(date.Replace(text, "[$&]"));
        Console.WriteLine(date.Replace(text, "<$`>", 1));
        Console.WriteLine(date.Replace(text, "<$'>", 1));
        Console.WriteLine(date.Replace(text, "$$1 $9 ${zz} $ ${y"));
        Console.WriteLine(date.Replace(text, "$+|$_", 1));
        Console.WriteLine(date.Replace(text, m => (int.Parse(m.Groups["m"].Value) * 2).ToString("D3")));
        Console.WriteLine(Regex.Replace("aaa", "a*", "-") + " " + Regex.Replace("abc", "", "|") + " " + Regex.Replace("a.b.c", @"\.", "$$"));
        Console.WriteLine(Regex.Replace("Hello World", @"(\w)(\w*)", m => m.Groups[2].Value + m.Groups[1].Value + "ay"));
        Console.WriteLine(Regex.Replace("camelCaseStringHere", "(?<!^)([A-Z])", "_$1").ToLowerInvariant());
        Console.WriteLine(Regex.Replace("  lots   of   space ", @"\s+", " ").Trim());
        Console.WriteLine(Regex.Replace("x1y22z333", @"\d+", m => $"[{m.Value.Length}@{m.Index}]"));
        Console.WriteLine(Regex.Replace("ABC abc", "b", "*", RegexOptions.IgnoreCase));
        var m1 = date.Match(text);
        while (m1.Success)
        {
            Console.WriteLine($"{m1.Value} at {m1.Index} len {m1.Length}: y={m1.Groups["y"].Value} m={m1.Groups[2]} groups={m1.Groups.Count} named={m1.Groups["y"].Name} idx={m1.Groups[1].Index}");
            m1 = m1.NextMatch();
        }
        var opt = Regex.Match("key=value; other", @"(\w+)=(\w+)?(;)?(x)?");
        Console.WriteLine(opt.Groups[4].Success + " '" + opt.Groups[4].Value + "' " + opt.Groups[4].Index + " " + opt.Groups[3].Success + " " + opt.Groups.Count);
        var reps = Regex.Match("abcabcabc", "(abc)+");
        Console.WriteLine(reps.Groups[1].Value + " " + reps.Groups[1].Index + " " + reps.Value);
        Console.WriteLine(string.Join("|", Regex.Split("a1b22c333d", @"\d+")) + " / " + string.Join("|", Regex.Split("a1b22c", @"(\d+)")) + " / " + string.Join("|", Regex.Split("", "x")) + " / " + string.Join("|", Regex.Split("abc", "")));
        Console.WriteLine(string.Join(";", Regex.Matches("The year 1999 and 2024 and 31337", @"\b\d{4}\b").Select(m => m.Value)) + " count=" + Regex.Matches("aaaa", "aa").Count);
        Console.WriteLine(Regex.IsMatch("HELLO", "^hello$", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("line1\nline2", "^line2$", RegexOptions.Multiline) + " " + Regex.IsMatch("a\nb", "a.b") + " " + Regex.IsMatch("a\nb", "a.b", RegexOptions.Singleline));
        Console.WriteLine(Regex.Match("price: $42.50!", @"\$(\d+)\.(\d\d)").Result("$2 cents and $1 dollars"));
        Console.WriteLine(Regex.Escape("a.b*c?(d)[e]{f}|g^h$ i\\j#k") + " " + Regex.Unescape(@"\.\*\t\x41"));
        var named = new Regex(@"(?<first>\w+)\s(?<word>\w+)");
        var nm = named.Match("alpha beta");
        Console.WriteLine(nm.Groups["word"].Value + " " + string.Join(",", named.GetGroupNames()) + " " + string.Join(",", date.GetGroupNumbers()));
        Console.WriteLine(Regex.Replace("2+3=5", @"(\d)\+(\d)", "$2+$1") + " " + Regex.Replace("tel: 555-1234", @"(?<area>\d{3})-(?<num>\d{4})", "${num}-${area}"));
        Console.WriteLine(Regex.Match("no digits", @"\d+").Success + " '" + Regex.Match("no digits", @"\d+").Value + "' " + Regex.Match("no digits", @"\d+").Index);
        Console.WriteLine(new Regex("o").Replace("foo boo zoo", "0", 2) + " " + new Regex("o").Replace("foo boo zoo", "0", 2, 5) + " " + new Regex("o").Match("foo", 2).Index);
        Console.WriteLine(Regex.Replace("ÄÖÜ äöü", @"\w", "x") + " " + Regex.IsMatch("é", @"^\w$") + " " + Regex.Matches("a1_b", @"\W").Count + " " + Regex.IsMatch("٣", @"\d"));
        try { Regex.Match("x", "(unclosed"); } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name); }
    }
}
