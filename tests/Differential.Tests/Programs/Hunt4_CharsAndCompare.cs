using System;
using System.Globalization;

public static class Program
{
    public static void Main()
    {
        foreach (var c in new[] { '5', 'a', '½', '٣', 'Ⅻ', '²', 'x' })
            Console.WriteLine((int)c + " " + char.GetNumericValue(c) + " " + char.IsDigit(c) + " " + char.IsNumber(c) + " " + char.IsLetterOrDigit(c));
        foreach (var c in new[] { 'é', 'ß', 'Ω', 'ж', 'ǅ', '!', '¿', '-', '_', '(', '«', '§', '$', '+', ' ', '\u00A0', '\t' })
            Console.WriteLine((int)c + " " + char.ToUpperInvariant(c) + char.ToLowerInvariant(c) + " " + char.IsLetter(c) + char.IsUpper(c) + char.IsLower(c) + char.IsPunctuation(c) + char.IsSymbol(c) + char.IsWhiteSpace(c) + char.IsSeparator(c) + char.IsControl(c));
        Console.WriteLine(char.IsLetterOrDigit("a1!", 2) + " " + char.IsSurrogate('\uD83D') + " " + char.IsHighSurrogate('\uD83D'));
        Console.WriteLine("Straße".ToUpperInvariant() + " " + "ÉCOLE".ToLowerInvariant());
        Console.WriteLine(string.Compare("apple", "APPLE", true) + " " + string.Compare("apple", "APPLE", StringComparison.OrdinalIgnoreCase) + " " + Math.Sign(string.Compare("apple", "APPLE", StringComparison.Ordinal)));
        Console.WriteLine(string.Compare("a", "B", StringComparison.OrdinalIgnoreCase) + " " + Math.Sign(string.Compare("a", "B", StringComparison.Ordinal)) + " " + Math.Sign(string.CompareOrdinal("abc", "abd")));
        Console.WriteLine(string.Equals("ÉCOLE", "école", StringComparison.OrdinalIgnoreCase) + " " + "Hello".Equals("hELLO", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Hello World".IndexOf("WORLD", StringComparison.OrdinalIgnoreCase) + " " + "Hello".StartsWith("HE", StringComparison.OrdinalIgnoreCase) + " " + "Hello".EndsWith("LO", StringComparison.Ordinal));
        Console.WriteLine("a-b_c".Contains("B_", StringComparison.OrdinalIgnoreCase) + " " + "abcABC".Replace("b", "x", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Compare("abc", 1, "xbcd", 1, 2, StringComparison.Ordinal) + " " + Math.Sign(string.Compare(null, "a", StringComparison.Ordinal)) + " " + string.Compare(null, null, StringComparison.Ordinal));
        Console.WriteLine(char.ToUpperInvariant('i') + " " + char.IsAscii('é') + " " + char.IsAsciiDigit('7') + " " + char.IsAsciiLetter('Z') + " " + char.IsAsciiHexDigit('f'));
        Console.WriteLine(char.Parse("q") + " " + char.MaxValue.CompareTo('a') + " " + 'a'.CompareTo('b'));
    }
}
