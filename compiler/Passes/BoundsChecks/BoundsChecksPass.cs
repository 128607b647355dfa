using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>Writes every <see cref="JsCheckedIndex"/> as the inline check
/// <c>i &gt;&gt;&gt; 0 &lt; a.length ? i : $throwIndex()</c> (a shared helper would see every element kind and
/// V8 could not specialise it; the inline check stays monomorphic and V8 merges it with its own), except
/// where the index is provably in range: <c>a</c> is a variable of the function itself that no closure
/// assigns, and the index (a constant, or a counting loop's variable plus or minus a constant, see
/// <see cref="LoopRange"/>) stays within <c>a.length</c>, or within the constant length the function gave
/// <c>a</c> (<see cref="FunctionFacts.KnownLengths"/>); a loop bound may also be a variable holding <c>a.length</c>. A loop's range holds in its body when the body
/// writes neither the variable nor the array its test reads; C# arrays and strings never change length.</summary>
public sealed class BoundsChecksPass : JsRewriter
{
    // the facts of a function are worked out only for one that has a loop or an index to check
    private readonly Stack<Lazy<FunctionFacts>> functions = new();
    // per function: the loop variables in scope and their ranges (a closure may run after the loop, so it starts empty)
    private readonly Stack<List<LoopRange>> loops = new();

    // per block: the minimum lengths the statements before the current one proved (see KnownLengths)
    private readonly Stack<Dictionary<string, long>> known = new();

    public static JsModule Run(JsModule module) => new BoundsChecksPass().RewriteModule(module);

    private BoundsChecksPass()
    {
        loops.Push([]);
        known.Push(new(StringComparer.Ordinal));
    }

