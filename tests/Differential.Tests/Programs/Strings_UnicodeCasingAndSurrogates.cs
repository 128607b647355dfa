using System;
using System.Linq;

class Program
{
    static string Codes(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4")));

    static void Main()
    {
        string[] samples = { "straße", "ΟΔΟΣ", "İstanbul", "ǅungla", "ﬁle", "Ǆ", "ŉ", "ÀÉÎõü", "ΣΑΣ σας", "ＡＢＣ", "ǈ" };
        foreach (var s in samples)
        {
            var up = s.ToUpperInvariant();
            var low = s.ToLowerInvariant();
            Console.WriteLine($"{s} | upper {up} ({up.Length}) [{Codes(up)}] | lower {low} ({low.Length}) [{Codes(low)}]");
        }
        foreach (var c in new[] { 'ß', 'ǅ', 'İ', 'ı', 'Σ', 'ς', 'é', 'ÿ', 'µ' })
            Console.WriteLine($"{c} U+{(int)c:X4} upper U+{(int)char.ToUpperInvariant(c):X4} lower U+{(int)char.ToLowerInvariant(c):X4}");
        string emoji = "a😀b🎉c";
        Console.WriteLine(emoji.Length + " " + emoji.IndexOf('b') + " " + emoji.IndexOf("🎉") + " " + emoji.Substring(1, 2) + " " + Codes(emoji.Substring(1, 1)));
        int codePoint = ((emoji[1] - 0xD800) << 10) + (emoji[2] - 0xDC00) + 0x10000;
        Console.WriteLine(char.IsSurrogate(emoji[1]) + " " + char.IsLetter(emoji[1]) + " " + char.IsHighSurrogate(emoji[1]) + " " + char.IsLowSurrogate(emoji[2]) + " " + codePoint.ToString("X"));
        int rocket = 0x1F680 - 0x10000;
        var built = new string(new[] { (char)(0xD800 + (rocket >> 10)), (char)(0xDC00 + (rocket & 0x3FF)) });
        Console.WriteLine(built + " " + built.Length + " " + Codes(built));
        Console.WriteLine(Codes(new string(emoji.Reverse().ToArray())));
        Console.WriteLine(string.CompareOrdinal("\uFFFF", "😀") > 0);
        Console.WriteLine(string.Compare("a😀", "a\uFFFF", StringComparison.Ordinal) < 0);
        Console.WriteLine("ÉCOLE".Equals("école", StringComparison.OrdinalIgnoreCase) + " " + "STRASSE".Equals("straße", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("ﬀ".ToUpperInvariant().Length + " " + "ǆ".ToUpperInvariant());
    }
}
