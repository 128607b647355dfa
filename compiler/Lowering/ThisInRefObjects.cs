using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Replaces <c>this</c> with a temporary in the read and write of a ref object's location: the
/// object's <c>get v()</c>/<c>set v()</c> are functions with their own <c>this</c> (the ref object), so
/// <c>ref this.items</c> would otherwise read and write a property of the ref object. Arrows keep the
/// method's <c>this</c> and are rewritten too; nested functions are left alone.</summary>
internal sealed class ThisInRefObjects(Func<JsExpression> makeTemporary) : JsRewriter
{
    /// <summary>The temporary that stands for <c>this</c>, made at the first <c>this</c> found; null if none was.</summary>
    public JsExpression? Self { get; private set; }

    public override JsExpression Rewrite(JsExpression expression)
    {
        if (expression is not JsThis) return base.Rewrite(expression);
        return Self ??= makeTemporary();
    }

    public override JsFunction RewriteFunction(JsFunction function) => function;
}
