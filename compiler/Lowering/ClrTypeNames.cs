using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>.NET's <c>Type.ToString()</c> of a closed type known at compile time ("System.Collections.Generic.List`1[System.String]",
/// "Outer+Inner[]"): what ToString prints for an array or a BCL collection, whose erased JS value no longer knows its
/// type arguments or element type.</summary>
internal static class ClrTypeNames
{
    /// <summary>The name ToString prints for a value of this static type when it is an array or a generic collection class
    /// of System.Collections.Generic (no ToString override); null for anything else or a type that is not closed.</summary>
    public static string? PrintedName(ITypeSymbol type) =>
        type is IArrayTypeSymbol || type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsGenericType: true } named
            && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
            ? Of(type) : null;

    /// <summary>Type.Name: no namespace, no type arguments ("List`1[]" for List&lt;string&gt;[]).</summary>
    public static string Name(ITypeSymbol type) => type is IArrayTypeSymbol array ? Name(array.ElementType) + "[]" : type.MetadataName;

    /// <summary>Type.ToString() of a closed type; null where a type parameter, a multi-dimensional array or a type
    /// without a runtime name is involved.</summary>
    public static string? Of(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol { Rank: 1 } array:
                return Of(array.ElementType) is { } element ? element + "[]" : null;
            case INamedTypeSymbol named when named.TypeKind is not TypeKind.Error && !named.IsAnonymousType:
                if (named.ContainingType is { IsGenericType: true }) return null;
                var prefix = named.ContainingType is { } outer ? Of(outer) + "+"
                    : named.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
                if (named.ContainingType is not null && prefix == "+") return null;
                var name = prefix + named.MetadataName;
                if (!named.IsGenericType) return name;
                var arguments = named.TypeArguments.Select(Of).ToList();
                return arguments.Any(a => a is null) ? null : name + "[" + string.Join(",", arguments) + "]";
            default:
                return null;
        }
    }
}
