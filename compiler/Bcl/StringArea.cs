namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.String (Runtime/strings.mjs, stringcompare.mjs, split.mjs, format.mjs). A string is a
/// JS string; a char argument is its UTF-16 code; StringComparison is its enum number.
/// Omitted optional JS arguments are passed as <c>undefined</c> so the runtime applies .NET's defaults.</summary>
public sealed class StringArea : IBclArea
{
    private const string S = "M:System.String.";
    private const string Sc = "System.StringComparison";
    private const string Sso = "System.StringSplitOptions";

    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members => Core().Concat(Search()).Concat(Shape()).Concat(Composition()).Concat(Comparison());

    private static IEnumerable<BclMember> Core() =>
    [
        new(S + "get_Length", "{this}.length"),
        new(S + "get_Chars(System.Int32)", "@charAt({this}, {index})"),
        new("F:System.String.Empty", "\"\""),
        new(S + "#ctor(System.Char,System.Int32)", "@repeatChar({c}, {count})"),
        new(S + "#ctor(System.Char[])", "@stringFromChars({value})"),
        new(S + "#ctor(System.Char[],System.Int32,System.Int32)", "@stringFromChars({value}, {startIndex}, {length})"),
        new(S + "ToString", "@toStringOf({this})"),
        new(S + "GetHashCode", "@hashCodeOf({this})"),
        new(S + "ToCharArray", "@toCharArray({this})"),
        new(S + "ToCharArray(System.Int32,System.Int32)", "@toCharArray({this}, {startIndex}, {length})"),
        new(S + "IsNullOrEmpty(System.String)", "@isNullOrEmpty({value})"),
        new(S + "IsNullOrWhiteSpace(System.String)", "@isNullOrWhiteSpace({value})"),
        new(S + "ToUpper", "@toUpper({this})"),
        new(S + "ToUpperInvariant", "@toUpper({this})"),
        new(S + "ToLower", "@toLower({this})"),
        new(S + "ToLowerInvariant", "@toLower({this})"),
    ];

