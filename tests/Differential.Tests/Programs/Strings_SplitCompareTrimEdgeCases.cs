using System;
using System.Text;

class Program
{
    static string Show(string[] parts) => parts.Length + ":[" + string.Join("|", parts) + "]";

    static void Main()
    {
        string csv = " a, b ,,c;d ;; e ,";
        Console.WriteLine(Show(csv.Split(',', ';')));
        Console.WriteLine(Show(csv.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show(csv.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Console.WriteLine(Show(csv.Split(new[] { ',', ';' }, StringSplitOptions.TrimEntries)));
        Console.WriteLine(Show(csv.Split(new[] { ',', ';' }, 3)));
        Console.WriteLine(Show(csv.Split(new[] { ',', ';' }, 3, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("a::b:::c".Split(new[] { "::", ":" }, StringSplitOptions.None)));
        Console.WriteLine(Show("a::b:::c".Split(new[] { ":", "::" }, StringSplitOptions.None)));
        Console.WriteLine(Show("a--b--".Split("--")));
        Console.WriteLine(Show("a--b--".Split("--", StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("  one two\tthree\nfour  ".Split()));
        Console.WriteLine(Show("  one two\tthree\nfour  ".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("".Split(',')));
        Console.WriteLine(Show("".Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("abc".Split("")));
        Console.WriteLine(Show("x,y,z".Split(',', 1)));
        Console.WriteLine(Show("x,y,z".Split(',', 2)));
        Console.WriteLine(Show(" , x , ".Split(',', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

        string[] words = { "apple", "Apple", "APPLE", "banana", "Banana", "äpple", "zebra", "Zebra", "a", "", "10", "9", "a-b", "ab" };
        foreach (var a in new[] { "apple", "Banana", "a-b", "10" })
        {
            var sb = new StringBuilder(a.PadRight(7));
            foreach (var b in words)
            {
                sb.Append(Math.Sign(string.Compare(a, b, StringComparison.Ordinal))).Append('/');
                sb.Append(Math.Sign(string.Compare(a, b, StringComparison.OrdinalIgnoreCase))).Append('/');
                sb.Append(string.Compare(a, b, StringComparison.InvariantCulture)).Append('/');
                sb.Append(string.Compare(a, b, StringComparison.InvariantCultureIgnoreCase)).Append(' ');
            }
            Console.WriteLine(sb.ToString());
        }
        Console.WriteLine(string.Compare("abc", "ABD", true) + " " + string.Compare("xabc", 1, "abd", 0, 2) + " " + string.Compare("xabc", 1, "abd", 0, 3) + " " + string.Compare("aBc", 0, "AbX", 0, 2, true) + " " + string.Compare("hello", 3, "yellow", 3, 10, StringComparison.Ordinal) + " " + Math.Sign(string.CompareOrdinal("abc", 1, "aBc", 1, 2)) + " " + string.CompareOrdinal("a", "b") + " " + "b".CompareTo("a") + " " + string.Compare(null, "a") + " " + string.Compare(null, null));
        Console.WriteLine("Hello".Equals("HELLO", StringComparison.OrdinalIgnoreCase) + " " + "straße".Equals("STRASSE", StringComparison.OrdinalIgnoreCase) + " " + string.Equals("a", "A", StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine("Hello World".StartsWith("hello", StringComparison.OrdinalIgnoreCase) + " " + "Hello".EndsWith("LO", StringComparison.Ordinal) + " " + "Hello".StartsWith("") + " " + "abc".EndsWith('c'));
        Console.WriteLine("Hello World".IndexOf("o", 5) + " " + "Hello World".IndexOf('o', 5, 2) + " " + "Hello World".LastIndexOf('o') + " " + "Hello World".LastIndexOf("o", 5) + " " + "Hello".IndexOf("") + " " + "Hello".LastIndexOf("") + " " + "Hello".IndexOf("L", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("abcabc".IndexOfAny(new[] { 'c', 'b' }) + " " + "abcabc".LastIndexOfAny(new[] { 'a', 'b' }) + " " + "abcabc".IndexOfAny(new[] { 'x' }) + " " + "abcabc".IndexOfAny(new[] { 'a' }, 1));
        Console.WriteLine("[" + "  xx  ".Trim() + "][" + "xxhixx".Trim('x') + "][" + "--hi++".TrimStart('-') + "][" + "--hi++".TrimEnd('+', 'i') + "][" + "\t\n hi \u00a0".Trim() + "]");
        Console.WriteLine("[" + "7".PadLeft(3, '0') + "][" + "abc".PadLeft(2) + "][" + "abc".PadRight(6, '.') + "]");
        Console.WriteLine("aaa".Replace("a", "bb") + " " + "abcabc".Replace("bc", "") + " " + "a.b.c".Replace('.', '/') + " " + "Hello".Replace("L", "x", StringComparison.OrdinalIgnoreCase) + " " + "abc".Replace("b", null));
        Console.WriteLine("abcdef".Insert(3, "--") + " " + "abcdef".Remove(2) + " " + "abcdef".Remove(1, 3) + " " + "abcdef".Substring(6) + "|" + "abcdef".Substring(2, 0) + "|" + "abcdef"[^1] + " " + "abcdef"[1..^2]);
        Console.WriteLine(string.Join(", ", new object?[] { 1, null, "x", 2.5, 'c', true }) + " " + string.Join("-", new[] { "a" }) + " " + string.Join<int>("+", new[] { 1, 2, 3 }) + " " + string.Concat("a", null, "b") + " " + string.Concat(new[] { 1, 2, 3 }));
        Console.WriteLine(string.Join(',', "a", "b", "c") + " " + string.Concat((object)1, 'x', 2.0) + " " + ("x" + null + 1 + 2) + " " + (1 + 2 + "x") + " " + ('a' + 'b') + " " + ('a' + "b") + " " + (char)('a' + 1));
        Console.WriteLine(new string('-', 5) + " " + new string(new[] { 'h', 'i' }) + " " + "abc".Contains("B", StringComparison.OrdinalIgnoreCase) + " " + "abc".Contains('c') + " " + string.IsNullOrWhiteSpace(" \t") + " " + string.IsNullOrEmpty(null));
        Console.WriteLine("Straße".ToUpperInvariant() + " " + "İSTANBUL".ToLowerInvariant().Length + " " + "ǅ".ToUpper() + "ǅ".ToLower() + " " + "ΣΑΣ".ToLower());
        Console.WriteLine("hello"[0] + "hello"[4] + " " + "hello"[0].ToString() + "hello"[4]);
        try { Console.WriteLine("abc".Substring(2, 5)); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        try { Console.WriteLine("abc"[3]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine("abc".Insert(4, "x")); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
    }
}
