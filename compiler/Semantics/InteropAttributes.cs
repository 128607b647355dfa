using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Semantics;

/// <summary>Reads the H5-style interop attributes (namespace <c>H5</c>) from Roslyn symbols.</summary>
public static class InteropAttributes
{
    public const string Namespace = "H5";

    public static AttributeData? Find(ISymbol symbol, string name) =>
        symbol.GetAttributes().FirstOrDefault(a =>
            a.AttributeClass is { } c && c.Name == name && c.ContainingNamespace?.ToDisplayString() == Namespace);

    public static bool Has(ISymbol symbol, string name) => Find(symbol, name) is not null;

    public static string? StringArgument(ISymbol symbol, string name, int index = 0) =>
        Find(symbol, name) is { } a && a.ConstructorArguments.Length > index ? a.ConstructorArguments[index].Value as string : null;

    /// <summary>Whether the symbol is JavaScript's own: [External] on it or a containing type, or a member of an
    /// [ObjectLiteral] type (a plain JS object, whose members are read and written by name like an external's).</summary>
    public static bool IsExternal(ISymbol symbol)
    {
        for (var s = symbol; s is not null; s = s.ContainingType)
            if (Has(s, "ExternalAttribute") || s is ITypeSymbol type && IsObjectLiteral(type)) return true;
        return false;
    }

    public static bool IsObjectLiteral(ITypeSymbol type)
    {
        for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
            if (Has(t, "ObjectLiteralAttribute")) return true;
        return false;
    }

    /// <summary>0 none, 1 camelCase, 2 lowercase, from [Convention] on the symbol or a containing type.</summary>
    public static int Notation(ISymbol symbol)
    {
        for (var s = symbol.ContainingType; s is not null; s = s.ContainingType)
            if (Find(s, "ConventionAttribute") is { } a && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int n)
                return n;
        return 0;
    }

    public static (string Module, string Export)? Import(ISymbol symbol) =>
        Find(symbol, "ImportAttribute") is { } a && a.ConstructorArguments.Length >= 1 && a.ConstructorArguments[0].Value is string module
            ? (module, a.ConstructorArguments.Length > 1 && a.ConstructorArguments[1].Value is string e ? e : "default")
            : null;
}
