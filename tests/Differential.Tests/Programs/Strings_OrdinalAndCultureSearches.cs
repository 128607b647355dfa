using System;

// Searches with a constant ordinal comparison (or a char) take the ordinal runtime helpers; the others keep the
// culture-aware ones. Both must agree with .NET, checks and exceptions included.
class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + " " + e.Message); }
    }

    static void Main()
    {
        var s = "Hello, World/v2/path";
        StringComparison dynamicComparison = s.Length > 50 ? StringComparison.CurrentCulture : StringComparison.Ordinal;
        Try("sw-ord", () => s.StartsWith("Hello", StringComparison.Ordinal));
        Try("sw-char", () => s.StartsWith('H'));
        Try("sw-cult", () => s.StartsWith("hello"));
        Try("sw-ic", () => s.StartsWith("hello", StringComparison.OrdinalIgnoreCase));
        Try("sw-dyn", () => s.StartsWith("Hello", dynamicComparison));
        Try("ew-ord", () => s.EndsWith("path", StringComparison.Ordinal) + " " + s.EndsWith('h') + " " + "".EndsWith('h'));
        Try("io-char", () => s.IndexOf('/') + " " + s.IndexOf('/', 13) + " " + s.IndexOf('o', 0, 4));
        Try("io-ord", () => s.IndexOf("/v2/", StringComparison.Ordinal) + " " + s.IndexOf("", StringComparison.Ordinal) + " " + s.IndexOf("zz", 3, StringComparison.Ordinal));
        Try("io-cult", () => s.IndexOf("world") + " " + s.IndexOf("World"));
        Try("lio-char", () => s.LastIndexOf('/') + " " + s.LastIndexOf('o', 5) + " " + s.LastIndexOf('o', 5, 2) + " " + "".LastIndexOf('x'));
        Try("lio-ord", () => s.LastIndexOf("/", StringComparison.Ordinal) + " " + s.LastIndexOf("", StringComparison.Ordinal) + " " + "".LastIndexOf("", StringComparison.Ordinal));
        Try("lio-cult", () => s.LastIndexOf("o") + " " + s.LastIndexOf("/v2", s.Length));
        Try("io-range", () => s.IndexOf('x', 99));
        Try("io-null", () => s.IndexOf((string)null!, StringComparison.Ordinal));
        Try("sw-null", () => s.StartsWith((string)null!, StringComparison.Ordinal));
        Try("lio-range", () => s.LastIndexOf('o', 99));
        Try("lio-count", () => s.LastIndexOf("o", 3, 9, StringComparison.Ordinal));
        string? nothing = null;
        Try("null-recv", () => nothing!.StartsWith("a", StringComparison.Ordinal));
        Try("soft-hyphen", () => "a\u00ADb".StartsWith("ab") + " " + "a\u00ADb".StartsWith("ab", StringComparison.Ordinal) + " " + "a\u00ADb".IndexOf("b") + " " + "a\u00ADb".IndexOf("ab", StringComparison.Ordinal));
    }
}