    protected override void EnterFunction(JsNode function)
    {
        functions.Push(new Lazy<FunctionFacts>(() => FunctionFacts.Of(function), LazyThreadSafetyMode.None));
        loops.Push([]);
        known.Push(new(StringComparer.Ordinal)); // a closure may run at any time: nothing is known in it
    }

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        functions.Pop();
        loops.Pop();
        known.Pop();
        return body;
    }

    /// <summary>Statements learn from the ones before them in their block; what a block learns stays in it. A
    /// statement that assigns a variable (anywhere inside, loops and closures included) knows nothing of it.</summary>
    public override JsBlock RewriteBlock(JsBlock block)
    {
        var facts = new Dictionary<string, long>(known.Peek(), StringComparer.Ordinal);
        var statements = new List<JsStatement>(block.Statements.Count);
        var changed = false;
        foreach (var statement in block.Statements)
        {
            var rewritten = WithFacts(Unchanged(facts, NameUse.Of(statement)), () => Rewrite(statement));
            changed |= !ReferenceEquals(rewritten, statement);
            statements.Add(rewritten);
            KnownLengths.Learn(statement, facts);
        }
        return changed ? block with { Statements = statements } : block;
    }

    private static Dictionary<string, long> Unchanged(Dictionary<string, long> facts, NameUse use)
    {
        var kept = new Dictionary<string, long>(facts, StringComparer.Ordinal);
        foreach (var name in use.Assigned.Concat(use.Declared)) kept.Remove(name);
        return kept;
    }

    private T WithFacts<T>(Dictionary<string, long> facts, Func<T> rewrite)
    {
        known.Push(facts);
        try { return rewrite(); }
        finally { known.Pop(); }
    }

    /// <summary>The right of <c>a || b</c> runs only when the left was false, of <c>a &amp;&amp; b</c> only when it was true.</summary>
    private JsExpression RewriteLogical(JsLogical logical)
    {
        var left = Rewrite(logical.Left);
        var facts = Unchanged(known.Peek(), NameUse.Of(logical));
        if (logical.Operator is "||" or "&&") KnownLengths.LearnFromOperand(logical.Left, logical.Operator == "&&", facts);
        var right = WithFacts(facts, () => Rewrite(logical.Right));
        return ReferenceEquals(left, logical.Left) && ReferenceEquals(right, logical.Right) ? logical : logical with { Left = left, Right = right };
    }

    protected override JsStatement RewriteFor(JsFor loop)
    {
        if (functions.Count == 0 || LoopRange.Match(loop, LengthOf) is not { } range || !Holds(range, loop))
            return base.RewriteFor(loop);
        var inScope = loops.Peek();
        inScope.Add(range);
        try { return base.RewriteFor(loop); }
        finally { inScope.RemoveAt(inScope.Count - 1); }
    }

    private string? LengthOf(string variable) => functions.Peek().Value.LengthsOf.GetValueOrDefault(variable);

    private bool Holds(LoopRange loop, JsFor statement)
    {
        var facts = functions.Peek().Value;
        var body = NameUse.Of(statement.Body);
        if (facts.AssignedInClosures.Contains(loop.Index) || body.Assigned.Contains(loop.Index) || body.Declared.Contains(loop.Index)) return false;
        foreach (var array in new[] { loop.Range.Low.Array, loop.Range.High.Array })
            if (array is not null && !IsStable(array, facts, body)) return false;
        return true;
    }

    // a variable of this function that neither a closure nor the loop body assigns
    private static bool IsStable(string array, FunctionFacts facts, NameUse body) =>
        facts.Declared.Contains(array) && !facts.AssignedInClosures.Contains(array)
        && !body.Assigned.Contains(array) && !body.Declared.Contains(array);

    /// <summary>JS evaluates call arguments and binary operands left to right: a later one knows the checks an
    /// earlier one ran (<c>f(parts[2], parts[1])</c> checks once).</summary>
    private JsExpression RewriteInOrder(JsExpression expression)
    {
        var use = NameUse.Of(expression);
        var facts = Unchanged(known.Peek(), use);
        JsExpression Next(JsExpression operand)
        {
            var rewritten = WithFacts(new Dictionary<string, long>(facts, StringComparer.Ordinal), () => Rewrite(operand));
            KnownLengths.LearnFromEarlierOperand(operand, facts);
            // a variable the expression assigns anywhere is never known in it
            foreach (var name in use.Assigned.Concat(use.Declared)) facts.Remove(name);
            return rewritten;
        }
        switch (expression)
        {
            case JsCall call:
            {
                var callee = Next(call.Callee);
                var args = call.Arguments.Select(Next).ToList();
                return ReferenceEquals(callee, call.Callee) && args.SequenceEqual(call.Arguments, ReferenceEqualityComparer.Instance)
                    ? call : call with { Callee = callee, Arguments = args };
            }
            case JsNew @new:
            {
                var callee = Next(@new.Callee);
                var args = @new.Arguments.Select(Next).ToList();
                return ReferenceEquals(callee, @new.Callee) && args.SequenceEqual(@new.Arguments, ReferenceEqualityComparer.Instance)
                    ? @new : @new with { Callee = callee, Arguments = args };
            }
            case JsBinary binary:
            {
                var left = Next(binary.Left);
                var right = Next(binary.Right);
                return ReferenceEquals(left, binary.Left) && ReferenceEquals(right, binary.Right) ? binary : binary with { Left = left, Right = right };
            }
            default:
                return base.Rewrite(expression);
        }
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        if (expression is JsLogical logical) return RewriteLogical(logical);
        // an optional call skips its arguments when the callee is null: nothing is learned through one
        if (expression is JsCall { Optional: false } or JsNew or JsBinary && functions.Count > 0 && KnownLengths.HasConstantCheck(expression))
            return RewriteInOrder(expression);
        if (expression is not JsCheckedIndex)
            return base.Rewrite(expression);
        var check = (JsCheckedIndex)base.Rewrite(expression);
        return IsProven(check) ? check.Index : Inline(check);
    }

    private bool IsProven(JsCheckedIndex check)
    {
        if (check.Array is JsStringLiteral { Value: var text } && RangeOf(check.Index) is { Low.Array: null, High.Array: null } constant)
            return constant.Low.Offset >= 0 && constant.High.Offset < text.Length;
        if (functions.Count == 0 || check.Array is not JsIdentifier { Name: var array }) return false;
        var facts = functions.Peek().Value;
        if (!facts.Declared.Contains(array) || facts.AssignedInClosures.Contains(array)) return false;
        if (known.Peek().TryGetValue(array, out var minimum))
        {
            // a constant below the known length, or `a.length - c` (c ≥ 1) when the length is known to be at least c
            if (check.Index is JsNumberLiteral { Value: var k } && k >= 0 && k < minimum) return true;
            if (RangeOf(check.Index) is { Low: { Array: var low } from, High: { Array: var high } to } && low == array && high == array
                && to.Offset <= -1 && from.Offset + minimum >= 0) return true;
        }
        return RangeOf(check.Index) is { } range && range.IsWithin(array, facts.KnownLengths.TryGetValue(array, out var n) ? n : null);
    }

    private IndexRange? RangeOf(JsExpression index) => index switch
    {
        JsNumberLiteral n when n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) <= int.MaxValue => new IndexRange(new Bound((long)n.Value), new Bound((long)n.Value)),
        JsIdentifier id => loops.Peek().LastOrDefault(l => l.Index == id.Name)?.Range,
        JsMember { Object: JsIdentifier a, Name: "length" } => new IndexRange(new Bound(0, a.Name), new Bound(0, a.Name)),
        // `x & 15` is between 0 and 15 whatever x is
        JsBinary { Operator: "&", Right: JsNumberLiteral { Value: >= 0 and <= int.MaxValue } mask } when mask.Value == Math.Floor(mask.Value) =>
            new IndexRange(new Bound(0), new Bound((long)mask.Value)),
        JsBinary { Operator: "|", Right: JsNumberLiteral { Value: 0 }, Left: var inner } => RangeOf(inner),
        JsBinary { Operator: "+" or "-", Right: JsNumberLiteral c } b when c.Value == Math.Floor(c.Value) && Math.Abs(c.Value) <= int.MaxValue =>
            RangeOf(b.Left)?.Plus(b.Operator == "+" ? (long)c.Value : -(long)c.Value),
        _ => null,
    };

    /// <summary><c>i &gt;&gt;&gt; 0 &lt; a.length ? i : $throwIndex()</c>: <c>&gt;&gt;&gt; 0</c> turns a negative index into one past
    /// any length; a constant index is known not to be negative.</summary>
    public static JsExpression Inline(JsCheckedIndex check)
    {
        var i = check.Index;
        var unsigned = i is JsNumberLiteral { Value: >= 0 } ? i : new JsBinary(">>>", i, new JsNumberLiteral(0));
        // a string literal's length is known: `i >>> 0 < 16`, not `i >>> 0 < "0123456789abcdef".length`
        JsExpression length = check.Array is JsStringLiteral { Value: var text } ? new JsNumberLiteral(text.Length) : new JsMember(check.Array, "length");
        var inBounds = new JsBinary("<", unsigned, length);
        return new JsConditional(inBounds, i, new JsCall(new JsRuntimeRef("$throwIndex"), [])) { Location = check.Location };
    }
}
