using System.Text;

namespace EdgeMirror.Runtime.Tests.Agreement;

/// <summary>char.Is* over every BMP char, and StringBuilder edits.</summary>
public sealed class CharAndBuilderAgreement
{
    private static readonly (string Name, Func<char, bool> Test)[] Predicates =
    [
        ("IsLetter", char.IsLetter), ("IsDigit", char.IsDigit), ("IsNumber", char.IsNumber), ("IsLetterOrDigit", char.IsLetterOrDigit),
        ("IsUpper", char.IsUpper), ("IsLower", char.IsLower), ("IsPunctuation", char.IsPunctuation), ("IsSymbol", char.IsSymbol),
        ("IsSeparator", char.IsSeparator), ("IsControl", char.IsControl), ("IsWhiteSpace", char.IsWhiteSpace),
        ("IsAsciiHexDigit", char.IsAsciiHexDigit), ("IsAsciiLetterOrDigit", char.IsAsciiLetterOrDigit),
    ];

    [Fact]
    public void Char_predicates_agree_with_dotnet_on_every_bmp_char()
    {
        var cases = new CaseList();
        foreach (var (name, test) in Predicates)
        {
            var runs = new List<int[]>();
            for (var c = 0; c < 0x10000; c++)
            {
                if (c is >= 0xd800 and <= 0xdfff || !test((char)c)) continue;
                if (runs.Count > 0 && runs[^1][1] == c - 1) runs[^1][1] = c;
                else runs.Add([c, c]);
            }
            cases.Call("$charTable", [name], () => runs, "char." + name);
        }
        foreach (var c in "0٣5xZ")
            cases.Call("$CharInfo.GetNumericValue", [c], () => char.GetNumericValue(c));
        cases.Call("$CharInfo.IsDigit", ["a1", 1], () => char.IsDigit("a1", 1));
        cases.Call("$CharInfo.IsDigit", ["a1", 2], () => char.IsDigit("a1", 2));
        cases.Call("$CharInfo.ConvertFromUtf32", [0x1F600], () => char.ConvertFromUtf32(0x1F600));
        cases.Call("$CharInfo.ConvertFromUtf32", [0xD800], () => char.ConvertFromUtf32(0xD800));
        AgreementRunner.AssertAgrees(cases);
    }

    [Fact]
    public void StringBuilder_edits_produce_dotnets_text_and_errors()
    {
        var cases = new CaseList();
        cases.Call("$sbScript", [new object[] { "Append", "abc", "AppendChar", 'x', "AppendChar", 'y', 3, "AppendLine", "!", "Insert", 1, "--", "Remove", 0, 2, "Replace", "y", "Y" }],
            () => new StringBuilder().Append("abc").Append('x').Append('y', 3).AppendLine("!").Insert(1, "--").Remove(0, 2).Replace("y", "Y").ToString());
        cases.Call("$sbScript", [new object[] { "Append", "hello", "Remove", 3, 5 }], () => new StringBuilder().Append("hello").Remove(3, 5).ToString());
        cases.Call("$sbScript", [new object[] { "Append", "hello", "Insert", 9, "x" }], () => new StringBuilder().Append("hello").Insert(9, "x").ToString());
        cases.Call("$sbScript", [new object[] { "Append", "hello", "AppendFormat", "{0:D3}|{1,-3}|", new object[] { 7, "ab" } }],
            () => new StringBuilder().Append("hello").AppendFormat("{0:D3}|{1,-3}|", 7, "ab").ToString());
        cases.Call("$sbScript", [new object[] { "Append", "abcdef", "Replace", "c", "CC", 0, 3, "SetChar", 0, 'Z', "AppendJoin", ", ", new object[] { 1, "two" } }],
            () => { var sb = new StringBuilder().Append("abcdef").Replace("c", "CC", 0, 3); sb[0] = 'Z'; return sb.AppendJoin(", ", 1, "two").ToString(); });
        cases.Call("$sbScript", [new object[] { "Append", "abc", "SetChar", 5, 'x' }], () => { var sb = new StringBuilder("abc"); sb[5] = 'x'; return sb.ToString(); });
        cases.Call("$sbScript", [new object[] { "Append", "abc", "AppendChar", 'x', -1 }], () => new StringBuilder("abc").Append('x', -1).ToString());
        AgreementRunner.AssertAgrees(cases);
    }
}
