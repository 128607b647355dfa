using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Deconstruction: <c>var (a, b) = x;</c>, <c>(a, b) = (b, a);</c>, foreach over pairs.
/// All right-hand values are read before any target is written, as in C#.</summary>
internal sealed partial class FunctionLowerer
{
    private JsExpression Deconstruction(IDeconstructionAssignmentOperation da, bool valueUsed)
    {
        var seq = new List<JsExpression>();
        var target = da.Target is IDeclarationExpressionOperation d ? d.Expression : da.Target;
        if (da.Value is ITupleOperation literal && target is ITupleOperation targets && literal.Elements.Length == targets.Elements.Length)
        {
            // C# order: target locations (receivers, indices), then values, then the stores
            var writers = targets.Elements.Select(t => t is ILocalReferenceOperation or IDiscardOperation or IDeclarationExpressionOperation or ITupleOperation
                ? null : Access(t, seq, deferred: true).Write).ToList();
            var values = literal.Elements.Select(e => Once(LowerValue(e), seq)).ToList();
            for (var i = 0; i < values.Count; i++)
                seq.Add(writers[i] is { } write ? write(values[i]) : AssignPart(targets.Elements[i], values[i], literal.Elements[i].Type, da.Syntax));
            if (valueUsed) seq.Add(new JsNew(new JsRuntimeRef("$ValueTuple"), values));
            return new JsSequence(seq);
        }
        var source = Once(LowerValue(da.Value), seq);
        seq.Add(DeconstructInto(target, source, da.Value.Type, da.Syntax));
        if (valueUsed) seq.Add(source);
        return new JsSequence(seq);
    }

    private JsExpression AssignPart(IOperation target, JsExpression value, ITypeSymbol? valueType, SyntaxNode syntax)
    {
        if (target is IDeclarationExpressionOperation d) target = d.Expression;
        switch (target)
        {
            case ITupleOperation nested:
                return DeconstructInto(nested, value, valueType, syntax);
            case IDiscardOperation:
                return value;
            case ILocalReferenceOperation local when local.IsDeclaration:
                hoisted.Add(LocalName(local.Local));
                return new JsAssign("=", new JsIdentifier(LocalName(local.Local)), CopyIfStruct(value, local.Local.Type));
            default:
                return Store(target, value);
        }
    }

    /// <summary>Writes the parts of <paramref name="source"/> (a tuple, or anything with Deconstruct) into the targets.</summary>
    private JsExpression DeconstructInto(IOperation target, JsExpression source, ITypeSymbol? sourceType, SyntaxNode syntax)
    {
        if (target is IDeclarationExpressionOperation d) target = d.Expression;
        if (target is not ITupleOperation tuple) return AssignPart(target, source, sourceType, syntax);
        var seq = new List<JsExpression>();
        if (sourceType is INamedTypeSymbol { IsTupleType: true } tt)
        {
            var parts = tt.TupleElements.Select((e, i) => Once(TupleItem(new JsMember(source, "Item" + (i + 1)), e.Type), seq)).ToList();
            for (var i = 0; i < tuple.Elements.Length; i++)
                seq.Add(AssignPart(tuple.Elements[i], parts[i], tt.TupleElements[i].Type, syntax));
            return new JsSequence(seq);
        }
        var deconstruct = FindDeconstruct(sourceType, tuple.Elements.Length, syntax);
        if (deconstruct is null)
        {
            Unsupported(Support.Unsupported.UnsupportedOperation, target, $"cannot deconstruct '{sourceType?.ToDisplayString()}'");
            return new JsNullLiteral();
        }
        var refs = Enumerable.Range(0, tuple.Elements.Length).Select(_ => Temp()).ToList();
        foreach (var r in refs) seq.Add(new JsAssign("=", r, new JsObjectLiteral([new JsProperty(new JsIdentifier("v"), new JsNullLiteral())])));
        seq.Add(deconstruct.IsStatic
            ? CallMethod(deconstruct, null, [source, .. refs], syntax)
            : CallMethod(deconstruct, source, refs, syntax));
        var ps = deconstruct.Parameters.Skip(deconstruct.IsStatic ? 1 : 0).ToList();
        for (var i = 0; i < refs.Count; i++)
            seq.Add(AssignPart(tuple.Elements[i], new JsMember(refs[i], "v"), ps[i].Type, syntax));
        return new JsSequence(seq);
    }

    private IMethodSymbol? FindDeconstruct(ITypeSymbol? type, int arity, SyntaxNode syntax)
    {
        var model = module.Model(syntax.SyntaxTree);
        var info = syntax switch
        {
            AssignmentExpressionSyntax a => model.GetDeconstructionInfo(a),
            ForEachVariableStatementSyntax f => model.GetDeconstructionInfo(f),
            _ => default,
        };
        if (info.Method is { } m) return m;
        for (var t = type; t is not null; t = t.BaseType)
            if (t.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(x => x.Parameters.Length == arity) is { } found)
                return found;
        return null;
    }
}
