using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>What a function declares itself (parameters and variables outside nested functions) and what
/// the closures inside it assign: a closure may run whenever the function calls anything.</summary>
internal sealed class FunctionFacts : JsRewriter
{
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AssignedInClosures { get; } = new(StringComparer.Ordinal);
    private int depth;

    public static FunctionFacts Of(JsNode function)
    {
        var facts = new FunctionFacts();
        switch (function)
        {
            case JsFunction f:
                foreach (var p in f.Parameters) facts.Declared.Add(p.Name);
                facts.RewriteBlock(f.Body);
                break;
            case JsArrow a:
                foreach (var p in a.Parameters) facts.Declared.Add(p.Name);
                if (a.Body is JsBlock block) facts.RewriteBlock(block);
                else facts.Rewrite((JsExpression)a.Body);
                break;
            case JsStaticBlock s:
                facts.RewriteBlock(s.Body);
                break;
        }
        return facts;
    }

    protected override void EnterFunction(JsNode function)
    {
        depth++;
        var inner = function switch
        {
            JsFunction f => NameUse.Of(new JsFunctionExpression(f)),
            JsArrow a => NameUse.Of(a),
            JsStaticBlock s => NameUse.Of(s.Body),
            _ => null,
        };
        if (inner is not null && depth == 1) AssignedInClosures.UnionWith(inner.Assigned);
    }

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        depth--;
        return body;
    }

    public override JsStatement Rewrite(JsStatement statement)
    {
        if (depth == 0)
            switch (statement)
            {
                case JsVariableDeclaration d: foreach (var v in d.Declarators) Declared.Add(v.Name); break;
                case JsForOf f: Declared.Add(f.Name); break;
                case JsForIn f: Declared.Add(f.Name); break;
                case JsTry { CatchParameter: { } p }: Declared.Add(p); break;
            }
        return base.Rewrite(statement);
    }
}
