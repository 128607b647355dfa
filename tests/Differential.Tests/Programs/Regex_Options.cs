using System;
using System.Text.RegularExpressions;

class Program
{
    static void Main()
    {
        Console.WriteLine(Regex.IsMatch("NGINX", "^nginx$", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.IsMatch("NGINX", "^nginx$"));
        var multi = "first line\nsecond line\nthird";
        Console.WriteLine(Regex.Matches(multi, "^\\w+", RegexOptions.Multiline).Count + " " + Regex.Matches(multi, "^\\w+").Count);
        Console.WriteLine(Regex.Matches(multi, "\\w+$", RegexOptions.Multiline).Count);
        Console.WriteLine(Regex.IsMatch("a\nb", "a.b") + " " + Regex.IsMatch("a\nb", "a.b", RegexOptions.Singleline));
        var commented = new Regex(@"
            ^(?<registry>[a-z0-9.-]+\.[a-z]+)   # a host with a dot
            /(?<repo>[a-z0-9/_-]+)              # the repository path
            (:(?<tag>[\w.-]+))?$                # an optional tag
        ", RegexOptions.IgnorePatternWhitespace);
        foreach (var image in new[] { "ghcr.io/owner/app:v1.2", "quay.io/coreos/etcd", "nohost/app:1" })
        {
            var m = commented.Match(image);
            Console.WriteLine(m.Success ? $"{m.Groups["registry"].Value} | {m.Groups["repo"].Value} | {(m.Groups["tag"].Success ? m.Groups["tag"].Value : "latest")}" : image + ": no");
        }
        var combined = new Regex("^content-(type|length)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var h in new[] { "Content-Type", "CONTENT-LENGTH", "Content-Encoding" })
            Console.WriteLine(h + " " + combined.IsMatch(h));
        var compiled = new Regex(@"\b(\w)(\w*)\b", RegexOptions.Compiled);
        Console.WriteLine(compiled.Replace("the quick brown fox", m => m.Groups[1].Value.ToUpper() + m.Groups[2].Value));
        Console.WriteLine(Regex.Replace("AbCaBc", "abc", "x", RegexOptions.IgnoreCase));
        Console.WriteLine(string.Join("|", Regex.Split("aXbxc", "x", RegexOptions.IgnoreCase)));
        try
        {
            Regex.IsMatch("x", "(unclosed");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("bad pattern -> ArgumentException");
        }
        Console.WriteLine(Regex.Match("ABC", "b", RegexOptions.IgnoreCase).Index);
    }
}
