using System;
using System.Linq;
using System.Text;

public static class Program
{
    public static void Main()
    {
        string csv = " a , ,b,, c ,";
        Console.WriteLine(string.Join("|", csv.Split(',')));
        Console.WriteLine(string.Join("|", csv.Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(string.Join("|", csv.Split(',', StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join("|", csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Console.WriteLine(string.Join("|", "a-b_c-d".Split(new[] { '-', '_' }, 2)));
        Console.WriteLine(string.Join("|", "one::two::::three".Split("::")) + " " + "x".Split(',').Length + " " + "".Split(',').Length + " " + "".Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Join("|", "a b\tc\n d".Split()) + " " + string.Join("|", "a, b; c".Split(new[] { ", ", "; " }, StringSplitOptions.None)));
        Console.WriteLine("7".PadLeft(3, '0') + " " + "ab".PadRight(5, '.') + "|" + "abcdef".PadLeft(3) + " " + "xx".PadLeft(0));
        Console.WriteLine("--==hello==--".Trim('-', '=') + " " + "xxhixx".TrimStart('x') + " " + "xxhixx".TrimEnd('x') + " " + "  sp  ".TrimEnd() + "|");
        Console.WriteLine("hello world".IndexOfAny(new[] { 'o', 'w' }) + " " + "hello world".LastIndexOfAny(new[] { 'o', 'l' }) + " " + "hello".LastIndexOf('l', 2) + " " + "hello".IndexOf('l', 3) + " " + "hello".IndexOf("", 2) + " " + "abcabc".LastIndexOf("bc"));
        try { "abc".Substring(2, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " " + e.Message); }
        try { "abc".Substring(4); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + " " + e.Message); }
        Console.WriteLine(string.Join(",", new object?[] { 1, null, "x", 2.5, 'c', true }) + " " + string.Concat(new object?[] { null, 1, "a" }) + " " + string.Join<int>("-", new[] { 3, 4 }));
        Console.WriteLine("Hello".Insert(2, "__") + " " + "Hello".Remove(1, 3) + " " + "Hello".Remove(3) + " " + "aaa".Replace("a", "bb") + " " + "abc".Replace('b', 'B'));
        Console.WriteLine(new string('*', 4) + " " + new string(new[] { 'h', 'i' }) + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrEmpty(null) + " " + "ab".CompareTo("abc") + " " + "b".CompareTo("a"));
        Console.WriteLine(string.Concat(Enumerable.Repeat("ab", 3)) + " " + "abc".Reverse().Aggregate("", (s, c) => s + c) + " " + new string("hello".Reverse().ToArray()) + " " + "a,b".Contains(',') + " " + "Mississippi".Count(c => c == 's'));
        var sb = new StringBuilder("hello");
        sb.Insert(0, "[").Append(']').Replace('l', 'L').Remove(1, 1);
        sb.AppendFormat("{0,4}|{1:F1}", 7, 2.25).AppendJoin(";", 1, 2, 3).AppendLine().Append(true).Append(3.0).Append((object?)null).Append('x', 3);
        Console.WriteLine(sb.ToString() + " len=" + sb.Length);
        sb.Clear().Append("abc");
        sb[1] = 'B';
        sb.Length = 5;
        Console.WriteLine(sb.ToString().Replace('\0', '0') + " " + sb.Length + " " + sb.ToString(1, 2) + " " + sb.Equals(new StringBuilder("aBc\0\0")));
        Console.WriteLine("ß".ToUpper() + " " + "İ".ToLowerInvariant().Length + " " + "ǅ".ToUpperInvariant() + "ǅ".ToLowerInvariant() + " " + "ΣΑΣ".ToLowerInvariant());
        Console.WriteLine("tab\there" + " " + "quote\"s" + " " + @"verbatim\n" + " " + """raw "text" here""" + " " + $@"{1 + 1}\x" + " " + "\u00e9\x41");
        Console.WriteLine("abc".ToCharArray().Length + " " + string.Join(",", "abc".ToCharArray(1, 2)) + " " + "abcdef"[^2] + " " + "abcdef"[1..^1] + " " + "abcdef"[..2] + " " + "abcdef"[4..]);
        Console.WriteLine(string.Format("{0}{1}{0}", "x", "y") + " " + string.Format("{0:D3}-{1,3}-{2,-3}|", 5, "ab", 'c') + " " + "a".Equals(null) + " " + string.Equals(null, null));
        Console.WriteLine("Hello World Foo".Split(' ').Select(w => w[0]).Aggregate("", (a, c) => a + c) + " " + string.Join(" ", "the quick brown".Split(' ').Select(w => char.ToUpper(w[0]) + w[1..])));
        Console.WriteLine("abc".StartsWith("") + " " + "abc".EndsWith('c') + " " + "".Contains("") + " " + "aXbXc".Split('X', 2)[1] + " " + "abc".IndexOf('z') + " " + "a\r\nb".Split(Environment.NewLine.Length == 1 ? "\n" : "\r\n").Length);
    }
}
