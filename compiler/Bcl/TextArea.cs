namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Text.StringBuilder (Runtime/stringbuilder.mjs) and Encoding.UTF8/ASCII (text.mjs).</summary>
public sealed class TextArea : IBclArea
{
    private const string Sb = "M:System.Text.StringBuilder.";
    private const string Enc = "M:System.Text.Encoding.";

    public IEnumerable<BclType> Types =>
    [
        new("T:System.Text.StringBuilder", "$StringBuilder"),
    ];

    public IEnumerable<BclMember> Members => Builder().Concat(Encoding());

    private static IEnumerable<BclMember> Builder() =>
    [
        new(Sb + "#ctor", "new @StringBuilder()"),
        new(Sb + "#ctor(System.Int32)", "new @StringBuilder()"),
        new(Sb + "#ctor(System.Int32,System.Int32)", "new @StringBuilder()"),
        new(Sb + "#ctor(System.String)", "new @StringBuilder({value})"),
        new(Sb + "#ctor(System.String,System.Int32)", "new @StringBuilder({value})"),
        new(Sb + "#ctor(System.String,System.Int32,System.Int32,System.Int32)", "new @StringBuilder(@substring({value}, {startIndex}, {length}))"),
        new(Sb + "get_Length", "{this}.Length"),
        new(Sb + "set_Length(System.Int32)", "{this}.Length = {value}"),
        new(Sb + "get_Capacity", "{this}.Capacity"),
        new(Sb + "set_Capacity(System.Int32)", "{this}.Capacity = {value}"),
        new(Sb + "EnsureCapacity(System.Int32)", "{this}.EnsureCapacity({capacity})"),
        new(Sb + "get_Chars(System.Int32)", "{this}.GetChar({index})"),
        new(Sb + "set_Chars(System.Int32,System.Char)", "{this}.SetChar({index}, {value})"),
        new(Sb + "Append(System.String)", "{this}.Append({value})"),
        new(Sb + "Append(System.String,System.Int32,System.Int32)", "{this}.AppendSubstring({value}, {startIndex}, {count})"),
        new(Sb + "Append(System.Text.StringBuilder)", "{this}.AppendObject({value})"),
        new(Sb + "Append(System.Char)", "{this}.AppendChar({value})"),
        new(Sb + "Append(System.Char,System.Int32)", "{this}.AppendChar({value}, {repeatCount})"),
        new(Sb + "Append(System.Char[])", "{this}.AppendChars({value})"),
        new(Sb + "Append(System.Char[],System.Int32,System.Int32)", "{this}.AppendChars({value}, {startIndex}, {charCount})"),
        new(Sb + "Append(System.Boolean)", "{this}.Append({value} ? \"True\" : \"False\")"),
        new(Sb + "Append(System.Int32)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.Int64)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.UInt32)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.UInt64)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.Int16)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.Byte)", "{this}.Append(String({value}))"),
        new(Sb + "Append(System.Double)", "{this}.Append(@doubleToString({value}))"),
        new(Sb + "Append(System.Single)", "{this}.Append(@floatToString({value}))"),
        new(Sb + "Append(System.Object)", "{this}.AppendObject({value})"),
        new(Sb + "AppendLine", "{this}.AppendLine()"),
        new(Sb + "AppendLine(System.String)", "{this}.AppendLine({value})"),
        new(Sb + "AppendFormat(System.String,System.Object)", "{this}.AppendFormat({format}, [{arg0}])"),
        new(Sb + "AppendFormat(System.String,System.Object,System.Object)", "{this}.AppendFormat({format}, [{arg0}, {arg1}])"),
        new(Sb + "AppendFormat(System.String,System.Object,System.Object,System.Object)", "{this}.AppendFormat({format}, [{arg0}, {arg1}, {arg2}])"),
        new(Sb + "AppendFormat(System.String,System.Object[])", "{this}.AppendFormat({format}, {args})"),
        new(Sb + "AppendFormat(System.String,System.ReadOnlySpan{System.Object})", "{this}.AppendFormat({format}, {args})"),
        // the IFormatProvider is always the invariant culture here
        new(Sb + "AppendFormat(System.IFormatProvider,System.String,System.Object)", "{this}.AppendFormat({format}, [{arg0}])"),
        new(Sb + "AppendFormat(System.IFormatProvider,System.String,System.Object,System.Object)", "{this}.AppendFormat({format}, [{arg0}, {arg1}])"),
        new(Sb + "AppendFormat(System.IFormatProvider,System.String,System.Object,System.Object,System.Object)", "{this}.AppendFormat({format}, [{arg0}, {arg1}, {arg2}])"),
        new(Sb + "AppendFormat(System.IFormatProvider,System.String,System.Object[])", "{this}.AppendFormat({format}, {args})"),
        new(Sb + "AppendFormat(System.IFormatProvider,System.String,System.ReadOnlySpan{System.Object})", "{this}.AppendFormat({format}, {args})"),
        new(Sb + "AppendJoin(System.Char,System.Object[])", "{this}.AppendJoin({separator}, {values})"),
        new(Sb + "AppendJoin(System.Char,System.String[])", "{this}.AppendJoin({separator}, {values})"),
        new(Sb + "AppendJoin(System.String,System.Object[])", "{this}.AppendJoin({separator}, {values})"),
        new(Sb + "AppendJoin(System.String,System.String[])", "{this}.AppendJoin({separator}, {values})"),
        new(Sb + "AppendJoin``1(System.Char,System.Collections.Generic.IEnumerable{``0})", "{this}.Append(@join({separator}, {values}, {T}))"),
        new(Sb + "AppendJoin``1(System.String,System.Collections.Generic.IEnumerable{``0})", "{this}.Append(@join({separator}, {values}, {T}))"),
        new(Sb + "Insert(System.Int32,System.String)", "{this}.Insert({index}, {value})"),
        new(Sb + "Insert(System.Int32,System.String,System.Int32)", "{this}.Insert({index}, {value}, {count})"),
        new(Sb + "Insert(System.Int32,System.Char)", "{this}.InsertChar({index}, {value})"),
        new(Sb + "Insert(System.Int32,System.Boolean)", "{this}.Insert({index}, {value} ? \"True\" : \"False\")"),
        new(Sb + "Insert(System.Int32,System.Int32)", "{this}.Insert({index}, String({value}))"),
        new(Sb + "Insert(System.Int32,System.Int64)", "{this}.Insert({index}, String({value}))"),
        new(Sb + "Insert(System.Int32,System.Double)", "{this}.Insert({index}, @doubleToString({value}))"),
        new(Sb + "Insert(System.Int32,System.Object)", "{this}.InsertObject({index}, {value})"),
        new(Sb + "Remove(System.Int32,System.Int32)", "{this}.Remove({startIndex}, {length})"),
        new(Sb + "Replace(System.String,System.String)", "{this}.Replace({oldValue}, {newValue})"),
        new(Sb + "Replace(System.String,System.String,System.Int32,System.Int32)", "{this}.Replace({oldValue}, {newValue}, {startIndex}, {count})"),
        new(Sb + "Replace(System.Char,System.Char)", "{this}.Replace({oldChar}, {newChar})"),
        new(Sb + "Replace(System.Char,System.Char,System.Int32,System.Int32)", "{this}.Replace({oldChar}, {newChar}, {startIndex}, {count})"),
        new(Sb + "Clear", "{this}.Clear()"),
        new(Sb + "ToString", "{this}.toString()"),
        new(Sb + "ToString(System.Int32,System.Int32)", "{this}.ToString({startIndex}, {length})"),
        new(Sb + "Equals(System.Text.StringBuilder)", "{this}.EqualsBuilder({sb})"),
    ];

