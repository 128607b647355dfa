using EdgeMirror.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Support;

/// <summary>Generics are erased, so a generic type has one set of static fields in JavaScript where .NET has
/// one per closed type (<c>Cache&lt;int&gt;.Count</c> and <c>Cache&lt;string&gt;.Count</c> are different fields).
/// Static state that is the same for every type argument — a readonly field holding a constant — is allowed.</summary>
public static class GenericStatics
{
    public const string Message =
        "a static field or auto-property of a generic type is one per type argument in .NET but shared in JavaScript (generics are erased); " +
        "keep it in a non-generic type, or make it a const";

    public static bool InGenericType(INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
            if (t.TypeParameters.Length > 0) return true;
        return false;
    }

    /// <summary>A static field (or auto-property, whose backing field it stands for) of a generic type whose value could
    /// differ between closed types or be written: anything but a readonly constant.</summary>
    public static bool IsPerTypeArgumentState(ISymbol? declared, ExpressionSyntax? initializer, SemanticModel model) =>
        declared is IFieldSymbol { IsStatic: true, IsConst: false } field && InGenericType(field.ContainingType)
        && !(field.IsReadOnly && IsSharedConstant(initializer, model));

    public static bool IsPerTypeArgumentState(ISymbol? declared, PropertyDeclarationSyntax syntax, SemanticModel model) =>
        declared is IPropertySymbol { IsStatic: true, IsAbstract: false } property && InGenericType(property.ContainingType) && IsAuto(syntax)
        && !(property.SetMethod is null && IsSharedConstant(syntax.Initializer?.Value, model));

    private static bool IsAuto(PropertyDeclarationSyntax syntax) =>
        syntax.ExpressionBody is null && syntax.AccessorList is { } accessors
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    private static bool IsSharedConstant(ExpressionSyntax? initializer, SemanticModel model) =>
        initializer is not null && model.GetConstantValue(initializer).HasValue;

    /// <summary>A call of a static member of a generic class with a char or enum type argument, where the member
    /// prints or boxes a value of that type parameter: a static member has no type arguments at run time, so the
    /// value would print as a number. The message names the parameter; null when the call is fine.</summary>
    public static string? PrintsErasedTypeArgument(InvocationExpressionSyntax call, SemanticModel model)
    {
        if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol { IsStatic: true } method || !InGenericType(method.ContainingType)) return null;
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            for (var i = 0; i < type.TypeArguments.Length; i++)
            {
                var argument = type.TypeArguments[i];
                if (argument.SpecialType != SpecialType.System_Char && argument.TypeKind != TypeKind.Enum) continue;
                var parameter = type.OriginalDefinition.TypeParameters[i];
                if (Prints(method.OriginalDefinition, parameter, model.Compilation))
                    return $"'{method.ToDisplayString()}' prints or boxes a value of '{parameter.Name}', which is '{argument.ToDisplayString()}' here: " +
                        "a static member of a generic class has no type arguments at run time (generics are erased), so it would print a number; " +
                        "make the member generic (a method type parameter) or an instance member";
            }
        return null;
    }

    private static bool Prints(IMethodSymbol method, ITypeParameterSymbol parameter, Compilation compilation)
    {
        bool Is(ITypeSymbol? t) => SymbolEqualityComparer.Default.Equals(t, parameter);
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var model = compilation.GetSemanticModel(syntax.SyntaxTree);
            foreach (var node in syntax.DescendantNodes())
            {
                var op = model.GetOperation(node);
                if (op is null) continue;
                if (op is IInterpolationOperation hole && Is(hole.Expression.Type)) return true;
                if (op is IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } receiver } && Is(receiver.Type)) return true;
                if (op.ChildOperations.OfType<IConversionOperation>().Any(c => c.IsBoxing() && Is(c.Operand.Type))) return true;
            }
        }
        return false;
    }
}
