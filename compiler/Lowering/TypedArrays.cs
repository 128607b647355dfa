using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>
/// Arrays of fixed-width numeric elements are JS typed arrays: 1–4 bytes per element instead of an
/// 8-byte slot, and stores wrap as C#'s already-converted values do. char[] stays a JS Array so that
/// it stays distinguishable from ushort[] at run time ("System.Char[]"); long/ulong[] stay Arrays of BigInt.
/// </summary>
internal static class TypedArrays
{
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
