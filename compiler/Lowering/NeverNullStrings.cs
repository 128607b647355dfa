using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>String expressions that cannot be null by the shape of the operation — never by nullable
/// annotations, which can lie —, so concatenation and interpolation print them without <c>?? ""</c>.</summary>
internal static class NeverNullStrings
{
    public static bool Holds(IOperation operation) => Holds(operation, []);

    private static bool Holds(IOperation operation, HashSet<ILocalSymbol> visiting) => operation switch
    {
        { ConstantValue: { HasValue: true, Value: var value } } => value is string,
        IConversionOperation { IsImplicit: true, Conversion.IsIdentity: true } c => Holds(c.Operand, visiting),
        IParenthesizedOperation p => Holds(p.Operand, visiting),
        IInterpolatedStringOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String, OperatorMethod: null or { ContainingType.SpecialType: SpecialType.System_String } } => true,
        ICoalesceOperation coalesce => Holds(coalesce.WhenNull, visiting),
        IConditionalOperation { WhenFalse: { } whenFalse } conditional => Holds(conditional.WhenTrue, visiting) && Holds(whenFalse, visiting),
        IInvocationOperation invocation => ReturnsAString(invocation.TargetMethod),
        ILocalReferenceOperation { Local: var local } reference => OnlyEverHoldsStrings(local, Root(reference), visiting),
        _ => false,
    };

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>A local that every write (in the whole body, lambdas and local functions included) gives a
    /// never-null string, and that is never passed by reference or aliased: C#'s definite assignment means a
    /// read sees one of those writes.</summary>
    private static bool OnlyEverHoldsStrings(ILocalSymbol local, IOperation root, HashSet<ILocalSymbol> visiting)
    {
        if (local.IsRef || local.Type.SpecialType != SpecialType.System_String || !visiting.Add(local)) return false;
        try
        {
            foreach (var operation in root.Descendants())
            {
                var holds = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) =>
                        (declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value) is { } value
                            ? Holds(value, visiting)
                            // declared without a value by a plain declaration (not foreach, not using…): assigned later
                            : declarator.Parent is IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation },
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when Is(target, local) => Holds(assignment.Value, visiting),
                    ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound when Is(target, local) =>
                        compound.OperatorKind == BinaryOperatorKind.Add,
                    ICoalesceAssignmentOperation { Target: ILocalReferenceOperation target } coalesce when Is(target, local) => Holds(coalesce.Value, visiting),
                    IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local) => !pattern.MatchesNull,
                    IRecursivePatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local) => true,
                    // out/ref arguments, deconstruction, `ref` aliases, anything else that writes it or declares it
                    ILocalReferenceOperation reference when Is(reference, local) => !reference.IsDeclaration && IsPlainRead(reference),
                    _ => true,
                };
                if (!holds) return false;
            }
            return true;
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    private static bool Is(ILocalReferenceOperation reference, ILocalSymbol local) =>
        SymbolEqualityComparer.Default.Equals(reference.Local, local);

    /// <summary>A read, or the target of an assignment that the cases above judge.</summary>
    private static bool IsPlainRead(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IArgumentOperation { Parameter.RefKind: not RefKind.None } => false,
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => false,
        ITupleOperation or IDeclarationExpressionOperation => false,
        ISimpleAssignmentOperation { IsRef: true } => false,
        IIncrementOrDecrementOperation => false,
        _ => true,
    };

    /// <summary>Library methods that always return a string: those of System.String (but <c>IsInterned</c>,
    /// which answers null for a string not in the pool), <c>ToString()</c> of the primitive value types and of
    /// StringBuilder. A user's <c>ToString()</c> may return null.</summary>
    private static bool ReturnsAString(IMethodSymbol method)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_String) return false;
        var owner = method.ContainingType;
        if (owner.SpecialType == SpecialType.System_String) return method.Name != nameof(string.IsInterned);
        if (method.Name != nameof(ToString)) return false;
        return owner.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_Double
            || owner.ToDisplayString() == "System.Text.StringBuilder";
    }
}
