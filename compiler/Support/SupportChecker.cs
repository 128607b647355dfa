using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EdgeMirror.Compiler.Support;

/// <summary>Rejects C# constructs outside the subset the lowering supports, at their C# location,
/// with what to use instead. Uses of BCL members without a JS mapping are reported by the lowering,
/// which is where the symbol-by-symbol decision is made.</summary>
public static class SupportChecker
{
    public static IReadOnlyList<CompileDiagnostic> Check(CSharpCompilation compilation)
    {
        var found = new List<CompileDiagnostic>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => !RoslynFrontEnd.IsPrelude(t)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
                if (Classify(node, model) is { } problem)
                    found.Add(SupportDiagnostics.Create(problem.Id, node.GetLocation(), problem.Message));
        }
        return found;
    }

    private static (Unsupported Id, string Message)? Classify(SyntaxNode node, SemanticModel model) => node switch
    {
        UnsafeStatementSyntax => (Unsupported.UnsafeCode, "unsafe code is not supported in JavaScript"),
        PointerTypeSyntax or FunctionPointerTypeSyntax => (Unsupported.Pointers, "pointer types are not supported in JavaScript; use arrays or references"),
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax =>
            (Unsupported.StackAlloc, "stackalloc is not supported; use an array (new T[n])"),
        FixedStatementSyntax => (Unsupported.FixedStatement, "fixed statements are not supported in JavaScript"),
        EventFieldDeclarationSyntax or EventDeclarationSyntax => (Unsupported.Events, "events are not supported; store a delegate (Action/Func) in a field or a List<Action>"),
        DestructorDeclarationSyntax => (Unsupported.Finalizers, "finalizers are not supported (JavaScript has no deterministic destruction); use IDisposable"),
        RefTypeSyntax r when r.Parent is PropertyDeclarationSyntax or IndexerDeclarationSyntax or FieldDeclarationSyntax =>
            (Unsupported.RefLocals, "ref properties and ref fields are not supported; use a method returning ref, or an index"),
        PredefinedTypeSyntax p when p.Keyword.IsKind(SyntaxKind.DecimalKeyword) =>
            (Unsupported.Decimal, "decimal is not supported in JavaScript; use double or long"),
        AttributeSyntax a when a.Name.ToString() is "StructLayout" or "FieldOffset" or "System.Runtime.InteropServices.StructLayout" =>
            (Unsupported.ExplicitLayout, "explicit struct layout is not supported in JavaScript"),
        StructDeclarationSyntax s when s.Modifiers.Any(SyntaxKind.RefKeyword) =>
            (Unsupported.RefStruct, "ref structs are not supported; use a class or a plain struct"),
        MethodDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.AsyncKeyword) && IsAsyncEnumerable(model.GetDeclaredSymbol(m)?.ReturnType) =>
            (Unsupported.AsyncIterator, "async iterators (IAsyncEnumerable) are not supported; return Task<List<T>>"),
        // T.Member / operators of T: static abstract/virtual interface members dispatch on the type argument, which is erased
        MemberAccessExpressionSyntax m when model.GetSymbolInfo(m.Expression).Symbol is ITypeParameterSymbol =>
            (Unsupported.UnsupportedOperation, "static abstract/virtual interface members called through a type parameter (T.Member) are not supported (generics are erased); pass an instance or a delegate"),
        ExpressionSyntax e when e is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax
            && model.GetSymbolInfo(e).Symbol is IMethodSymbol { IsStatic: true, ContainingType.TypeKind: TypeKind.Interface } op && (op.IsAbstract || op.IsVirtual) =>
            (Unsupported.UnsupportedOperation, "operators declared static abstract/virtual in an interface and applied to a type parameter are not supported (generics are erased)"),
        // C# 14 extension blocks: their members are called as if the receiver had them, which JavaScript's receiver does not
        ExtensionBlockDeclarationSyntax => (Unsupported.UnsupportedOperation, "extension blocks (extension(T x) { … }) are not supported; write classic extension methods (static T M(this T x))"),
        ForEachStatementSyntax f when f.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) =>
            (Unsupported.AsyncIterator, "'await foreach' is not supported; await a Task<List<T>> and use foreach"),
        VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } v when GenericStatics.IsPerTypeArgumentState(model.GetDeclaredSymbol(v), v.Initializer?.Value, model) =>
            (Unsupported.GenericStaticState, GenericStatics.Message),
        PropertyDeclarationSyntax p when GenericStatics.IsPerTypeArgumentState(model.GetDeclaredSymbol(p), p, model) =>
            (Unsupported.GenericStaticState, GenericStatics.Message),
        ConstructorDeclarationSyntax c when c.Modifiers.Any(SyntaxKind.StaticKeyword) && GenericStatics.InGenericType(model.GetDeclaredSymbol(c)?.ContainingType) =>
            (Unsupported.GenericStaticState, "a static constructor in a generic type runs once per type argument in .NET but once in JavaScript (generics are erased); move it to a non-generic type"),
        InvocationExpressionSyntax call when GenericStatics.PrintsErasedTypeArgument(call, model) is { } message => (Unsupported.GenericStaticState, message),
        ArgumentSyntax arg when RegexPatterns.UnsupportedConstruct(arg, model) is { } message => (Unsupported.RegexConstruct, message),
                TypeParameterSyntax t when t.VarianceKeyword.IsKind(SyntaxKind.InKeyword) || t.VarianceKeyword.IsKind(SyntaxKind.OutKeyword) => null,
        _ => null,
    };

    private static bool IsAsyncEnumerable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "IAsyncEnumerable" or "IAsyncEnumerator" };
}