    private static IEnumerable<BclMember> Search() =>
    [
        new(S + "IndexOf(System.Char)", "@indexOf({this}, {value})"),
        new(S + "IndexOf(System.Char,System.Int32)", "@indexOf({this}, {value}, {startIndex})"),
        new(S + "IndexOf(System.Char,System.Int32,System.Int32)", "@indexOf({this}, {value}, {startIndex}, {count})"),
        new(S + $"IndexOf(System.Char,{Sc})", "@indexOf({this}, {value}, 0, undefined, {comparisonType})"),
        new(S + "IndexOf(System.String)", "@indexOf({this}, {value}, undefined, undefined, 0)"),
        new(S + "IndexOf(System.String,System.Int32)", "@indexOf({this}, {value}, {startIndex}, undefined, 0)"),
        new(S + "IndexOf(System.String,System.Int32,System.Int32)", "@indexOf({this}, {value}, {startIndex}, {count}, 0)"),
        new(S + $"IndexOf(System.String,{Sc})", "@indexOf({this}, {value}, 0, undefined, {comparisonType})"),
        new(S + $"IndexOf(System.String,System.Int32,{Sc})", "@indexOf({this}, {value}, {startIndex}, undefined, {comparisonType})"),
        new(S + $"IndexOf(System.String,System.Int32,System.Int32,{Sc})", "@indexOf({this}, {value}, {startIndex}, {count}, {comparisonType})"),
        new(S + "LastIndexOf(System.Char)", "@lastIndexOf({this}, {value})"),
        new(S + "LastIndexOf(System.Char,System.Int32)", "@lastIndexOf({this}, {value}, {startIndex})"),
        new(S + "LastIndexOf(System.Char,System.Int32,System.Int32)", "@lastIndexOf({this}, {value}, {startIndex}, {count})"),
        new(S + "LastIndexOf(System.String)", "@lastIndexOf({this}, {value}, undefined, undefined, 0)"),
        new(S + "LastIndexOf(System.String,System.Int32)", "@lastIndexOf({this}, {value}, {startIndex}, undefined, 0)"),
        new(S + "LastIndexOf(System.String,System.Int32,System.Int32)", "@lastIndexOf({this}, {value}, {startIndex}, {count}, 0)"),
        new(S + $"LastIndexOf(System.String,{Sc})", "@lastIndexOf({this}, {value}, undefined, undefined, {comparisonType})"),
        new(S + $"LastIndexOf(System.String,System.Int32,{Sc})", "@lastIndexOf({this}, {value}, {startIndex}, undefined, {comparisonType})"),
        new(S + $"LastIndexOf(System.String,System.Int32,System.Int32,{Sc})", "@lastIndexOf({this}, {value}, {startIndex}, {count}, {comparisonType})"),
        new(S + "IndexOfAny(System.Char[])", "@indexOfAny({this}, {anyOf})"),
        new(S + "IndexOfAny(System.Char[],System.Int32)", "@indexOfAny({this}, {anyOf}, {startIndex})"),
        new(S + "IndexOfAny(System.Char[],System.Int32,System.Int32)", "@indexOfAny({this}, {anyOf}, {startIndex}, {count})"),
        new(S + "LastIndexOfAny(System.Char[])", "@lastIndexOfAny({this}, {anyOf})"),
        new(S + "LastIndexOfAny(System.Char[],System.Int32)", "@lastIndexOfAny({this}, {anyOf}, {startIndex})"),
        new(S + "LastIndexOfAny(System.Char[],System.Int32,System.Int32)", "@lastIndexOfAny({this}, {anyOf}, {startIndex}, {count})"),
        new(S + "Contains(System.Char)", "@contains({this}, {value})"),
        new(S + $"Contains(System.Char,{Sc})", "@contains({this}, {value}, {comparisonType})"),
        new(S + "Contains(System.String)", "@contains({this}, {value})"),
        new(S + $"Contains(System.String,{Sc})", "@contains({this}, {value}, {comparisonType})"),
        new(S + "StartsWith(System.Char)", "@startsWith({this}, {value})"),
        new(S + "StartsWith(System.String)", "@startsWith({this}, {value}, 0)"),
        new(S + $"StartsWith(System.String,{Sc})", "@startsWith({this}, {value}, {comparisonType})"),
        new(S + "EndsWith(System.Char)", "@endsWith({this}, {value})"),
        new(S + "EndsWith(System.String)", "@endsWith({this}, {value}, 0)"),
        new(S + $"EndsWith(System.String,{Sc})", "@endsWith({this}, {value}, {comparisonType})"),
    ];

