using EdgeMirror.Compiler.FrontEnd;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Tuples are value types, but a JS tuple object is shared by every variable it is assigned to. That is
/// invisible unless an element is written in place (<c>t.Item1 = 5</c>, <c>t.X++</c>, <c>ref t.Y</c>); programs that do
/// so copy tuples read from a location, as they copy structs.</summary>
internal sealed partial class ModuleLowerer
{
    private bool? mutatesTupleElements;

    public bool MutatesTupleElements => mutatesTupleElements ??= FindTupleElementWrite();

    private bool FindTupleElementWrite()
    {
        foreach (var tree in compilation.SyntaxTrees.Where(t => !RoslynFrontEnd.IsPrelude(t)))
        {
            var model = Model(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var target = node switch
                {
                    AssignmentExpressionSyntax a => a.Left,
                    PrefixUnaryExpressionSyntax p => p.Operand,
                    PostfixUnaryExpressionSyntax p => p.Operand,
                    ArgumentSyntax { RefKindKeyword.RawKind: not 0 } arg => arg.Expression,
                    RefExpressionSyntax r => r.Expression,
                    // t.Item1.Bump() on a struct element may change it
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } when model.GetTypeInfo(call.Expression).Type is { TypeKind: TypeKind.Struct, IsTupleType: false, IsReadOnly: false } => call.Expression,
                    _ => null,
                };
                if (target is not null && IsTupleElementOrInside(model.GetOperation(target))) return true;
            }
        }
        return false;
    }

    // t.Item1 = …, and t.Item1.X = … on a struct element, change the tuple itself
    private static bool IsTupleElementOrInside(IOperation? op)
    {
        for (var o = op; o is not null; o = o is IFieldReferenceOperation f ? f.Instance : null)
            if (o is IFieldReferenceOperation { Field.ContainingType.IsTupleType: true }) return true;
        return false;
    }
}
