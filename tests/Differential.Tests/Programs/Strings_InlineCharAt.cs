using System;

// The string indexer is emitted inline (charCodeAt behind a bounds check): the receiver and the index
// are each evaluated once, and a bad index or a null string fails as .NET's does.
class Program
{
    static int calls;
    static int Next(int i) { calls++; return i; }
    static string Pick(string s) { calls++; return s; }

    static void Try(string label, Func<char> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (IndexOutOfRangeException e) { Console.WriteLine(label + ": " + e.GetType().Name + " " + e.Message); }
        catch (NullReferenceException e) { Console.WriteLine(label + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        var s = "hello";
        var i = 1;
        Try("s[i]", () => s[i]);
        Try("s[i + 3]", () => s[i + 3]);
        Try("s[0]", () => s[0]);
        Try("s[^1]", () => s[^1]);
        Try("s[5]", () => s[5]);
        Try("s[-1]", () => s[i - 2]);
        Try("s[int.MinValue]", () => s[int.MinValue]);
        Try("Pick(s)[Next(2)]", () => Pick(s)[Next(2)]);
        Console.WriteLine("calls " + calls);
        Try("Pick(s)[Next(9)]", () => Pick(s)[Next(9)]);
        Console.WriteLine("calls " + calls);
        string? none = null;
        Try("null[0]", () => none![0]);
        var sum = 0;
        for (var k = 0; k < s.Length; k++) sum += s[k];
        Console.WriteLine("sum " + sum + " " + (s[1] == 'e') + " " + (int)"\uD83D\uDE00"[1]);
    }
}
