using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>The range of a counting loop's variable inside the body, for the loop shapes the lowering
/// writes for C#'s <c>for</c>:
/// <c>for (let i = K; i &lt; N; i = i + S | 0)</c> (or <c>&lt;=</c>, <c>i++</c>, <c>i += S</c>) with K ≥ 0, S &gt; 0, and
/// <c>for (let i = N - C; i &gt;= K; i = i - S | 0)</c> (or <c>&gt;</c>, <c>i--</c>), where N is a constant or
/// <c>a.length</c>. The variable moves one way from a known start and the test bounds the other side,
/// so inside the body (which must not write it) it lies in the range. (An index wrapping past 2^31 would
/// need an array longer than C# allows.)</summary>
internal sealed record LoopRange(string Index, IndexRange Range)
{
    /// <param name="lengthOf">The array whose length a variable holds, if it does.</param>
    public static LoopRange? Match(JsFor loop, Func<string, string?> lengthOf)
    {
        if (loop.Init is not JsVariableDeclaration { Kind: "let", Declarators: [{ Name: var index, Init: { } init }] }) return null;
        if (Step(loop.Update, index) is not { } step || BoundOf(init, lengthOf) is not { } start) return null;
        switch (loop.Test)
        {
            case JsBinary { Operator: "<" or "<=", Left: JsIdentifier { Name: var tested }, Right: var limit } test
                when tested == index && step > 0 && start.Array is null && start.Offset >= 0 && BoundOf(limit, lengthOf) is { } high:
                return new LoopRange(index, new IndexRange(start, test.Operator == "<" ? high.Plus(-1) : high));
            case JsBinary { Operator: ">=" or ">", Left: JsIdentifier { Name: var tested }, Right: JsNumberLiteral limit } test
                when tested == index && step < 0 && IsInteger(limit.Value):
                var low = (long)limit.Value + (test.Operator == ">" ? 1 : 0);
                return new LoopRange(index, new IndexRange(new Bound(low), start));
            default:
                return null;
        }
    }

    /// <summary>A constant, <c>a.length</c> (or a variable holding it), or either plus or minus a constant (with or without <c>| 0</c>).</summary>
    public static Bound? BoundOf(JsExpression e, Func<string, string?> lengthOf) => e switch
    {
        JsIdentifier { Name: var n } when lengthOf(n) is { } array => new Bound(0, array),
        JsNumberLiteral n when IsInteger(n.Value) => new Bound((long)n.Value),
        JsUnary { Operator: "-", Operand: JsNumberLiteral n } when IsInteger(n.Value) => new Bound(-(long)n.Value),
        JsMember { Object: JsIdentifier array, Name: "length", Optional: false } => new Bound(0, array.Name),
        JsBinary { Operator: "|", Right: JsNumberLiteral { Value: 0 }, Left: var inner } => BoundOf(inner, lengthOf),
        JsBinary { Operator: "+" or "-", Right: JsNumberLiteral n } b when IsInteger(n.Value) && BoundOf(b.Left, lengthOf) is { } left =>
            left.Plus(b.Operator == "+" ? (long)n.Value : -(long)n.Value),
        _ => null,
    };

    // +S or -S per iteration
    private static long? Step(JsExpression? update, string index) => update switch
    {
        JsUpdate { Operand: JsIdentifier { Name: var n } } u when n == index => u.Operator == "++" ? 1 : -1,
        JsAssign { Operator: "+=" or "-=", Target: JsIdentifier { Name: var n }, Value: JsNumberLiteral s } a when n == index && IsInteger(s.Value) && s.Value > 0 =>
            a.Operator == "+=" ? (long)s.Value : -(long)s.Value,
        JsAssign { Operator: "=", Target: JsIdentifier { Name: var n }, Value: var v } when n == index => StepOf(v, index),
        _ => null,
    };

    // i + S | 0, i - S | 0 (or without | 0)
    private static long? StepOf(JsExpression value, string index) => value switch
    {
        JsBinary { Operator: "|", Left: var inner, Right: JsNumberLiteral { Value: 0 } } => StepOf(inner, index),
        JsBinary { Operator: "+" or "-", Left: JsIdentifier { Name: var n }, Right: JsNumberLiteral s } b when n == index && IsInteger(s.Value) && s.Value > 0 =>
            b.Operator == "+" ? (long)s.Value : -(long)s.Value,
        _ => null,
    };

    private static bool IsInteger(double v) => v == Math.Floor(v) && Math.Abs(v) <= int.MaxValue;
}
