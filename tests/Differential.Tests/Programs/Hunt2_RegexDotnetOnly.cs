using System;
using System.Linq;
using System.Text.RegularExpressions;

public static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().Name); }
    }

    // Not here, because cs2js rejects them at compile time (CS2JS0029): class subtraction, \G, balancing groups, RightToLeft.
    public static void Main()
    {
        // .NET numbers unnamed groups first, then named ones
        var m = Regex.Match("key:42", @"(?<name>\w+):(\d+)");
        Console.WriteLine(m.Groups[1].Value + " " + m.Groups[2].Value + " " + m.Groups["name"].Value + " " + m.Groups.Count);
        Console.WriteLine(Regex.Replace("key:42", @"(?<name>\w+):(\d+)", "$1=$2 ${name}"));
        var r = new Regex(@"(?<y>\d{4})-(\d\d)-(?<d>\d\d)");
        Console.WriteLine(string.Join(",", r.GetGroupNames()) + " " + string.Join(",", r.GetGroupNumbers()));
        var m2 = r.Match("2024-05-06");
        Console.WriteLine(string.Join("|", m2.Groups.Cast<Group>().Select(g => g.Name + "=" + g.Value)));
        Console.WriteLine(m2.Groups["y"].Name + " " + m2.Groups[3].Value);
        Console.WriteLine(Regex.Match("ABC", "(?i)abc").Success + " " + Regex.Match("ABC", "a(?i)bc").Success + " " + Regex.Match("aBC", "a(?i:b)C").Success);
        Console.WriteLine(Regex.Match("aaab", "(?>a+)b").Success + " " + Regex.Match("aaa", "(?>a+)a").Success);
        Console.WriteLine(Regex.Match("x\nabc", @"\Aabc", RegexOptions.Multiline).Success + " " + Regex.Match("abc\n", @"abc\Z").Success);
        Console.WriteLine(Regex.Replace("Hello World", @"(?<first>\w)(\w*)", m3 => m3.Groups["first"].Value.ToLower() + m3.Groups[1].Value.ToUpper()));
        var caps = Regex.Match("abc", @"(\w)+");
        Console.WriteLine(caps.Groups[1].Value);
        Console.WriteLine(Regex.IsMatch("I", @"^\p{Lu}$") + " " + Regex.IsMatch("5", @"^\p{N}$") + " " + Regex.IsMatch("a", @"^\P{L}$"));
        Console.WriteLine(Regex.Replace("tab\there", @"\s", "_") + " " + Regex.IsMatch("\u0085", @"\s") + " " + Regex.IsMatch("\u200B", @"\s") + " " + Regex.IsMatch("\uFEFF", @"\s") + " " + Regex.IsMatch("\u0085", @"[\s]") + " " + Regex.Replace("a\u00A0b\u0085c\uFEFFd", @"\S+", "<$0>") + " " + Regex.IsMatch("\x07\x1B", @"^\a[\e]$"));
        Console.WriteLine(Regex.Match("Straße", "STRASSE", RegexOptions.IgnoreCase).Success);
        Try("bad escape in class", () => Regex.IsMatch("a", @"[\q]"));
        Try("escaped punctuation", () => Regex.IsMatch("a.b-c", @"^a\.b\-c$") + " " + Regex.IsMatch("#", @"\#"));
        Try("bad escape", () => Regex.IsMatch("a", @"\q"));
        Try("bad quantifier", () => Regex.IsMatch("a", "*a"));
    }
}