    private static IEnumerable<BclMember> Shape() =>
    [
        new(S + "Substring(System.Int32)", "@substring({this}, {startIndex})"),
        new(S + "Substring(System.Int32,System.Int32)", "@substring({this}, {startIndex}, {length})"),
        new(S + "Trim", "@trim({this})"),
        new(S + "Trim(System.Char)", "@trim({this}, {trimChar})"),
        new(S + "Trim(System.Char[])", "@trim({this}, {trimChars})"),
        new(S + "TrimStart", "@trimStart({this})"),
        new(S + "TrimStart(System.Char)", "@trimStart({this}, {trimChar})"),
        new(S + "TrimStart(System.Char[])", "@trimStart({this}, {trimChars})"),
        new(S + "TrimEnd", "@trimEnd({this})"),
        new(S + "TrimEnd(System.Char)", "@trimEnd({this}, {trimChar})"),
        new(S + "TrimEnd(System.Char[])", "@trimEnd({this}, {trimChars})"),
        new(S + "PadLeft(System.Int32)", "@padLeft({this}, {totalWidth})"),
        new(S + "PadLeft(System.Int32,System.Char)", "@padLeft({this}, {totalWidth}, {paddingChar})"),
        new(S + "PadRight(System.Int32)", "@padRight({this}, {totalWidth})"),
        new(S + "PadRight(System.Int32,System.Char)", "@padRight({this}, {totalWidth}, {paddingChar})"),
        new(S + "Replace(System.Char,System.Char)", "@replace({this}, {oldChar}, {newChar})"),
        new(S + "Replace(System.String,System.String)", "@replace({this}, {oldValue}, {newValue})"),
        new(S + $"Replace(System.String,System.String,{Sc})", "@replaceComparison({this}, {oldValue}, {newValue}, {comparisonType})"),
        new(S + "ReplaceLineEndings", "@replaceLineEndings({this}, \"\\n\")"),
        new(S + "ReplaceLineEndings(System.String)", "@replaceLineEndings({this}, {replacementText})"),
        new(S + "Insert(System.Int32,System.String)", "@insert({this}, {startIndex}, {value})"),
        new(S + "Remove(System.Int32)", "@remove({this}, {startIndex})"),
        new(S + "Remove(System.Int32,System.Int32)", "@remove({this}, {startIndex}, {count})"),
        new(S + "Split(System.Char[])", "@split({this}, {separator})"),
        new(S + "Split(System.ReadOnlySpan{System.Char})", "@split({this}, {separator})"),
        new(S + "Split(System.Char[],System.Int32)", "@split({this}, {separator}, {count})"),
        new(S + $"Split(System.Char,{Sso})", "@split({this}, {separator}, undefined, {options})"),
        new(S + $"Split(System.Char,System.Int32,{Sso})", "@split({this}, {separator}, {count}, {options})"),
        new(S + $"Split(System.Char[],{Sso})", "@split({this}, {separator}, undefined, {options})"),
        new(S + $"Split(System.Char[],System.Int32,{Sso})", "@split({this}, {separator}, {count}, {options})"),
        new(S + $"Split(System.String,{Sso})", "@split({this}, {separator}, undefined, {options})"),
        new(S + $"Split(System.String,System.Int32,{Sso})", "@split({this}, {separator}, {count}, {options})"),
        new(S + $"Split(System.String[],{Sso})", "@split({this}, {separator}, undefined, {options})"),
        new(S + $"Split(System.String[],System.Int32,{Sso})", "@split({this}, {separator}, {count}, {options})"),
    ];

    private static IEnumerable<BclMember> Composition() =>
    [
        new(S + "Concat(System.Object)", "@toString({arg0})"),
        new(S + "Concat(System.Object,System.Object)", "@concat([{arg0}, {arg1}])"),
        new(S + "Concat(System.Object,System.Object,System.Object)", "@concat([{arg0}, {arg1}, {arg2}])"),
        new(S + "Concat(System.Object[])", "@concat({args})"),
        new(S + "Concat(System.ReadOnlySpan{System.Object})", "@concat({args})"),
        new(S + "Concat(System.String,System.String)", "@concat([{str0}, {str1}])"),
        new(S + "Concat(System.String,System.String,System.String)", "@concat([{str0}, {str1}, {str2}])"),
        new(S + "Concat(System.String,System.String,System.String,System.String)", "@concat([{str0}, {str1}, {str2}, {str3}])"),
        new(S + "Concat(System.String[])", "@concat({values})"),
        new(S + "Concat(System.ReadOnlySpan{System.String})", "@concat({values})"),
        new(S + "Concat(System.Collections.Generic.IEnumerable{System.String})", "@concat({values})"),
        new(S + "Concat``1(System.Collections.Generic.IEnumerable{``0})", "@concat({values}, {T})"),
        new(S + "Join(System.Char,System.Object[])", "@join({separator}, {values})"),
        new(S + "Join(System.Char,System.ReadOnlySpan{System.Object})", "@join({separator}, {values})"),
        new(S + "Join(System.Char,System.String[])", "@joinArray({separator}, {value})"),
        new(S + "Join(System.Char,System.ReadOnlySpan{System.String})", "@join({separator}, {value})"),
        new(S + "Join(System.Char,System.String[],System.Int32,System.Int32)", "@joinRange({separator}, {value}, {startIndex}, {count})"),
        new(S + "Join(System.String,System.Object[])", "@join({separator}, {values})"),
        new(S + "Join(System.String,System.ReadOnlySpan{System.Object})", "@join({separator}, {values})"),
        new(S + "Join(System.String,System.String[])", "@joinArray({separator}, {value})"),
        new(S + "Join(System.String,System.ReadOnlySpan{System.String})", "@join({separator}, {value})"),
        new(S + "Join(System.String,System.String[],System.Int32,System.Int32)", "@joinRange({separator}, {value}, {startIndex}, {count})"),
        new(S + "Join(System.String,System.Collections.Generic.IEnumerable{System.String})", "@join({separator}, {values})"),
        new(S + "Join``1(System.Char,System.Collections.Generic.IEnumerable{``0})", "@join({separator}, {values}, {T})"),
        new(S + "Join``1(System.String,System.Collections.Generic.IEnumerable{``0})", "@join({separator}, {values}, {T})"),
        new(S + "Format(System.String,System.Object)", "@format({format}, [{arg0}])"),
        new(S + "Format(System.String,System.Object,System.Object)", "@format({format}, [{arg0}, {arg1}])"),
        new(S + "Format(System.String,System.Object,System.Object,System.Object)", "@format({format}, [{arg0}, {arg1}, {arg2}])"),
        new(S + "Format(System.String,System.Object[])", "@format({format}, {args})"),
        new(S + "Format(System.String,System.ReadOnlySpan{System.Object})", "@format({format}, {args})"),
        new(S + "Format(System.IFormatProvider,System.String,System.Object)", "@format({format}, [{arg0}])"),
        new(S + "Format(System.IFormatProvider,System.String,System.Object,System.Object)", "@format({format}, [{arg0}, {arg1}])"),
        new(S + "Format(System.IFormatProvider,System.String,System.Object,System.Object,System.Object)", "@format({format}, [{arg0}, {arg1}, {arg2}])"),
        new(S + "Format(System.IFormatProvider,System.String,System.Object[])", "@format({format}, {args})"),
        new(S + "Format(System.IFormatProvider,System.String,System.ReadOnlySpan{System.Object})", "@format({format}, {args})"),
    ];

