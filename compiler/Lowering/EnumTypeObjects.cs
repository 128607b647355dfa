using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>The run-time type object of an enum (names, values, [Flags], size), which ToString and
/// formatting need: a user enum declares it once; a BCL enum the runtime does not define
/// (DateTimeStyles, StringComparison…) gets one built from its metadata, shared through <c>$bclEnum</c>.</summary>
internal static class EnumTypeObjects
{
    /// <summary>The arguments of <c>$enumType(name, fullName, [[member, value]…], isFlags[, size[, isUnsigned]])</c>.</summary>
    /// <summary>The runtime helper that makes the type object: a [Flags] enum's own, so that only programs
    /// with one link the naming of flag combinations.</summary>
    public static string Maker(INamedTypeSymbol type) => IsFlags(type) ? "$flagsEnumType" : "$enumType";

    private static bool IsFlags(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");

    public static List<JsExpression> Arguments(INamedTypeSymbol type, string fullName)
    {
        var values = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => (JsExpression)new JsArrayLiteral([new JsStringLiteral(f.Name), Constants.Lower(f.ConstantValue, type.EnumUnderlyingType!)]))
            .ToList();
        var isFlags = IsFlags(type);
        List<JsExpression> args = [new JsStringLiteral(type.Name), new JsStringLiteral(fullName), new JsArrayLiteral(values), new JsBooleanLiteral(isFlags)];
        // the "X" format prints as many hex digits as the underlying type has; 4-byte (8 digits) is the runtime's default
        var size = type.EnumUnderlyingType!.SpecialType switch
        {
            SpecialType.System_Byte or SpecialType.System_SByte => 1,
            SpecialType.System_Int16 or SpecialType.System_UInt16 => 2,
            SpecialType.System_Int64 or SpecialType.System_UInt64 => 8,
            _ => 4,
        };
        var isUnsigned = type.EnumUnderlyingType.SpecialType == SpecialType.System_UInt32;
        if (size != 4 || isUnsigned) args.Add(new JsNumberLiteral(size));
        if (isUnsigned) args.Add(new JsBooleanLiteral(true)); // parsing and | keep it unsigned
        return args;
    }

    /// <summary>The type object of an enum (printing, boxing, is/typeof): the table's, else one built from metadata.</summary>
    public static JsExpression? ForPrinting(ITypeSymbol type, EmitTable table)
    {
        if (table.TypeReference(type) is { } known) return known;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named || table.IsUserType(named)) return null;
        return new JsCall(new JsRuntimeRef("$bclEnum"), Arguments(named, named.ToDisplayString()));
    }
}
