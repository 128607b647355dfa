using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>A T value is a bare JS value (a char is its code, an enum its number): where the function has T's
/// type object at run time, printing or boxing the value consults it, so a char prints as a character and an
/// enum as its name, as in .NET.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The type object of T when this function receives it: a generic method that is passed its type
    /// arguments (see <see cref="ModuleLowerer.NeedsTypeArguments"/>), or an instance member of a class that stores them.</summary>
    private JsExpression? TypeArgumentAtHand(ITypeSymbol? type)
    {
        if (type is not ITypeParameterSymbol tp) return null;
        if (tp.DeclaringMethod is { } declaring)
            return module.NeedsTypeArguments(declaring) && IsWithin(declaring.OriginalDefinition) ? new JsIdentifier(TypeParameterName(tp)) : null;
        return tp.DeclaringType is INamedTypeSymbol declaringType && module.NeedsClassTypeArguments(declaringType) && !IsStaticContext()
            ? new JsMember(new JsThis(), module.ClassTypeArgumentSlot(tp)) : null;
    }

    private bool IsWithin(IMethodSymbol method)
    {
        for (var s = owner; s is not null; s = s.ContainingSymbol)
            if (SymbolEqualityComparer.Default.Equals(s.OriginalDefinition, method)) return true;
        return false;
    }

    /// <summary>A T value as string concatenation prints it, or null when T is not at hand.</summary>
    private JsExpression? StringifyTyped(JsExpression value, ITypeSymbol type) =>
        TypeArgumentAtHand(type) is { } t ? new JsCall(new JsRuntimeRef("$toStringTyped"), [value, t]) : null;

    /// <summary>A T value converted to object, or null when T is not at hand.</summary>
    private JsExpression? BoxTyped(JsExpression value, ITypeSymbol type) =>
        TypeArgumentAtHand(type) is { } t ? new JsCall(new JsRuntimeRef("$boxTyped"), [value, t]) : null;

    /// <summary>A KeyValuePair whose key or value is a char or an enum, with those parts boxed so that it prints as
    /// .NET prints it ("[a, 1]", "[Red, 2]"); null for any other type. Dictionary entries are made by the runtime,
    /// which does not know the static types.</summary>
    public static JsExpression? KeyValuePairTyped(ModuleLowerer module, JsExpression value, ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { Name: "KeyValuePair", ContainingNamespace: { Name: "Generic" }, TypeArguments: [var key, var item] }) return null;
        static bool PrintsSpecially(ITypeSymbol t) => t.SpecialType is SpecialType.System_Char or SpecialType.System_Single || t.TypeKind == TypeKind.Enum;
        if (!PrintsSpecially(key) && !PrintsSpecially(item)) return null;
        JsExpression Hint(ITypeSymbol t) => PrintsSpecially(t) ? TypeHint(module, t) : new JsNullLiteral();
        return new JsCall(new JsRuntimeRef("$kvpTyped"), [value, Hint(key), Hint(item)]);
    }
}
