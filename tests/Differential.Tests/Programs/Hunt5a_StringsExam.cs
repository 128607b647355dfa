using System;
using System.Collections.Generic;
using System.Text;

public static class Program
{
    static string Show(string[] parts) => "[" + string.Join("|", parts) + "](" + parts.Length + ")";

    public static void Main()
    {
        string csv = " a, b ,,c ,, d ";
        Console.WriteLine(Show(csv.Split(',')));
        Console.WriteLine(Show(csv.Split(new[] { ',', ' ' })));
        Console.WriteLine(Show(csv.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show(csv.Split(',', StringSplitOptions.TrimEntries)));
        Console.WriteLine(Show(csv.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show(csv.Split(',', 3)));
        Console.WriteLine(Show(csv.Split(new[] { ',' }, 2, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show(csv.Split(',', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Console.WriteLine(Show("a::b::::c".Split(new[] { "::" }, StringSplitOptions.None)));
        Console.WriteLine(Show("a::b::::c".Split("::")));
        Console.WriteLine(Show("a::b::::c".Split(new[] { "::", ":" }, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("a::b::::c".Split(new[] { ":", "::" }, StringSplitOptions.None)));
        Console.WriteLine(Show("abc".Split("")));
        Console.WriteLine(Show("a b\tc\nd".Split()));
        Console.WriteLine(Show("a b  c".Split((char[])null)));
        Console.WriteLine(Show("".Split(',')));
        Console.WriteLine(Show("".Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("x,y,z".Split(',', 1)));
        Console.WriteLine(Show("x,y,z".Split(',', 0)));
        Console.WriteLine(Show(",x,y,".Split(",", 2, StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine(Show("one  two".Split(' ', 5, StringSplitOptions.TrimEntries)));

        string text = "The quick brown fox jumps over the lazy dog. THE END";
        Console.WriteLine(text.IndexOf("the") + " " + text.IndexOf("the", StringComparison.OrdinalIgnoreCase) + " " + text.IndexOf("the", 5) + " " + text.IndexOf("the", 5, 20) + " " + text.IndexOf("the", 5, 30) + " " + text.IndexOf('o', 15, 10) + " " + text.IndexOf("THE", 10, StringComparison.Ordinal) + " " + text.IndexOf("") + " " + text.IndexOf("", 7) + " " + text.IndexOf('z', 40));
        Console.WriteLine(text.LastIndexOf("the") + " " + text.LastIndexOf("THE", StringComparison.OrdinalIgnoreCase) + " " + text.LastIndexOf('o') + " " + text.LastIndexOf('o', 20) + " " + text.LastIndexOf("o", 20, 5) + " " + text.LastIndexOf("") + " " + text.IndexOfAny(new[] { 'q', 'z' }) + " " + text.LastIndexOfAny(new[] { 'q', 'z' }) + " " + text.IndexOfAny(new[] { 'x', 'y' }, 20, 10));
        try { text.IndexOf("a", 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("IndexOf start: " + e.Message); }
        try { text.IndexOf('a', 10, 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("IndexOf count: " + e.Message); }
        try { text.Substring(10, 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Substring: " + e.Message); }
        try { text.Substring(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Substring -1: " + e.Message); }

        Console.WriteLine(string.Compare("apple", "Apple") + " " + string.Compare("apple", "Apple", true) + " " + string.Compare("apple", "Apple", StringComparison.Ordinal) + " " + string.Compare("a", "B") + " " + string.Compare("a", "B", StringComparison.Ordinal) + " " + string.Compare(null, "a") + " " + string.Compare(null, null) + " " + string.Compare("abc", 1, "xbc", 1, 2) + " " + string.Compare("Straße", "STRASSE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.CompareOrdinal("a", "B") + " " + string.CompareOrdinal("abc", "abd") + " " + string.CompareOrdinal("Z", "a") + " " + string.CompareOrdinal(null, "x") + " " + string.CompareOrdinal("abc", "ab") + " " + "b".CompareTo("a") + " " + "a".CompareTo(null) + " " + string.CompareOrdinal("hello", 1, "jello", 1, 4) + " " + string.CompareOrdinal("ab", "a") + " " + string.CompareOrdinal("abcd", "abc") + " " + string.CompareOrdinal("abcd", "ab") + " " + string.CompareOrdinal("", "q") + " " + string.Compare("xyz", "xy", StringComparison.Ordinal) + " " + string.Compare("xy", "xyz", StringComparison.Ordinal));
        Console.WriteLine(string.Compare("item10", "item9") + " " + string.Compare("co-op", "coop") + " " + string.Compare("résumé", "resume") + " " + string.Compare("a", "A", StringComparison.InvariantCultureIgnoreCase) + " " + string.Equals("a", "A", StringComparison.CurrentCultureIgnoreCase) + " " + "ß".Equals("ss", StringComparison.InvariantCulture));

        object o1 = 5, o2 = null, o3 = 2.5, o4 = 'c', o5 = true;
        Console.WriteLine(string.Concat(o1, o2, o3) + "|" + string.Concat(o4, o5) + "|" + string.Concat(null, "x", null) + "|" + string.Concat(new object[] { 1, null, "two", 3.0f }) + "|" + string.Concat(new List<string> { "p", null, "q" }) + "|" + string.Concat("a", "b", "c", "d"));
        Console.WriteLine(string.Join(", ", new object[] { 1, null, "s", 'c', 2.50, false }) + "|" + string.Join("-", new List<int> { 1, 2, 3 }) + "|" + string.Join('/', "a", "b") + "|" + string.Join(", ", new string[0]) + "|" + string.Join(null, new[] { "x", "y" }) + "|" + string.Join("+", new[] { "a", "b", "c", "d" }, 1, 2));
        Console.WriteLine("[" + "7".PadLeft(4, '0') + "][" + "abc".PadRight(6, '.') + "][" + "abcdef".PadLeft(3) + "][" + "x".PadLeft(0) + "][" + "".PadRight(2, '*') + "]");
        Console.WriteLine("[" + "--==abc==--".Trim('-', '=') + "][" + "xxhixx".TrimStart('x') + "][" + "xxhixx".TrimEnd('x', 'i') + "][" + "\t hi \n".Trim() + "][" + "aaa".Trim('a') + "][" + " \u00a0\u2003x\u3000".Trim() + "][" + "abc".Trim(new char[0]) + "]");
        Console.WriteLine("a-b-c".Replace("-", null) + " " + "a-b-c".Replace("-", "") + " " + "aaa".Replace("aa", "b") + " " + "abc".Replace('b', 'B') + " " + "Hello hello".Replace("hello", "bye", StringComparison.OrdinalIgnoreCase));
        try { "abc".Replace("", "x"); } catch (ArgumentException e) { Console.WriteLine("Replace empty: " + e.Message); }
        try { "abc".Replace(null, "x"); } catch (ArgumentNullException e) { Console.WriteLine("Replace null: " + e.Message); }
        Console.WriteLine("abc".Contains('b') + " " + "abc".Contains("BC") + " " + "abc".Contains("BC", StringComparison.OrdinalIgnoreCase) + " " + "abc".Contains("") + " " + "abc".StartsWith('a') + " " + "abc".EndsWith("C", StringComparison.OrdinalIgnoreCase) + " " + "abc".StartsWith(""));
        Console.WriteLine("straße ǆ ﬁ ı i".ToUpperInvariant() + " " + "İSTANBUL ǅ Σ".ToLowerInvariant() + " " + "MiXeD".ToUpper() + " " + "MiXeD".ToLower());
        Console.WriteLine("[" + new string('=', 10) + "][" + new string('x', 0) + "][" + new string(new[] { 'a', 'b', 'c' }) + "][" + new string(new[] { 'a', 'b', 'c', 'd' }, 1, 2) + "]");
        string[] blanks = { null, "", " ", "\t\n", "\u00a0", "\u2028", "x", " x " };
        foreach (var s in blanks) Console.Write(string.IsNullOrWhiteSpace(s) + "/" + string.IsNullOrEmpty(s) + " ");
        Console.WriteLine();

        var counts = new Dictionary<string, int>();
        for (int code = 0; code < 0x3000; code += 7)
        {
            char ch = (char)code;
            string cat = (char.IsLetter(ch) ? "L" : "") + (char.IsDigit(ch) ? "D" : "") + (char.IsWhiteSpace(ch) ? "W" : "") + (char.IsUpper(ch) ? "U" : "") + (char.IsLower(ch) ? "l" : "") + (char.IsPunctuation(ch) ? "P" : "") + (char.IsSymbol(ch) ? "S" : "") + (char.IsControl(ch) ? "C" : "") + (char.IsNumber(ch) ? "N" : "") + (char.IsSeparator(ch) ? "Z" : "") + (char.IsLetterOrDigit(ch) ? "A" : "");
            counts[cat] = counts.TryGetValue(cat, out var n) ? n + 1 : 1;
        }
        var keys = new List<string>(counts.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (var k in keys) Console.Write("'" + k + "'=" + counts[k] + " ");
        Console.WriteLine();
        foreach (var ch in "aZ5 _\u00e9\u00df\u0130\u03a3\u0660\u00bd\u2160\u20ac\u00a0\u2028")
            Console.Write((int)ch + ":" + char.ToUpper(ch) + char.ToLower(ch) + char.ToUpperInvariant(ch) + (char.IsDigit(ch) ? "d" : "") + (char.IsNumber(ch) ? "n" : "") + char.GetNumericValue(ch) + " ");
        Console.WriteLine();
        Console.WriteLine(char.IsLetter("a1", 1) + " " + char.IsDigit("a1", 1) + " " + char.IsHighSurrogate("😀", 0) + " " + char.IsSurrogatePair("😀", 0) + " " + char.IsSurrogatePair("😀", 1) + " " + char.IsSurrogatePair('\ud83d', '\ude00') + " " + char.ConvertToUtf32("😀", 0) + " " + char.ConvertFromUtf32(0x1F600).Length + " " + char.IsAsciiLetter('é') + " " + char.IsAsciiDigit('7') + " " + char.IsAsciiHexDigit('F'));

        var sb = new StringBuilder("Hello World");
        sb.Insert(5, ",");
        sb.Insert(0, 42);
        sb.Insert(sb.Length, '!');
        sb.Insert(2, "ab", 3);
        Console.WriteLine(sb + " " + sb.Length);
        sb.Remove(0, 8);
        sb.Replace('o', '0');
        sb.Replace("W0rld", "There");
        sb.Replace("l", "L", 0, 3);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
        sb[0] = 'J';
        sb[sb.Length - 1] = '?';
        Console.WriteLine(sb + " " + sb[1] + " " + sb.ToString(2, 3));
        sb.Length = 4;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 7;
        Console.WriteLine("[" + sb.ToString().Replace('\0', '_') + "] " + sb.Length);
        sb.Clear();
        sb.AppendLine("line1").AppendLine().Append("x", 0, 1).Append(3.5).Append(true).Append('c', 3).Append((object)null).Append(new[] { 'q', 'r' }).AppendFormat("<{0,4}|{1:F1}>", 7, 2.25).AppendJoin(",", 1, 2, 3).AppendJoin('.', new[] { "a", "b" });
        Console.WriteLine(sb.ToString().Replace("\n", "\\n").Replace("\r", "\\r"));
        try { sb.Remove(5, 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Remove: " + e.Message); }
        try { sb.Insert(999, "x"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Insert: " + e.Message); }
        try { sb.Remove(-1, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Remove -1: " + e.Message); }
        try { sb.Remove(1, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Remove len -1: " + e.Message); }
        try { sb.Length = -2; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Length: " + e.Message); }
        try { sb.Append("abc", -1, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Append -1: " + e.Message); }
        try { sb.Append("abc", 2, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Append over: " + e.Message); }
        try { sb.Append(new[] { 'a', 'b' }, 1, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Append chars: " + e.Message); }
        try { sb.Insert(0, "x", -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Insert count: " + e.Message); }
        try { sb.Replace("a", "b", 999, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.Replace: " + e.Message); }
        try { sb.ToString(-1, 2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.ToString -1: " + e.Message); }
        try { sb.ToString(999, 0); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.ToString 999: " + e.Message); }
        try { var c = sb[999]; } catch (IndexOutOfRangeException e) { Console.WriteLine("sb[]: " + e.Message); }
        try { sb.ToString(3, 999); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("sb.ToString: " + e.Message); }
        var sb2 = new StringBuilder();
        for (int i = 0; i < 5; i++) sb2.Append(i).Append(i < 4 ? "," : "");
        Console.WriteLine(sb2.ToString() + " eq " + sb2.Equals(new StringBuilder("0,1,2,3,4")) + " " + (sb2.ToString() == "0,1,2,3,4"));

        string a1 = "hel", a2 = "lo";
        string h1 = a1 + a2, h2 = "hello";
        object oh1 = h1, oh2 = h2;
        Console.WriteLine((h1 == h2) + " " + h1.Equals(h2) + " " + oh1.Equals(oh2) + " " + string.Equals(h1, h2) + " " + (string.Empty == "") + " " + ((string)null == null) + " " + "a".Equals((object)'a'));
        foreach (var cmd in new[] { "start", "STOP", "pause", "", null, "resume" })
        {
            string r = cmd switch
            {
                "start" => "go",
                "STOP" or "stop" => "halt",
                "" => "empty",
                null => "null",
                { Length: > 5 } => "long:" + cmd,
                _ => "other:" + cmd,
            };
            switch (cmd?.ToLowerInvariant())
            {
                case "start":
                case "stop":
                    r += "/known";
                    break;
                case "pause" when cmd.Length == 5:
                    r += "/pause";
                    break;
                case null:
                    r += "/null";
                    break;
                default:
                    r += "/default";
                    break;
            }
            Console.Write(r + " ");
        }
        Console.WriteLine();
        Console.WriteLine("abc".Insert(1, "XY") + " " + "abcdef".Remove(2) + " " + "abcdef".Remove(1, 3) + " " + "a,b".ToCharArray().Length + " " + "hello"[^1] + " " + "hello"[1..3] + " " + string.Concat("ab".ToCharArray()) + " " + "x".Equals(null) + " " + "Abc".ToLower().GetHashCode().Equals("abc".GetHashCode()));
    }
}
