namespace EdgeMirror.Compiler.Bcl;

/// <summary>Members of the numeric primitives and bool (Runtime/numbers.mjs, parse.mjs, object.mjs).
/// Integers up to 32 bits are JS numbers, 64-bit ones BigInt; out parameters are ref objects.</summary>
public sealed class NumberArea : IBclArea
{
    /// <summary>Integer types and the kind name parse.mjs knows them by.</summary>
    private static readonly (string Type, string Kind)[] Integers =
    [
        ("System.SByte", "sbyte"), ("System.Byte", "byte"), ("System.Int16", "short"), ("System.UInt16", "ushort"),
        ("System.Int32", "int"), ("System.UInt32", "uint"), ("System.Int64", "long"), ("System.UInt64", "ulong"),
    ];

    private const string Styles = "System.Globalization.NumberStyles";
    private const string Provider = "System.IFormatProvider";

    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
        Integers.SelectMany(i => IntegerMembers(i.Type, i.Kind))
        .Concat(FloatingMembers("System.Double", "d", "@doubleToString", "@formatDouble", "@parseDouble", "@tryParseDouble"))
        .Concat(FloatingMembers("System.Single", "f", "@floatToString", "@formatFloat", "@parseFloat", "@tryParseFloat"))
        .Concat(BooleanMembers());

    private static IEnumerable<BclMember> IntegerMembers(string type, string kind)
    {
        var m = $"M:{type}.";
        // "X" of a negative value prints the type's width.
        var width = kind switch { "sbyte" => ", 8", "short" => ", 16", _ => "" };
        return
        [
            new(m + "ToString", "String({this})"),
            new(m + $"ToString({Provider})", "String({this})"),
            new(m + "ToString(System.String)", $"@formatInt({{this}}, {{format}}{width})"),
            new(m + $"ToString(System.String,{Provider})", $"@formatInt({{this}}, {{format}}{width})"),
            new(m + "Parse(System.String)", $"@parseInteger({{s}}, \"{kind}\")"),
            new(m + $"Parse(System.String,{Provider})", $"@parseInteger({{s}}, \"{kind}\")"),
            new(m + $"Parse(System.String,{Styles})", $"@parseIntegerStyles({{s}}, {{style}}, \"{kind}\")"),
            new(m + $"Parse(System.String,{Styles},{Provider})", $"@parseIntegerStyles({{s}}, {{style}}, \"{kind}\")"),
            new(m + $"TryParse(System.String,{type}@)", $"@tryParseInteger({{s}}, \"{kind}\", {{result}})"),
            new(m + $"TryParse(System.String,{Provider},{type}@)", $"@tryParseInteger({{s}}, \"{kind}\", {{result}})"),
            new(m + $"TryParse(System.String,{Styles},{Provider},{type}@)", $"@tryParseIntegerStyles({{s}}, {{style}}, \"{kind}\", {{result}})"),
            new(m + $"CompareTo({type})", "@compare({this}, {value})"),
            // SByte alone names this parameter obj.
            new(m + "CompareTo(System.Object)", type == "System.SByte" ? "@compare({this}, {obj})" : "@compare({this}, {value})"),
            new(m + $"Equals({type})", "({this} === {obj})"),
            new(m + "Equals(System.Object)", "@equals({this}, {obj})"),
            new(m + "GetHashCode", "@hashCode({this})"),
        ];
    }

    /// <summary><paramref name="d"/>: the parameter name the IsNaN-style predicates use for this type.</summary>
    private static IEnumerable<BclMember> FloatingMembers(string type, string d, string toString, string format, string parse, string tryParse)
    {
        var m = $"M:{type}.";
        return
        [
            new(m + "ToString", toString + "({this})"),
            new(m + $"ToString({Provider})", toString + "({this})"),
            new(m + "ToString(System.String)", format + "({this}, {format})"),
            new(m + $"ToString(System.String,{Provider})", format + "({this}, {format})"),
            new(m + "Parse(System.String)", parse + "({s})"),
            new(m + $"Parse(System.String,{Provider})", parse + "({s})"),
            new(m + $"Parse(System.String,{Styles})", parse + "({s}, @doubleStyles({style}))"),
            new(m + $"Parse(System.String,{Styles},{Provider})", parse + "({s}, @doubleStyles({style}))"),
            new(m + $"TryParse(System.String,{type}@)", tryParse + "({s}, {result})"),
            new(m + $"TryParse(System.String,{Provider},{type}@)", tryParse + "({s}, {result})"),
            new(m + $"TryParse(System.String,{Styles},{Provider},{type}@)", tryParse + "({s}, {result}, @doubleStyles({style}))"),
            new(m + $"CompareTo({type})", "@compare({this}, {value})"),
            new(m + "CompareTo(System.Object)", "@compare({this}, {value})"),
            new(m + $"Equals({type})", "@equals({this}, {obj})"),
            new(m + "Equals(System.Object)", "@equals({this}, {obj})"),
            new(m + "GetHashCode", type == "System.Double" ? "@doubleHashCode({this})" : "@floatHashCode({this})"),
            new(m + $"IsNaN({type})", $"Number.isNaN({{{d}}})"),
            new(m + $"IsInfinity({type})", $"@isInfinity({{{d}}})"),
            new(m + $"IsPositiveInfinity({type})", $"({{{d}}} === Infinity)"),
            new(m + $"IsNegativeInfinity({type})", $"({{{d}}} === -Infinity)"),
            new(m + $"IsFinite({type})", $"Number.isFinite({{{d}}})"),
            new(m + $"IsNegative({type})", $"@isNegative({{{d}}})"),
            new(m + $"IsInteger({type})", "Number.isInteger({value})"),
        ];
    }

    private static IEnumerable<BclMember> BooleanMembers() =>
    [
        new("M:System.Boolean.ToString", "({this} ? \"True\" : \"False\")"),
        new($"M:System.Boolean.ToString({Provider})", "({this} ? \"True\" : \"False\")"),
        new("M:System.Boolean.Parse(System.String)", "@parseBool({value})"),
        new("M:System.Boolean.TryParse(System.String,System.Boolean@)", "@tryParseBool({value}, {result})"),
        new("M:System.Boolean.CompareTo(System.Boolean)", "@compare({this}, {value})"),
        new("M:System.Boolean.CompareTo(System.Object)", "@compare({this}, {obj})"),
        new("M:System.Boolean.Equals(System.Boolean)", "({this} === {obj})"),
        new("M:System.Boolean.Equals(System.Object)", "@equals({this}, {obj})"),
        new("M:System.Boolean.GetHashCode", "({this} ? 1 : 0)"),
    ];
}
