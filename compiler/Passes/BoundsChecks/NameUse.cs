using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>The variable names a piece of code assigns (<c>=</c>, <c>+=</c>…, <c>++</c>) or declares,
/// nested functions included.</summary>
internal sealed class NameUse : JsRewriter
{
    public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    public static NameUse Of(JsStatement statement)
    {
        var use = new NameUse();
        use.Rewrite(statement);
        return use;
    }

    public static NameUse Of(JsExpression expression)
    {
        var use = new NameUse();
        use.Rewrite(expression);
        return use;
    }

    public override JsStatement Rewrite(JsStatement statement)
    {
        switch (statement)
        {
            case JsVariableDeclaration d: foreach (var v in d.Declarators) Declared.Add(v.Name); break;
            case JsForOf f: Declared.Add(f.Name); break;
            case JsForIn f: Declared.Add(f.Name); break;
            case JsTry { CatchParameter: { } p }: Declared.Add(p); break;
            case JsFunctionDeclaration { Function.Name: { } name }: Declared.Add(name); break;
            case JsClassDeclaration { Class.Name: { } name }: Declared.Add(name); break;
        }
        return base.Rewrite(statement);
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        switch (expression)
        {
            case JsAssign { Target: JsIdentifier target }: Assigned.Add(target.Name); break;
            case JsUpdate { Operand: JsIdentifier target }: Assigned.Add(target.Name); break;
            case JsArrow arrow: foreach (var p in arrow.Parameters) Declared.Add(p.Name); break;
        }
        return base.Rewrite(expression);
    }

    public override JsFunction RewriteFunction(JsFunction function)
    {
        foreach (var p in function.Parameters) Declared.Add(p.Name);
        if (function.Name is { } name) Declared.Add(name);
        return base.RewriteFunction(function);
    }
}
