using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>What a function declares itself (parameters and variables outside nested functions), what
/// the closures inside it assign (a closure may run whenever the function calls anything), and the
/// arrays whose length it fixes: a variable declared once with a constant-size allocation
/// (<c>$newTypedArray(T, 64)</c>, <c>Int32Array.of(…)</c>, <c>[…]</c>) and never assigned again.</summary>
internal sealed class FunctionFacts : JsRewriter
{
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AssignedInClosures { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> KnownLengths { get; } = new(StringComparer.Ordinal);
    /// <summary>Variables that hold an array's length (<c>let n = a.length</c>), neither ever assigned again.</summary>
    public Dictionary<string, string> LengthsOf { get; } = new(StringComparer.Ordinal);
    private readonly HashSet<string> assigned = new(StringComparer.Ordinal);
    private readonly HashSet<string> declaredTwice = new(StringComparer.Ordinal);
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
        var changing = facts.assigned.Concat(facts.declaredTwice).ToHashSet(StringComparer.Ordinal);
        foreach (var name in changing) facts.KnownLengths.Remove(name);
        foreach (var (length, array) in facts.LengthsOf.ToList())
            if (changing.Contains(length) || changing.Contains(array) || !facts.Declared.Contains(array)) facts.LengthsOf.Remove(length);
        return facts;
    }

    protected override void EnterFunction(JsNode function) => depth++;

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
                case JsVariableDeclaration d:
                    foreach (var v in d.Declarators) Declare(v.Name, v.Init);
                    break;
                case JsForOf f: Declare(f.Name, null); break;
                case JsForIn f: Declare(f.Name, null); break;
                case JsTry { CatchParameter: { } p }: Declare(p, null); break;
            }
        return base.Rewrite(statement);
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        var target = expression switch
        {
            JsAssign { Target: JsIdentifier t } => t.Name,
            JsUpdate { Operand: JsIdentifier t } => t.Name,
            _ => null,
        };
        if (target is not null)
        {
            assigned.Add(target);
            if (depth > 0) AssignedInClosures.Add(target);
        }
        return base.Rewrite(expression);
    }

    private void Declare(string name, JsExpression? init)
    {
        if (!Declared.Add(name)) declaredTwice.Add(name);
        if (init is not null && AllocatedLength(init) is { } length) KnownLengths[name] = length;
        if (init is JsMember { Object: JsIdentifier array, Name: "length", Optional: false }) LengthsOf[name] = array.Name;
    }

    private static long? AllocatedLength(JsExpression init) => init switch
    {
        JsCall { Callee: JsRuntimeRef { Name: "$newTypedArray" }, Arguments: [_, JsNumberLiteral n] } => Length(n.Value),
        JsCall { Callee: JsRuntimeRef { Name: "$newArray" or "$newArrayOf" }, Arguments: [JsNumberLiteral n, _] } => Length(n.Value),
        JsCall { Callee: JsMember { Object: JsIdentifier { Name: var type }, Name: "of" }, Arguments: var items }
            when type.EndsWith("Array", StringComparison.Ordinal) && items.All(i => i is not JsSpread) => items.Count,
        JsArrayLiteral { Elements: var items } when items.All(i => i is not JsSpread) => items.Count,
        _ => null,
    };

    private static long? Length(double n) => n >= 0 && n == Math.Floor(n) && n <= int.MaxValue ? (long)n : null;
}
