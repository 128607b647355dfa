using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>C#-specific facts about a conversion operation (boxing, unboxing…), which the
/// language-neutral <c>CommonConversion</c> does not carry.</summary>
internal static class ConversionInfo
{
    public static bool IsBoxing(this IConversionOperation c) => c.GetConversion().IsBoxing;
    public static bool IsUnboxing(this IConversionOperation c) => c.GetConversion().IsUnboxing;
    public static bool IsExplicitConversion(this IConversionOperation c) => c.GetConversion().IsExplicit;
}
