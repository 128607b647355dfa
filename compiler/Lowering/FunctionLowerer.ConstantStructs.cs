using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary><c>new S(constants)</c> of a readonly struct whose constructor only stores its parameters is
/// one value: it is built once per type and argument list (<c>S["$k…"] ??= new S().$ctor(…)</c>) and
/// shared. A readonly struct's copies already share one object (its <c>$clone</c> returns itself), so
/// sharing is invisible, and a hot loop creating such values no longer allocates one per iteration.</summary>
internal sealed partial class FunctionLowerer
{
    private JsExpression? SharedConstantStruct(IObjectCreationOperation create, IMethodSymbol ctor, IReadOnlyList<JsExpression> args, JsExpression instance)
    {
        var type = ctor.ContainingType;
        if (create.Initializer is not null || !type.IsValueType || !type.IsReadOnly || !table.IsUserType(type)) return null;
        if (module.NeedsClassTypeArguments(type) || HasInstanceInitializers(type) || HasStaticCtor(type)) return null;
        if (ctor.Parameters.Length == 0 || create.Arguments.Length != ctor.Parameters.Length) return null;
        if (create.Arguments.Any(a => !a.Value.ConstantValue.HasValue)) return null;
        if (args.Any(a => a is not (JsNumberLiteral or JsStringLiteral or JsBooleanLiteral or JsNullLiteral))) return null;
        if (!OnlyStoresParameters(ctor)) return null;
        var key = "$k:" + table.MemberName(ctor) + ":" + string.Join(",", create.Arguments.Select(a => Key(a.Value.ConstantValue.Value)));
        return new JsAssign("??=", new JsIndex(table.TypeReference(type)!, new JsStringLiteral(key)), instance);
    }

    private static string Key(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        char c => "c" + (int)c,
        bool b => b ? "true" : "false",
        double d => "Double=" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        float f => "Single=" + f.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IConvertible c => value.GetType().Name + "=" + c.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.GetType().Name + "=" + value,
    };

    /// <summary>Whether the constructor's whole body is <c>Field = parameter;</c> statements (fields or
    /// get-only auto-properties of this struct): nothing it does can be observed, so running it once is safe.</summary>
    private bool OnlyStoresParameters(IMethodSymbol ctor)
    {
        if (ctor.DeclaringSyntaxReferences is not [var reference]) return false;
        if (reference.GetSyntax() is not ConstructorDeclarationSyntax { Initializer: null } declaration) return false;
        var model = module.Model(declaration.SyntaxTree);
        IEnumerable<ExpressionSyntax> assignments;
        if (declaration.ExpressionBody is { } arrow) assignments = [arrow.Expression];
        else if (declaration.Body is { } body && body.Statements.All(s => s is ExpressionStatementSyntax))
            assignments = body.Statements.Cast<ExpressionStatementSyntax>().Select(s => s.Expression);
        else return false;
        return assignments.All(e => model.GetOperation(e) is ISimpleAssignmentOperation assign
            && assign.Value is IParameterReferenceOperation
            && assign.Target switch
            {
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field.IsStatic: false } f => SymbolEqualityComparer.Default.Equals(f.Field.ContainingType, ctor.ContainingType),
                IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: { IsStatic: false, SetMethod: null, IsIndexer: false } p } =>
                    SymbolEqualityComparer.Default.Equals(p.ContainingType, ctor.ContainingType),
                _ => false,
            });
    }
}
