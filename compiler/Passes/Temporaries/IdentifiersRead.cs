using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.Temporaries;

/// <summary>Whether a piece of code names any of some identifiers (nested functions included).</summary>
internal sealed class IdentifiersRead(IReadOnlyCollection<string> names) : JsRewriter
{
    private bool found;

    public static bool AnyIn(JsStatement? statement, IReadOnlyCollection<string> names)
    {
        if (statement is null) return false;
        var reader = new IdentifiersRead(names);
        reader.Rewrite(statement);
        return reader.found;
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        if (expression is JsIdentifier { Name: var name } && names.Contains(name)) found = true;
        return found ? expression : base.Rewrite(expression);
    }
}
