using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary><c>for (let i = K; i &lt; a.length; i = i + S | 0)</c> with constants K ≥ 0 and S &gt; 0 (also
/// <c>i++</c> / <c>i += S</c>): <c>i</c> only grows from a non-negative start and is below <c>a.length</c>
/// whenever the body starts. (Wrapping past 2^31 would need an array longer than any engine allows.)</summary>
internal sealed record CanonicalLoop(string Index, string Array)
{
    public static CanonicalLoop? Match(JsFor loop)
    {
        if (loop.Init is not JsVariableDeclaration { Kind: "let", Declarators: [{ Name: var index, Init: JsNumberLiteral start }] }) return null;
        if (start.Value < 0 || start.Value != Math.Floor(start.Value)) return null;
        if (loop.Test is not JsBinary { Operator: "<", Left: JsIdentifier { Name: var tested }, Right: JsMember { Object: JsIdentifier array, Name: "length", Optional: false } }
            || tested != index) return null;
        return IsStep(loop.Update, index) ? new CanonicalLoop(index, array.Name) : null;
    }

    private static bool IsStep(JsExpression? update, string index) => update switch
    {
        JsUpdate { Operator: "++", Operand: JsIdentifier { Name: var n } } => n == index,
        JsAssign { Operator: "=", Target: JsIdentifier { Name: var n }, Value: var v } => n == index && IsIncrease(v, index),
        JsAssign { Operator: "+=", Target: JsIdentifier { Name: var n }, Value: JsNumberLiteral s } => n == index && IsPositive(s),
        _ => false,
    };

    // i + S, or i + S | 0
    private static bool IsIncrease(JsExpression value, string index) => value switch
    {
        JsBinary { Operator: "|", Left: var sum, Right: JsNumberLiteral { Value: 0 } } => IsIncrease(sum, index),
        JsBinary { Operator: "+", Left: JsIdentifier { Name: var n }, Right: JsNumberLiteral s } => n == index && IsPositive(s),
        _ => false,
    };

    private static bool IsPositive(JsNumberLiteral step) => step.Value >= 1 && step.Value == Math.Floor(step.Value) && step.Value <= int.MaxValue;
}
