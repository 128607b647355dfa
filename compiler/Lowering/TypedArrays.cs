using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>
/// Arrays of fixed-width numeric elements are JS typed arrays: 1–4 bytes per element instead of an
/// 8-byte slot, and stores wrap as C#'s already-converted values do.
/// char[] is the runtime's <c>$CharArray</c>, a Uint16Array subclass, so that it stays distinguishable from
/// ushort[] at run time ("System.Char[]"); long/ulong[] stay Arrays of BigInt.
/// </summary>
internal static class TypedArrays
{
    /// <summary>The expression naming the typed-array class for arrays of this element type, or null for a plain Array.</summary>
    public static JsExpression? Constructor(ITypeSymbol elementType) =>
        elementType.SpecialType == SpecialType.System_Char ? new JsRuntimeRef("$CharArray")
        : ConstructorFor(elementType) is { } name ? new JsIdentifier(name) : null;

    /// <summary>Whether a lowered expression is <c>XArray.of(…)</c> for one of these classes (its items can be spread inline).</summary>
    public static bool IsOf(JsCall call) => call.Callee is JsMember { Name: "of", Object: var ctor }
        && (ctor is JsRuntimeRef { Name: "$CharArray" } || ctor is JsIdentifier { Name: var n } && n.EndsWith("Array", StringComparison.Ordinal) && n != "Array");

    /// <summary>The typed-array constructor for arrays of this element type, or null for a plain Array.</summary>
    public static string? ConstructorFor(ITypeSymbol elementType) => elementType.SpecialType switch
    {
        SpecialType.System_Byte => "Uint8Array",
        SpecialType.System_SByte => "Int8Array",
        SpecialType.System_Int16 => "Int16Array",
        SpecialType.System_UInt16 => "Uint16Array",
        SpecialType.System_Int32 => "Int32Array",
        SpecialType.System_UInt32 => "Uint32Array",
        SpecialType.System_Single => "Float32Array",
        SpecialType.System_Double => "Float64Array",
        _ => null,
    };
}
