using System;

class Program
{
    static string Flags(char c) =>
        (char.IsDigit(c) ? "D" : "-") +
        (char.IsLetter(c) ? "L" : "-") +
        (char.IsLetterOrDigit(c) ? "A" : "-") +
        (char.IsWhiteSpace(c) ? "W" : "-") +
        (char.IsUpper(c) ? "U" : "-") +
        (char.IsLower(c) ? "l" : "-") +
        (char.IsPunctuation(c) ? "P" : "-") +
        (char.IsControl(c) ? "C" : "-") +
        (char.IsSymbol(c) ? "S" : "-") +
        (char.IsSeparator(c) ? "s" : "-") +
        (char.IsAsciiDigit(c) ? "d" : "-") +
        (char.IsAsciiHexDigit(c) ? "x" : "-") +
        (char.IsAsciiLetter(c) ? "a" : "-");

    static void Main()
    {
        string samples = "aZ09 \t\n.,;!?-_()[]{}+=<>$^`~|@#%&*/\\\"'\r\u00a0\u00e9\u00c9\u00df\u4e2d\u2028\u0660";
        foreach (var c in samples)
            Console.WriteLine(((int)c).ToString("X4") + " " + Flags(c));

        Console.WriteLine(char.IsDigit("a1b", 1));
        Console.WriteLine(char.IsLetter("a1b", 1));
        Console.WriteLine(char.IsWhiteSpace("a b", 1));
        Console.WriteLine(char.ToUpper('\u00e9'));
        Console.WriteLine(char.ToLower('\u00c9'));
        Console.WriteLine(char.ToUpperInvariant('z'));
        Console.WriteLine(char.ToLowerInvariant('Z'));
        Console.WriteLine(char.IsSurrogate('\ud83d'));
        Console.WriteLine(char.IsHighSurrogate('\ud83d'));
        Console.WriteLine(char.IsLowSurrogate('\ude00'));
        Console.WriteLine(char.Parse("x"));

        int digits = 0, letters = 0, spaces = 0, other = 0;
        foreach (var c in "Docker Hub 429: Too Many Requests (retry in 60s)!")
        {
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
            else if (char.IsWhiteSpace(c)) spaces++;
            else other++;
        }
        Console.WriteLine($"digits={digits} letters={letters} spaces={spaces} other={other}");
    }
}
