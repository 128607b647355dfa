using System.Numerics;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>C# constants as JS literals: char as its UTF-16 code, long/ulong as BigInt, enums as numbers.</summary>
internal static class Constants
{
    public static JsExpression Lower(object? value, ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e) type = e.EnumUnderlyingType;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n) type = n.TypeArguments[0];
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e2) type = e2.EnumUnderlyingType;
        if (value is null) return new JsNullLiteral();
        var special = type?.SpecialType ?? SpecialType.None;
        if (special is SpecialType.System_Int64 or SpecialType.System_UInt64)
            return BigInt(value switch { char c => c, IConvertible conv => conv.ToDecimal(System.Globalization.CultureInfo.InvariantCulture) is var d ? (BigInteger)d : 0, _ => 0 });
        return value switch
        {
            string s => new JsStringLiteral(s),
            bool b => new JsBooleanLiteral(b),
            char c => new JsNumberLiteral(c),
            double d => Number(d),
            float f => Number(f),
            long l => special is SpecialType.System_Double or SpecialType.System_Single ? Number(l) : BigInt(l),
            ulong u => special is SpecialType.System_Double or SpecialType.System_Single ? Number(u) : BigInt(u),
            decimal m => Number((double)m),
            IConvertible conv => Number(conv.ToDouble(System.Globalization.CultureInfo.InvariantCulture)),
            _ => new JsNullLiteral(),
        };
    }

    public static JsExpression Number(double d)
    {
        if (double.IsNaN(d)) return new JsIdentifier("NaN");
        if (double.IsPositiveInfinity(d)) return new JsIdentifier("Infinity");
        if (double.IsNegativeInfinity(d)) return new JsUnary("-", new JsIdentifier("Infinity"));
        if (d < 0 || d == 0 && double.IsNegative(d)) return new JsUnary("-", new JsNumberLiteral(-d));
        return new JsNumberLiteral(d);
    }

    public static JsExpression BigInt(BigInteger v) =>
        v < 0 ? new JsUnary("-", new JsBigIntLiteral(-v)) : new JsBigIntLiteral(v);
}

/// <summary>default(T) for a statically known type.</summary>
internal static class Defaults
{
    public static JsExpression Of(ITypeSymbol type, EmitTable table)
    {
        if (type.IsReferenceType || type is ITypeParameterSymbol || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            return new JsNullLiteral();
        if (type.TypeKind == TypeKind.Enum) return new JsNumberLiteral(0);
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return new JsBooleanLiteral(false);
            case SpecialType.System_Int64 or SpecialType.System_UInt64: return new JsBigIntLiteral(0);
            case SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single
                or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_IntPtr or SpecialType.System_UIntPtr:
                return new JsNumberLiteral(0);
        }
        // tuples and KeyValuePair are runtime classes of erased elements: their defaults are the elements' defaults
        if (type.IsTupleType && type is INamedTypeSymbol tuple)
            return new JsNew(new JsRuntimeRef("$ValueTuple"), tuple.TupleElements.Select(e => Of(e.Type, table)).ToList());
        if (IsKeyValuePair(type) && type is INamedTypeSymbol pair)
            return new JsNew(new JsRuntimeRef("$KeyValuePair"), pair.TypeArguments.Select(a => Of(a, table)).ToList());
        if (table.TypeReference(type) is { } t) return new JsNew(t, []);
        return new JsNullLiteral();
    }

    public static bool IsKeyValuePair(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "KeyValuePair", Arity: 2, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace.Name: "System" } } };
}
