using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.StructCopies;

/// <summary>Whether an expression yields an object nothing else references: a new object, a
/// constructor call on one (<c>new S().$ctor(…)</c> returns it), a copy, an initialized temporary
/// (<c>($t = new S(), $t.X = 1, $t)</c>), or a choice between such.</summary>
internal static class Freshness
{
    public static bool IsFresh(JsExpression e) => e switch
    {
        JsNew or JsStructCopy => true,
        JsCall { Callee: JsMember { Object: JsNew } } => true,
        JsConditional c => IsFresh(c.WhenTrue) && IsFresh(c.WhenFalse),
        JsSequence { Expressions: [JsAssign { Operator: "=", Target: JsTemp first, Value: var v }, .., JsTemp last] } => first == last && IsFresh(v),
        _ => false,
    };
}
