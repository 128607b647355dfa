namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Math (Runtime/math.mjs where JS's Math differs from .NET's).</summary>
public sealed class MathArea : IBclArea
{
    private const string M = "M:System.Math.";
    private const string D = "System.Double";

    /// <summary>Math functions JS computes exactly as .NET does (both call the C library's IEEE versions).</summary>
    private static readonly (string Name, string Js, string Param)[] SameInJs =
    [
        ("Acos", "acos", "d"), ("Asin", "asin", "d"), ("Atan", "atan", "d"), ("Cos", "cos", "d"), ("Exp", "exp", "d"),
        ("Floor", "floor", "d"), ("Ceiling", "ceil", "a"), ("Log10", "log10", "d"), ("Log2", "log2", "x"), ("Sin", "sin", "a"),
        ("Sqrt", "sqrt", "d"), ("Tan", "tan", "a"), ("Truncate", "trunc", "d"), ("Abs", "abs", "value"),
        ("Cbrt", "cbrt", "d"), ("Sinh", "sinh", "value"), ("Cosh", "cosh", "value"), ("Tanh", "tanh", "value"),
    ];

    public IEnumerable<BclType> Types => [];

    public IEnumerable<BclMember> Members =>
        SameInJs.Select(f => new BclMember($"{M}{f.Name}({D})", $"Math.{f.Js}({{{f.Param}}})"))
        .Concat(
        [
            new($"{M}Atan2({D},{D})", "Math.atan2({y}, {x})"),
            new($"{M}DivRem(System.Int32,System.Int32,System.Int32@)", "@divRem({a}, {b}, {result})"),
            new($"{M}DivRem(System.Int64,System.Int64,System.Int64@)", "@divRemLong({a}, {b}, {result})"),
            new($"{M}DivRem(System.Int32,System.Int32)", "@divRemPair({left}, {right})"),
            new($"{M}DivRem(System.Int64,System.Int64)", "@divRemLongPair({left}, {right})"),
            new($"{M}BigMul(System.Int32,System.Int32)", "(BigInt({a}) * BigInt({b}))"),
            new($"{M}Pow({D},{D})", "@pow({x}, {y})"),
            new($"{M}Log({D})", "Math.log({d})"),
            new($"{M}Log({D},{D})", "@log({a}, {newBase})"),
            new($"{M}IEEERemainder({D},{D})", "@ieeeRemainder({x}, {y})"),
            new($"{M}Round({D})", "@roundEven({a})"),
            new($"{M}Round({D},System.Int32)", "@round({value}, {digits})"),
            new($"{M}Round({D},System.MidpointRounding)", "@round({value}, 0, {mode})"),
            new($"{M}Round({D},System.Int32,System.MidpointRounding)", "@round({value}, {digits}, {mode})"),
            new($"{M}Abs(System.Int32)", "@absInt({value})"),
            new($"{M}Abs(System.Int64)", "@absLong({value})"),
            new($"{M}Max({D},{D})", "Math.max({val1}, {val2})"),
            new($"{M}Max(System.Int32,System.Int32)", "Math.max({val1}, {val2})"),
            new($"{M}Max(System.UInt32,System.UInt32)", "Math.max({val1}, {val2})"),
            new($"{M}Max(System.Int64,System.Int64)", "@maxLong({val1}, {val2})"),
            new($"{M}Max(System.UInt64,System.UInt64)", "@maxLong({val1}, {val2})"),
            new($"{M}Max(System.Single,System.Single)", "Math.max({val1}, {val2})"),
            new($"{M}Min({D},{D})", "Math.min({val1}, {val2})"),
            new($"{M}Min(System.Int32,System.Int32)", "Math.min({val1}, {val2})"),
            new($"{M}Min(System.UInt32,System.UInt32)", "Math.min({val1}, {val2})"),
            new($"{M}Min(System.Int64,System.Int64)", "@minLong({val1}, {val2})"),
            new($"{M}Min(System.UInt64,System.UInt64)", "@minLong({val1}, {val2})"),
            new($"{M}Min(System.Single,System.Single)", "Math.min({val1}, {val2})"),
            new($"{M}CopySign({D},{D})", "@copySign({x}, {y})"),
            new($"{M}Abs(System.Int16)", "@absInt({value}, -32768)"),
            new($"{M}Abs(System.SByte)", "@absInt({value}, -128)"),
            new($"{M}Abs(System.Single)", "Math.abs({value})"),
        ])
        .Concat(SmallIntegers.SelectMany(t => new BclMember[]
        {
            new($"{M}Max({t},{t})", "Math.max({val1}, {val2})"),
            new($"{M}Min({t},{t})", "Math.min({val1}, {val2})"),
        }))
        .Concat(SingleMath)
        .Concat(SignedTypes.Select(t => new BclMember($"{M}Sign({t})", "@sign({value})")))
        .Concat(ClampTypes.Select(t => new BclMember($"{M}Clamp({t},{t},{t})", "@clamp({value}, {min}, {max})")));

    /// <summary>System.MathF where the float result is exact from the double one: these are correctly rounded (or
    /// exact) in double, and rounding a correctly rounded double sqrt to float is the correctly rounded float sqrt.
    /// Transcendental MathF functions (sinf, expf…) may differ from a rounded double result, so they stay CS2JS0008.</summary>
    private static IEnumerable<BclMember> SingleMath
    {
        get
        {
            const string F = "M:System.MathF.";
            const string S = "System.Single";
            return
            [
                new($"{F}Abs({S})", "Math.abs({x})"),
                new($"{F}Sqrt({S})", "Math.fround(Math.sqrt({x}))"),
                new($"{F}Floor({S})", "Math.floor({x})"),
                new($"{F}Ceiling({S})", "Math.ceil({x})"),
                new($"{F}Truncate({S})", "Math.trunc({x})"),
                new($"{F}Round({S})", "@roundEven({x})"),
                new($"{F}Round({S},System.MidpointRounding)", "@round({x}, 0, {mode})"),
                new($"{F}Max({S},{S})", "Math.max({x}, {y})"),
                new($"{F}Min({S},{S})", "Math.min({x}, {y})"),
                new($"{F}Sign({S})", "@sign({x})"),
            ];
        }
    }

    /// <summary>Integer types narrower than int: numbers in JS, so Math.max/min compare them as C# does.</summary>
    private static readonly string[] SmallIntegers = ["System.Byte", "System.SByte", "System.Int16", "System.UInt16"];

    private static readonly string[] SignedTypes = [D, "System.Single", "System.Int32", "System.Int64", "System.Int16", "System.SByte"];

    /// <summary>@clamp compares with &lt; and &gt;, which JS applies alike to numbers and BigInts.</summary>
    private static readonly string[] ClampTypes =
    [
        D, "System.Single", "System.Int32", "System.Int64", "System.UInt32", "System.UInt64",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16",
    ];
}
