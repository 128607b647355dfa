using Microsoft.CodeAnalysis;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

internal sealed partial class TypeLowerer
{
    /// <summary>EqualityComparer&lt;T&gt;.Default (behind List.Contains, Dictionary keys, Distinct…) calls
    /// IEquatable&lt;T&gt;.Equals(T), not Equals(object). When both overloads exist they have different JS names, so
    /// the class tells the runtime which one is the typed one (<c>$equatable(cls, T, name)</c>).</summary>
    private void AddEquatableMarker()
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)) return;
        foreach (var iface in type.Interfaces)
        {
            if (iface.OriginalDefinition.ToDisplayString() != "System.IEquatable<T>") continue;
            if (iface.TypeArguments[0] is not INamedTypeSymbol target || target.DeclaringSyntaxReferences.Length == 0) continue;
            if (table.TypeReference(target) is not { } targetReference) continue;
            if (iface.GetMembers("Equals").FirstOrDefault() is not { } equals) continue;
            if (type.FindImplementationForInterfaceMember(equals) is not IMethodSymbol implementation) continue;
            if (!SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type)) continue;
            var name = table.MemberName(implementation);
            if (name == "Equals") continue;
            after.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$equatable"), [Self, targetReference, new JsStringLiteral(name)])));
        }
    }
}
