namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>System.String members: results and argument exceptions as .NET gives them.</summary>
public sealed class StringAgreement
{
    private static readonly string[] Inputs = ["", "a", "a,b,,c", ",a,,b,", " a , b ,c ", "a--b--c", "abcabc", "  padded\t\n", "x", "Straße", "ÄbC", "a b  c"];

    [Fact]
    public void Split_follows_separators_counts_and_options()
    {
        var cases = new CaseList();
        var optionSets = new[] { StringSplitOptions.None, StringSplitOptions.RemoveEmptyEntries, StringSplitOptions.TrimEntries, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries };
        var counts = new[] { 0, 1, 2, 3, int.MaxValue };
        foreach (var s in Inputs)
        {
            foreach (var o in optionSets)
            {
                foreach (var n in counts)
                {
                    cases.Call("$split", [s, ',', n, o], () => s.Split(',', n, o));
                    cases.Call("$split", [s, new[] { ',', ' ' }, n, o], () => s.Split([',', ' '], n, o));
                    cases.Call("$split", [s, "--", n, o], () => s.Split("--", n, o));
                    cases.Call("$split", [s, new[] { "--", "b", "" }, n, o], () => s.Split(["--", "b", ""], n, o));
                    cases.Call("$split", [s, null, n, o], () => s.Split((char[]?)null, n, o));
                    cases.Call("$split", [s, "", n, o], () => s.Split("", n, o));
                }
            }
            cases.Call("$split", [s, Array.Empty<char>()], () => s.Split());
            cases.Call("$split", [s, new[] { 'b' }], () => s.Split('b'));
        }
        cases.Call("$split", ["a,b", ',', -1, 0], () => "a,b".Split(',', -1));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Searching_honours_start_count_and_comparison()
    {
        var cases = new CaseList();
        var hay = "Hello hello HELLO";
        var needles = new object[] { "hello", "HELLO", "", "xyz", "lo h", 'l', 'H' };
        foreach (var needle in needles)
        {
            foreach (var start in new[] { 0, 3, 6, 16, 17, 18, -1 })
            {
                if (needle is string ns)
                {
                    cases.Call("$indexOf", [hay, ns, start], () => hay.IndexOf(ns, start, StringComparison.Ordinal));
                    cases.Call("$indexOf", [hay, ns, start, Undefined.Instance, 5], () => hay.IndexOf(ns, start, StringComparison.OrdinalIgnoreCase));
                    cases.Call("$lastIndexOf", [hay, ns, start], () => hay.LastIndexOf(ns, start, StringComparison.Ordinal));
                    cases.Call("$lastIndexOf", [hay, ns, start, Undefined.Instance, 5], () => hay.LastIndexOf(ns, start, StringComparison.OrdinalIgnoreCase));
                    foreach (var count in new[] { 0, 1, 5, 11 })
                    {
                        cases.Call("$indexOf", [hay, ns, start, count, 4], () => hay.IndexOf(ns, start, count, StringComparison.Ordinal));
                        cases.Call("$lastIndexOf", [hay, ns, start, count, 4], () => hay.LastIndexOf(ns, start, count, StringComparison.Ordinal));
                    }
                }
                else
                {
                    var c = (char)needle;
                    cases.Call("$indexOf", [hay, c, start], () => hay.IndexOf(c, start));
                    cases.Call("$lastIndexOf", [hay, c, start], () => hay.LastIndexOf(c, start));
                    foreach (var count in new[] { 0, 1, 5 })
                    {
                        cases.Call("$indexOf", [hay, c, start, count], () => hay.IndexOf(c, start, count));
                        cases.Call("$lastIndexOf", [hay, c, start, count], () => hay.LastIndexOf(c, start, count));
                    }
                }
                cases.Call("$indexOfAny", [hay, new[] { 'o', 'E' }, start], () => hay.IndexOfAny(['o', 'E'], start));
                cases.Call("$lastIndexOfAny", [hay, new[] { 'o', 'E' }, start], () => hay.LastIndexOfAny(['o', 'E'], start));
            }
            if (needle is string n2)
            {
                cases.Call("$indexOf", [hay, n2], () => hay.IndexOf(n2, StringComparison.Ordinal));
                cases.Call("$lastIndexOf", [hay, n2], () => hay.LastIndexOf(n2, StringComparison.Ordinal));
                cases.Call("$contains", [hay, n2], () => hay.Contains(n2));
                cases.Call("$contains", [hay, n2, 5], () => hay.Contains(n2, StringComparison.OrdinalIgnoreCase));
                cases.Call("$startsWith", [hay, n2, 4], () => hay.StartsWith(n2, StringComparison.Ordinal));
                cases.Call("$startsWith", [hay, n2, 5], () => hay.StartsWith(n2, StringComparison.OrdinalIgnoreCase));
                cases.Call("$endsWith", [hay, n2, 3], () => hay.EndsWith(n2, StringComparison.InvariantCultureIgnoreCase));
            }
        }
        cases.Call("$lastIndexOf", ["", "", 0], () => "".LastIndexOf("", 0));
        cases.Call("$lastIndexOf", ["", "a"], () => "".LastIndexOf("a"));
        cases.Call("$lastIndexOf", ["abc", ""], () => "abc".LastIndexOf(""));
        cases.Call("$lastIndexOf", ["abc", 'c', 3], () => "abc".LastIndexOf('c', 3));
        cases.Call("$indexOf", ["abc", null], () => "abc".IndexOf((string)null!));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Slicing_trimming_padding_and_editing_match_dotnet()
    {
        var cases = new CaseList();
        foreach (var s in Inputs)
        {
            foreach (var i in new[] { -1, 0, 1, 3, s.Length, s.Length + 1 })
            {
                cases.Call("$substring", [s, i], () => s.Substring(i));
                cases.Call("$remove", [s, i], () => s.Remove(i));
                cases.Call("$insert", [s, i, "XY"], () => s.Insert(i, "XY"));
                foreach (var len in new[] { -1, 0, 2, 5 })
                {
                    cases.Call("$substring", [s, i, len], () => s.Substring(i, len));
                    cases.Call("$remove", [s, i, len], () => s.Remove(i, len));
                    cases.Call("$toCharArray", [s, i, len], () => s.ToCharArray(i, len));
                }
                cases.Call("$charAt", [s, i], () => s[i]);
            }
            cases.Call("$trim", [s], () => s.Trim());
            cases.Call("$trimStart", [s], () => s.TrimStart());
            cases.Call("$trimEnd", [s], () => s.TrimEnd());
            cases.Call("$trim", [s, 'a'], () => s.Trim('a'));
            cases.Call("$trim", [s, new[] { 'a', ' ', ',' }], () => s.Trim('a', ' ', ','));
            cases.Call("$trimEnd", [s, new[] { 'c', ' ' }], () => s.TrimEnd('c', ' '));
            cases.Call("$padLeft", [s, 8], () => s.PadLeft(8));
            cases.Call("$padRight", [s, 8, '*'], () => s.PadRight(8, '*'));
            cases.Call("$padLeft", [s, -1], () => s.PadLeft(-1));
            cases.Call("$replace", [s, "b", "XX"], () => s.Replace("b", "XX"));
            cases.Call("$replace", [s, "a", null], () => s.Replace("a", null));
            cases.Call("$replace", [s, 'a', 'Z'], () => s.Replace('a', 'Z'));
            cases.Call("$replace", [s, "", "x"], () => s.Replace("", "x"));
            cases.Call("$replace", [s, "$&", "x"], () => s.Replace("$&", "x"));
            cases.Call("$replaceComparison", [s, "A", "_", 5], () => s.Replace("A", "_", StringComparison.OrdinalIgnoreCase));
            cases.Call("$toUpper", [s], () => s.ToUpperInvariant());
            cases.Call("$toLower", [s], () => s.ToLowerInvariant());
            cases.Call("$isNullOrWhiteSpace", [s], () => string.IsNullOrWhiteSpace(s));
            cases.Call("$isNullOrEmpty", [s], () => string.IsNullOrEmpty(s));
            cases.Call("$toCharArray", [s], () => s.ToCharArray());
        }
        cases.Call("$isNullOrWhiteSpace", [null], () => string.IsNullOrWhiteSpace(null));
        cases.Call("$trim", ["\u0085\u00a0x\ufeff\u2028"], () => "\u0085\u00a0x\ufeff\u2028".Trim());
        cases.Call("$toLower", ["ΟΔΟΣ İ"], () => "ΟΔΟΣ İ".ToLowerInvariant());
        cases.Call("$toUpper", ["ǅ ß ﬀ ŉ"], () => "ǅ ß ﬀ ŉ".ToUpperInvariant());
        cases.Call("$repeatChar", ['x', 3], () => new string('x', 3));
        cases.Call("$repeatChar", ['x', -1], () => new string('x', -1));
        cases.Call("$stringFromChars", [new[] { 'a', 'b', 'c' }, 1, 2], () => new string(['a', 'b', 'c'], 1, 2));
        cases.Call("$join", [", ", new object?[] { 1, "a", null, true, 2.5 }], () => string.Join(", ", 1, "a", null, true, 2.5));
        cases.Call("$join", ['-', new[] { "x", "y" }], () => string.Join('-', "x", "y"));
        cases.Call("$joinRange", ["+", new[] { "a", "b", "c", "d" }, 1, 2], () => string.Join("+", ["a", "b", "c", "d"], 1, 2));
        cases.Call("$concat", [new object?[] { "a", null, 1, false }], () => string.Concat("a", null, 1, false));
        cases.Call("$replaceLineEndings", ["a\r\nb\rc\nd", "|"], () => "a\r\nb\rc\nd".ReplaceLineEndings("|"));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Culture_searches_skip_ignorable_chars_and_respect_combining_marks()
    {
        var cases = new CaseList();
        var hays = new[] { "ab\u00ADc", "résumé", "re\u0301sume\u0301", "a\u0301", "abc\0", "Straße", "a\r\nb", "HELLO hello", "x\u200By", "plain text" };
        var needles = new[] { "bc", "\0", "e\u0301", "é", "a", "\n", "SS", "ß", "hello", "", "\u00AD", "xy", "text" };
        foreach (var h in hays)
        {
            foreach (var n in needles)
            {
                foreach (var c in new[] { StringComparison.CurrentCulture, StringComparison.InvariantCultureIgnoreCase })
                {
                    cases.Call("$indexOf", [h, n, 0, Undefined.Instance, (int)c], () => h.IndexOf(n, c));
                    cases.Call("$lastIndexOf", [h, n, Undefined.Instance, Undefined.Instance, (int)c], () => h.LastIndexOf(n, c));
                    cases.Call("$startsWith", [h, n, (int)c], () => h.StartsWith(n, c));
                    cases.Call("$endsWith", [h, n, (int)c], () => h.EndsWith(n, c));
                }
            }
        }
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void Comparisons_and_casing_agree_with_dotnet_over_words_and_every_char()
    {
        var words = new[] { "a", "A", "b", "B", "ab", "a-b", "a b", "aB", "Ab", "co-op", "coop", "résumé", "resume", "Resume", "", " ", "1", "10", "2", "_", "Z", "z", "zebra", "Zebra", "apple", "Apple", "a_b", "a.b", "ä", "ae", "ß", "ss", "é", "e\u0301", "x", "-", "a1", "A1", "😀", "~", "!", "ı", "i", "I", "İ", "x\0" };
        var cases = new CaseList();
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                cases.Call("$compareStrings", [a, b, 0], () => Math.Sign(string.Compare(a, b, StringComparison.CurrentCulture)));
                cases.Call("$compareStrings", [a, b, 3], () => Math.Sign(string.Compare(a, b, StringComparison.InvariantCultureIgnoreCase)));
                cases.Call("$compareStrings", [a, b, 4], () => string.Compare(a, b, StringComparison.Ordinal));
                cases.Call("$compareStrings", [a, b, 5], () => string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
                cases.Call("$equalsStrings", [a, b, 5], () => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
                cases.Call("$equalsStrings", [a, b, 2], () => string.Equals(a, b, StringComparison.InvariantCulture));
            }
        }
        cases.Call("$compareStrings", ["a", "b", 9], () => string.Compare("a", "b", (StringComparison)9));
        cases.Call("$compareOrdinal", [null, "a"], () => Math.Sign(string.CompareOrdinal(null, "a")));
        var upper = new List<int[]>();
        var lower = new List<int[]>();
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xd800 and <= 0xdfff) continue;
            if (char.ToUpperInvariant((char)c) != c) upper.Add([c, char.ToUpperInvariant((char)c)]);
            if (char.ToLowerInvariant((char)c) != c) lower.Add([c, char.ToLowerInvariant((char)c)]);
        }
        cases.Call("$caseTable", ["upper"], () => upper);
        cases.Call("$caseTable", ["lower"], () => lower);
        AgreementRunner.AssertAgrees(cases);
    }
}
