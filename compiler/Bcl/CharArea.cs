namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Char (Runtime/text.mjs, stringcompare.mjs): a char is its UTF-16 code.</summary>
public sealed class CharArea : IBclArea
{
    private static readonly string[] Predicates =
    [
        "IsLetter", "IsDigit", "IsNumber", "IsLetterOrDigit", "IsUpper", "IsLower", "IsPunctuation", "IsSymbol",
        "IsSeparator", "IsControl", "IsWhiteSpace", "IsSurrogate", "IsHighSurrogate", "IsLowSurrogate",
    ];

    private static readonly string[] AsciiPredicates =
    [
        "IsAscii", "IsAsciiDigit", "IsAsciiLetter", "IsAsciiLetterUpper", "IsAsciiLetterLower", "IsAsciiLetterOrDigit",
        "IsAsciiHexDigit", "IsAsciiHexDigitUpper", "IsAsciiHexDigitLower",
    ];

    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
        Predicates.SelectMany(p => new BclMember[]
        {
            new($"M:System.Char.{p}(System.Char)", $"@CharInfo.{p}({{c}})"),
            new($"M:System.Char.{p}(System.String,System.Int32)", $"@CharInfo.{p}({{s}}, {{index}})"),
        })
        .Concat(AsciiPredicates.Select(p => new BclMember($"M:System.Char.{p}(System.Char)", $"@CharInfo.{p}({{c}})")))
        .Concat(
        [
            new("M:System.Char.ToUpper(System.Char)", "@upperChar({c})"),
            new("M:System.Char.ToUpperInvariant(System.Char)", "@upperChar({c})"),
            new("M:System.Char.ToLower(System.Char)", "@lowerChar({c})"),
            new("M:System.Char.ToLowerInvariant(System.Char)", "@lowerChar({c})"),
            new("M:System.Char.ToString", "String.fromCharCode({this})"),
            new("M:System.Char.ToString(System.IFormatProvider)", "String.fromCharCode({this})"),
            new("M:System.Char.ToString(System.Char)", "String.fromCharCode({c})"),
            new("M:System.Char.Parse(System.String)", "@parseChar({s})"),
            new("M:System.Char.CompareTo(System.Char)", "({this} - {value})"),
            new("M:System.Char.Equals(System.Char)", "({this} === {obj})"),
            new("M:System.Char.Equals(System.Object)", "@equals(new @BoxedChar({this}), {obj})"),
            new("M:System.Char.GetHashCode", "@hashCode(new @BoxedChar({this}))"),
            new("M:System.Char.GetNumericValue(System.Char)", "@CharInfo.GetNumericValue({c})"),
            new("M:System.Char.GetNumericValue(System.String,System.Int32)", "@CharInfo.GetNumericValue({s}, {index})"),
            new("M:System.Char.ConvertFromUtf32(System.Int32)", "@CharInfo.ConvertFromUtf32({utf32})"),
            new("M:System.Char.ConvertToUtf32(System.String,System.Int32)", "@CharInfo.ConvertToUtf32({s}, {index})"),
            new("M:System.Char.ConvertToUtf32(System.Char,System.Char)", "@CharInfo.ConvertPairToUtf32({highSurrogate}, {lowSurrogate})"),
            new("M:System.Char.IsSurrogatePair(System.String,System.Int32)", "@CharInfo.IsSurrogatePair({s}, {index})"),
            new("M:System.Char.IsSurrogatePair(System.Char,System.Char)", "@CharInfo.IsSurrogatePair({highSurrogate}, {lowSurrogate})"),
            new("M:System.Char.IsBetween(System.Char,System.Char,System.Char)", "@CharInfo.IsBetween({c}, {minInclusive}, {maxInclusive})"),
        ]);
}
