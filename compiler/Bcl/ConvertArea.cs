namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Convert, BitConverter and the Uri escaping helpers (Runtime/convert.mjs).</summary>
public sealed class ConvertArea : IBclArea
{
    private const string C = "M:System.Convert.";
    private const string B = "M:System.BitConverter.";

    /// <summary>Convert.ToX target types: kind for convert.mjs, and whether it is 64-bit (BigInt).</summary>
    private static readonly (string Method, string Kind)[] IntegerTargets =
    [
        ("ToByte", "byte"), ("ToSByte", "sbyte"), ("ToInt16", "short"), ("ToUInt16", "ushort"),
        ("ToInt32", "int"), ("ToUInt32", "uint"), ("ToInt64", "long"), ("ToUInt64", "ulong"),
    ];

    private static readonly string[] Sources =
    [
        "System.Boolean", "System.Byte", "System.Char", "System.Double", "System.Int16", "System.Int32", "System.Int64",
        "System.Object", "System.Single", "System.String", "System.UInt16", "System.UInt32", "System.UInt64", "System.SByte",
    ];

    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members => Conversions().Concat(Encodings()).Concat(Bits()).Concat(Uris());

    private static IEnumerable<BclMember> Conversions()
    {
        foreach (var (method, kind) in IntegerTargets)
        {
            foreach (var source in Sources)
            {
                // Same-type conversions do not exist for every target; the resolution test keeps this honest.
                if (source == "System." + method[2..]) continue;
                var arg = source == "System.Char" ? "new @BoxedChar({value})" : "{value}";
                yield return new($"{C}{method}({source})", $"@convertToInteger({arg}, \"{kind}\")");
            }
            var bits = kind switch { "byte" or "sbyte" => 8, "short" or "ushort" => 16, "int" or "uint" => 32, _ => 64 };
            var signed = kind is "sbyte" or "short" or "int" or "long";
            yield return new($"{C}{method}(System.String,System.Int32)", $"@parseRadix({{value}}, {{fromBase}}, {bits}, {(signed ? "true" : "false")})");
        }
        foreach (var source in Sources.Where(s => s != "System.Double"))
            yield return new($"{C}ToDouble({source})", source == "System.Char" ? "@convertToDouble(new @BoxedChar({value}))" : "@convertToDouble({value})");
        yield return new($"{C}ToBoolean(System.String)", "@convertToBoolean({value})");
        yield return new($"{C}ToBoolean(System.Object)", "@convertToBoolean({value})");
        yield return new($"{C}ToBoolean(System.Int32)", "({value} !== 0)");
        yield return new($"{C}ToChar(System.Int32)", "@convertToInteger({value}, \"char\")");
        yield return new($"{C}ToString(System.Object)", "@toString({value})");
        yield return new($"{C}ToString(System.Boolean)", "({value} ? \"True\" : \"False\")");
        yield return new($"{C}ToString(System.Char)", "String.fromCharCode({value})");
        yield return new($"{C}ToString(System.Double)", "@doubleToString({value})");
        yield return new($"{C}ToString(System.Single)", "@floatToString({value})");
        yield return new($"{C}ToString(System.Int32)", "String({value})");
        yield return new($"{C}ToString(System.Int64)", "String({value})");
        yield return new($"{C}ToString(System.Byte)", "String({value})");
        yield return new($"{C}ToString(System.Int32,System.Int32)", "@toStringRadix({value}, {toBase}, 32)");
        yield return new($"{C}ToString(System.Int64,System.Int32)", "@toStringRadix({value}, {toBase}, 64)");
        yield return new($"{C}ToString(System.Byte,System.Int32)", "@toStringRadix({value}, {toBase}, 8)");
        yield return new($"{C}ToString(System.Int16,System.Int32)", "@toStringRadix({value}, {toBase}, 16)");
    }

    private static IEnumerable<BclMember> Encodings() =>
    [
        new(C + "ToBase64String(System.Byte[])", "@toBase64({inArray})"),
        new(C + "ToBase64String(System.Byte[],System.Int32,System.Int32)", "@toBase64({inArray}, {offset}, {length})"),
        new(C + "FromBase64String(System.String)", "@fromBase64({s})"),
        new(C + "ToHexString(System.Byte[])", "@toHex({inArray})"),
        new(C + "ToHexString(System.Byte[],System.Int32,System.Int32)", "@toHex({inArray}, {offset}, {length})"),
        new(C + "ToHexStringLower(System.Byte[])", "@toHexLower({inArray})"),
        new(C + "ToHexStringLower(System.Byte[],System.Int32,System.Int32)", "@toHexLower({inArray}, {offset}, {length})"),
        new(C + "FromHexString(System.String)", "@fromHex({s})"),
    ];

    private static IEnumerable<BclMember> Bits()
    {
        yield return new(B + "ToString(System.Byte[])", "@bitConverterToString({value})");
        yield return new(B + "ToString(System.Byte[],System.Int32)", "@bitConverterToString({value}, {startIndex})");
        yield return new(B + "ToString(System.Byte[],System.Int32,System.Int32)", "@bitConverterToString({value}, {startIndex}, {length})");
        var kinds = new (string Type, string Kind, string Reader)[]
        {
            ("System.Boolean", "bool", "ToBoolean"), ("System.Char", "char", "ToChar"), ("System.Int16", "short", "ToInt16"),
            ("System.UInt16", "ushort", "ToUInt16"), ("System.Int32", "int", "ToInt32"), ("System.UInt32", "uint", "ToUInt32"),
            ("System.Int64", "long", "ToInt64"), ("System.UInt64", "ulong", "ToUInt64"), ("System.Single", "float", "ToSingle"),
            ("System.Double", "double", "ToDouble"),
        };
        foreach (var (type, kind, reader) in kinds)
        {
            yield return new($"{B}GetBytes({type})", $"@bitConverterGetBytes({{value}}, \"{kind}\")");
            yield return new($"{B}{reader}(System.Byte[],System.Int32)", $"@bitConverterRead({{value}}, {{startIndex}}, \"{kind}\")");
        }
        yield return new("F:System.BitConverter.IsLittleEndian", "true");
        yield return new(B + "DoubleToInt64Bits(System.Double)", "@bitConverterRead(@bitConverterGetBytes({value}, \"double\"), 0, \"long\")");
        yield return new(B + "Int64BitsToDouble(System.Int64)", "@bitConverterRead(@bitConverterGetBytes({value}, \"long\"), 0, \"double\")");
        yield return new(B + "SingleToInt32Bits(System.Single)", "@bitConverterRead(@bitConverterGetBytes({value}, \"float\"), 0, \"int\")");
        yield return new(B + "Int32BitsToSingle(System.Int32)", "@bitConverterRead(@bitConverterGetBytes({value}, \"int\"), 0, \"float\")");
    }

    private static IEnumerable<BclMember> Uris() =>
    [
        new("M:System.Uri.EscapeDataString(System.String)", "@escapeDataString({stringToEscape})"),
        new("M:System.Uri.UnescapeDataString(System.String)", "@unescapeDataString({stringToUnescape})"),
    ];
}
