namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Enum's static helpers and HasFlag (enums.mjs). Enum values are numbers and an enum's type object carries its names;
/// ToString of an enum value needs that static type, so the lowering emits $enumToString(type, value) itself.</summary>
public sealed class EnumArea : IBclArea
{
    public IEnumerable<BclMember> Members { get; } =
    [
        new("M:System.Enum.GetName``1(``0)", "@enumGetName({TEnum}, {value})"),
        new("M:System.Enum.GetName(System.Type,System.Object)", "@enumGetName({enumType}, {value})"),
        new("M:System.Enum.GetNames``1", "@enumGetNames({TEnum})"),
        new("M:System.Enum.GetNames(System.Type)", "@enumGetNames({enumType})"),
        new("M:System.Enum.GetValues``1", "@enumGetValues({TEnum})"),
        new("M:System.Enum.GetValues(System.Type)", "@enumGetValues({enumType})"),
        new("M:System.Enum.HasFlag(System.Enum)", "@hasFlag({this}, {flag})"),
        new("M:System.Enum.CompareTo(System.Object)", "@enumCompare({this}, {target})"),
        new("M:System.Enum.IsDefined``1(``0)", "@enumIsDefined({TEnum}, {value})"),
        new("M:System.Enum.IsDefined(System.Type,System.Object)", "@enumIsDefined({enumType}, {value})"),
        new("M:System.Enum.Parse(System.Type,System.String)", "@enumParseBoxed({enumType}, {value})"),
        new("M:System.Enum.Parse(System.Type,System.String,System.Boolean)", "@enumParseBoxed({enumType}, {value}, {ignoreCase})"),
        new("M:System.Enum.Parse``1(System.String)", "@enumParse({TEnum}, {value})"),
        new("M:System.Enum.Parse``1(System.String,System.Boolean)", "@enumParse({TEnum}, {value}, {ignoreCase})"),
        new("M:System.Enum.TryParse(System.Type,System.String,System.Object@)", "@enumTryParseBoxed({enumType}, {value}, false, {result})"),
        new("M:System.Enum.TryParse(System.Type,System.String,System.Boolean,System.Object@)", "@enumTryParseBoxed({enumType}, {value}, {ignoreCase}, {result})"),
        new("M:System.Enum.TryParse``1(System.String,``0@)", "@enumTryParse({TEnum}, {value}, false, {result})"),
        new("M:System.Enum.TryParse``1(System.String,System.Boolean,``0@)", "@enumTryParse({TEnum}, {value}, {ignoreCase}, {result})"),
    ];

    public IEnumerable<BclType> Types { get; } =
    [
    ];
}
