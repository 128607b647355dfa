using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>Writes every <see cref="JsCheckedIndex"/> as the inline check
/// <c>i &gt;&gt;&gt; 0 &lt; a.length ? i : $throwIndex()</c> (a shared helper would see every element kind and
/// V8 could not specialise it; the inline check stays monomorphic and V8 merges it with its own), except
/// where a canonical loop already proves the index in range:
/// <c>for (let i = K; i &lt; a.length; i = i + S | 0)</c> (K ≥ 0, S &gt; 0 constants) whose body neither
/// writes <c>i</c> nor <c>a</c>, where <c>a</c> is a variable of the function itself that no closure
/// assigns. There <c>a[i]</c> and <c>a.charCodeAt(i)</c> lose the check: <c>0 ≤ i &lt; a.length</c> held at
/// the loop test and nothing between the test and the index can change <c>i</c>, <c>a</c> or the length
/// (C# arrays and strings never change length).</summary>
public sealed class BoundsChecksPass : JsRewriter
{
    private readonly Stack<FunctionFacts> functions = new();
    private readonly Stack<List<(string Array, string Index)>> provenInFunction = new();

    public static JsModule Run(JsModule module) => new BoundsChecksPass().RewriteModule(module);

    private BoundsChecksPass() => provenInFunction.Push([]);

    protected override void EnterFunction(JsNode function)
    {
        functions.Push(FunctionFacts.Of(function));
        // a closure may run after the loop: what the loop proves does not hold inside it
        provenInFunction.Push([]);
    }

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        functions.Pop();
        provenInFunction.Pop();
        return body;
    }

    protected override JsStatement RewriteFor(JsFor loop)
    {
        if (functions.Count == 0 || CanonicalLoop.Match(loop) is not { } canonical || !Holds(canonical, loop))
            return base.RewriteFor(loop);
        var proven = provenInFunction.Peek();
        proven.Add((canonical.Array, canonical.Index));
        try { return base.RewriteFor(loop); }
        finally { proven.RemoveAt(proven.Count - 1); }
    }

    private bool Holds(CanonicalLoop canonical, JsFor loop)
    {
        var facts = functions.Peek();
        if (!facts.Declared.Contains(canonical.Array)) return false; // a captured variable: other code may assign it
        if (facts.AssignedInClosures.Contains(canonical.Array) || facts.AssignedInClosures.Contains(canonical.Index)) return false;
        var body = NameUse.Of(loop.Body);
        return !body.Assigned.Contains(canonical.Array) && !body.Assigned.Contains(canonical.Index)
            && !body.Declared.Contains(canonical.Array) && !body.Declared.Contains(canonical.Index);
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        if (expression is not JsCheckedIndex)
            return base.Rewrite(expression);
        var check = (JsCheckedIndex)base.Rewrite(expression);
        if (check is { Array: JsIdentifier array, Index: JsIdentifier index }
            && provenInFunction.Peek().Contains((array.Name, index.Name)))
            return index;
        return Inline(check);
    }

    /// <summary><c>i &gt;&gt;&gt; 0 &lt; a.length ? i : $throwIndex()</c>: <c>&gt;&gt;&gt; 0</c> turns a negative index into one past
    /// any length; a constant index is known not to be negative.</summary>
    public static JsExpression Inline(JsCheckedIndex check)
    {
        var i = check.Index;
        var unsigned = i is JsNumberLiteral { Value: >= 0 } ? i : new JsBinary(">>>", i, new JsNumberLiteral(0));
        var inBounds = new JsBinary("<", unsigned, new JsMember(check.Array, "length"));
        return new JsConditional(inBounds, i, new JsCall(new JsRuntimeRef("$throwIndex"), [])) { Location = check.Location };
    }
}
