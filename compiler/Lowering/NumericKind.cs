using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>How a C# value type is represented and wrapped in JS.</summary>
internal enum NumericKind { None, Int8, UInt8, Int16, UInt16, Char, Int32, UInt32, Int64, UInt64, Single, Double, Decimal, Boolean }

internal static class NumericKinds
{
    public static NumericKind Of(ITypeSymbol? type)
    {
        if (type is null) return NumericKind.None;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n) type = n.TypeArguments[0];
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e) type = e.EnumUnderlyingType!;
        return type.SpecialType switch
        {
            SpecialType.System_SByte => NumericKind.Int8,
            SpecialType.System_Byte => NumericKind.UInt8,
            SpecialType.System_Int16 => NumericKind.Int16,
            SpecialType.System_UInt16 => NumericKind.UInt16,
            SpecialType.System_Char => NumericKind.Char,
            SpecialType.System_Int32 => NumericKind.Int32,
            SpecialType.System_UInt32 => NumericKind.UInt32,
            SpecialType.System_Int64 => NumericKind.Int64,
            SpecialType.System_UInt64 => NumericKind.UInt64,
            SpecialType.System_Single => NumericKind.Single,
            SpecialType.System_Double => NumericKind.Double,
            SpecialType.System_Decimal => NumericKind.Decimal,
            SpecialType.System_Boolean => NumericKind.Boolean,
            SpecialType.System_IntPtr => NumericKind.Int64,
            SpecialType.System_UIntPtr => NumericKind.UInt64,
            _ => NumericKind.None,
        };
    }

    public static bool IsBig(this NumericKind k) => k is NumericKind.Int64 or NumericKind.UInt64;
    public static bool IsFloat(this NumericKind k) => k is NumericKind.Single or NumericKind.Double or NumericKind.Decimal;
    public static bool IsIntegral(this NumericKind k) => k is >= NumericKind.Int8 and <= NumericKind.UInt64;
    public static bool IsSmallIntegral(this NumericKind k) => k is >= NumericKind.Int8 and <= NumericKind.UInt32;

    public static (double Min, double Max) Range(this NumericKind k) => k switch
    {
        NumericKind.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        NumericKind.UInt8 => (0, byte.MaxValue),
        NumericKind.Int16 => (short.MinValue, short.MaxValue),
        NumericKind.UInt16 or NumericKind.Char => (0, ushort.MaxValue),
        NumericKind.Int32 => (int.MinValue, int.MaxValue),
        NumericKind.UInt32 => (0, uint.MaxValue),
        NumericKind.Int64 => (long.MinValue, long.MaxValue),
        NumericKind.UInt64 => (0, ulong.MaxValue),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    public static int Bits(this NumericKind k) => k switch
    {
        NumericKind.Int8 or NumericKind.UInt8 => 8,
        NumericKind.Int16 or NumericKind.UInt16 or NumericKind.Char => 16,
        NumericKind.Int32 or NumericKind.UInt32 => 32,
        _ => 64,
    };

    public static bool IsSigned(this NumericKind k) => k is NumericKind.Int8 or NumericKind.Int16 or NumericKind.Int32 or NumericKind.Int64;
}