    private static IEnumerable<BclMember> Comparison() =>
    [
        new(S + "op_Equality(System.String,System.String)", "({a} === {b})"),
        new(S + "op_Inequality(System.String,System.String)", "({a} !== {b})"),
        new(S + "Equals(System.Object)", "@equalsOf({this}, {obj})"),
        new(S + "Equals(System.String)", "@equalsStrings(@toStringOf({this}), {value}, 4)"),
        new(S + "Equals(System.String,System.String)", "({a} === {b})"),
        new(S + $"Equals(System.String,{Sc})", "@equalsStrings({this}, {value}, {comparisonType})"),
        new(S + $"Equals(System.String,System.String,{Sc})", "@equalsStrings({a}, {b}, {comparisonType})"),
        new(S + "Compare(System.String,System.String)", "@compareCulture({strA}, {strB}, false)"),
        new(S + "Compare(System.String,System.String,System.Boolean)", "@compareCulture({strA}, {strB}, {ignoreCase})"),
        new(S + $"Compare(System.String,System.String,{Sc})", "@compareStrings({strA}, {strB}, {comparisonType})"),
        new(S + "Compare(System.String,System.Int32,System.String,System.Int32,System.Int32)", "@compareSubstrings({strA}, {indexA}, {strB}, {indexB}, {length}, 0)"),
        new(S + "Compare(System.String,System.Int32,System.String,System.Int32,System.Int32,System.Boolean)", "@compareSubstrings({strA}, {indexA}, {strB}, {indexB}, {length}, {ignoreCase} ? 1 : 0)"),
        new(S + $"Compare(System.String,System.Int32,System.String,System.Int32,System.Int32,{Sc})", "@compareSubstrings({strA}, {indexA}, {strB}, {indexB}, {length}, {comparisonType})"),
        new(S + "CompareOrdinal(System.String,System.Int32,System.String,System.Int32,System.Int32)", "@compareSubstrings({strA}, {indexA}, {strB}, {indexB}, {length}, 4)"),
        new(S + "CompareOrdinal(System.String,System.String)", "@compareOrdinal({strA}, {strB})"),
        new(S + "CompareTo(System.String)", "@compareTo({this}, {strB})"),
        new(S + "CompareTo(System.Object)", "@compareTo({this}, {value})"),
    ];
}
