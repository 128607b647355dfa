using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.StructCopies;

/// <summary>The variables a function declares with <c>let</c>/<c>const</c> that only ever receive fresh
/// values (<see cref="Freshness"/>) and that no nested function mentions: such a variable's object is
/// referenced by this variable alone, so once the function returns it no one else can see it.</summary>
internal sealed class OwnedLocals : JsRewriter
{
    private readonly HashSet<string> candidates = new(StringComparer.Ordinal);
    private readonly HashSet<string> excluded = new(StringComparer.Ordinal);
    private int depth;

    public static IReadOnlySet<string> Of(JsNode function)
    {
        var walker = new OwnedLocals();
        switch (function)
        {
            case JsFunction f: walker.RewriteBlock(f.Body); break;
            case JsArrow { Body: JsBlock block }: walker.RewriteBlock(block); break;
            case JsArrow { Body: JsExpression body }: walker.Rewrite(body); break;
            case JsStaticBlock s: walker.RewriteBlock(s.Body); break;
        }
        walker.candidates.ExceptWith(walker.excluded);
        return walker.candidates;
    }

    protected override void EnterFunction(JsNode function) => depth++;

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        depth--;
        return body;
    }

    public override JsStatement Rewrite(JsStatement statement)
    {
        if (statement is JsVariableDeclaration { Kind: "let" or "const" } declaration && depth == 0)
            foreach (var d in declaration.Declarators)
            {
                if (d.Init is null || Freshness.IsFresh(d.Init)) candidates.Add(d.Name);
                else excluded.Add(d.Name);
            }
        return base.Rewrite(statement);
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        switch (expression)
        {
            case JsIdentifier id when depth > 0:
                excluded.Add(id.Name); // a closure sees it
                break;
            case JsAssign { Target: JsIdentifier target } assign when depth > 0 || assign.Operator != "=" || !Freshness.IsFresh(assign.Value):
                excluded.Add(target.Name);
                break;
            case JsUpdate { Operand: JsIdentifier target }:
                excluded.Add(target.Name);
                break;
        }
        return base.Rewrite(expression);
    }
}
