using System;

// Ordinal searches and splits with a constant char or non-empty string and no start, count or options
// compile to JavaScript's own string methods; these are the cases where .NET's rules and JS's could part:
// empty and edge strings, surrogate halves, repeated and trailing separators, null receivers.
class Program
{
    static string Show(string[] parts) => parts.Length + ":[" + Escape(string.Join("|", parts)) + "]";

    // Surrogate halves printed as escapes: the harness compares text, and a lone half is no text.
    static string Escape(string s)
    {
        var b = new System.Text.StringBuilder();
        foreach (var c in s) b.Append(char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4") : c.ToString());
        return b.ToString();
    }

    static string Null() => null;

    static void Main()
    {
        foreach (var s in new[] { "", "a", "a/b//c/", "/v2/library/alpine", "sha256:abc", "x\uD83D\uDE00y", "\uD800lone", "::", "repository(x)" })
        {
            Console.WriteLine($"[{s.Length}] indexOf ':' {s.IndexOf(':')} '/' {s.IndexOf('/')} \"//\" {s.IndexOf("//", StringComparison.Ordinal)} from0 {s.IndexOf("b", 0, StringComparison.Ordinal)}");
            Console.WriteLine($"  last ':' {s.LastIndexOf(':')} '/' {s.LastIndexOf('/')} surrogate {s.IndexOf('\uDE00')} {s.LastIndexOf('\uD800')}");
            Console.WriteLine($"  starts '/' {s.StartsWith('/')} \"/v2/\" {s.StartsWith("/v2/", StringComparison.Ordinal)} \"sha\" {s.StartsWith("sha", StringComparison.Ordinal)} high half {s.StartsWith('\uD800')}");
            Console.WriteLine($"  ends '/' {s.EndsWith('/')} \")\" {s.EndsWith(")", StringComparison.Ordinal)} \"y\" {s.EndsWith("y", StringComparison.Ordinal)}");
            Console.WriteLine($"  split '/' {Show(s.Split('/'))} \"//\" {Show(s.Split("//"))} ':' {Show(s.Split(':', StringSplitOptions.None))} params {Show(s.Split(new[] { '/' }))}");
        }

        try
        {
            Console.WriteLine(Null().StartsWith("x", StringComparison.Ordinal));
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("StartsWith on null: " + e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(Show(Null().Split(',')));
        }
        catch (Exception e)
        {
            Console.WriteLine("Split on null: " + e.GetType().FullName);
        }
        try
        {
            Console.WriteLine(Null().IndexOf(':'));
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("IndexOf on null: NullReferenceException");
        }

        // Not constant enough to be native: start indexes, options, null values keep .NET's checks.
        var text = "a,b,,c";
        Console.WriteLine(text.IndexOf(',', 2) + " " + Show(text.Split(',', StringSplitOptions.RemoveEmptyEntries)) + " " + Show(text.Split(',', 2)));
        try
        {
            Console.WriteLine(text.IndexOf(Null(), StringComparison.Ordinal));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null value: " + e.Message);
        }
    }
}
