using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>The few BCL members the lowering itself knows (when the BCL table has no entry):
/// System.Type's names and array length, which follow from how types and arrays are emitted.</summary>
internal static class Intrinsics
{
    public static JsExpression? PropertyGet(IPropertySymbol property, JsExpression? receiver)
    {
        var type = property.ContainingType.ToDisplayString();
        return (type, property.Name) switch
        {
            ("System.Type" or "System.Reflection.MemberInfo", "Name") => new JsMember(receiver!, "$name"),
            ("System.Type", "FullName") => new JsMember(receiver!, "$fullName"),
            ("System.Array", "Length") => new JsMember(receiver!, "length"),
            (_, "HasValue") when IsNullable(property.ContainingType) => new JsBinary("!=", receiver!, new JsNullLiteral()),
            (_, "Value") when IsNullable(property.ContainingType) => new JsCall(new JsRuntimeRef("$nullableValue"), [receiver!]),
            _ => null,
        };
    }

    private static bool IsNullable(INamedTypeSymbol t) => t.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}