    private static IEnumerable<BclMember> Encoding() =>
    [
        new(Enc + "get_UTF8", "@UTF8"),
        new(Enc + "get_ASCII", "@ASCII"),
        new(Enc + "get_WebName", "{this}.WebName"),
        new(Enc + "get_EncodingName", "{this}.EncodingName"),
        new(Enc + "GetBytes(System.String)", "{this}.GetBytes({s})"),
        new(Enc + "GetBytes(System.String,System.Int32,System.Int32)", "{this}.GetBytes({s}, {index}, {count})"),
        new(Enc + "GetBytes(System.Char[])", "{this}.GetBytes({chars})"),
        new(Enc + "GetBytes(System.Char[],System.Int32,System.Int32)", "{this}.GetBytes({chars}, {index}, {count})"),
        new(Enc + "GetByteCount(System.String)", "{this}.GetByteCount({s})"),
        new(Enc + "GetByteCount(System.Char[])", "{this}.GetByteCount({chars})"),
        new(Enc + "GetString(System.Byte[])", "{this}.GetString({bytes})"),
        new(Enc + "GetString(System.Byte[],System.Int32,System.Int32)", "{this}.GetString({bytes}, {index}, {count})"),
        new(Enc + "GetCharCount(System.Byte[])", "{this}.GetCharCount({bytes})"),
        new(Enc + "GetMaxByteCount(System.Int32)", "{this}.GetMaxByteCount({charCount})"),
        new(Enc + "GetPreamble", "{this}.GetPreamble()"),
    ];
}
