using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.BoundsChecks;

/// <summary>What a statement that completed normally proves about lengths, for the statements after it in
/// its block: every constant-index check it certainly ran passed (<c>parts[2]</c> → <c>parts.length ≥ 3</c>),
/// and a guard that leaves the block when it holds, <c>if (parts.length !== 4 || …) { return …; }</c>, was
/// false in every part (<c>parts.length === 4</c>). C# arrays and strings never change length, so a fact
/// holds until the variable is assigned.</summary>
internal static class KnownLengths
{
    /// <summary>Adds to <paramref name="known"/> (variable → minimum length) what <paramref name="statement"/> proves,
    /// after dropping what it may have invalidated.</summary>
    public static void Learn(JsStatement statement, Dictionary<string, long> known)
    {
        var use = NameUse.Of(statement);
        foreach (var name in use.Assigned.Concat(use.Declared)) known.Remove(name);
        var learned = new Dictionary<string, long>(StringComparer.Ordinal);
        switch (statement)
        {
            case JsExpressionStatement { Expression: var e }:
                Ran(e, learned);
                break;
            case JsVariableDeclaration declaration:
                foreach (var d in declaration.Declarators)
                    if (d.Init is not null) Ran(d.Init, learned);
                break;
            case JsIf { Else: null, Then: var then, Test: var test } when Leaves(then):
                // falling through means every part of `a || b || …` ran and was false
                foreach (var part in Disjuncts(test))
                {
                    Ran(part, learned);
                    if (LengthWhenFalse(part) is var (array, length)) Add(learned, array, length);
                }
                break;
            case JsIf { Test: var test }:
                Ran(test, learned);
                break;
        }
        foreach (var (array, length) in learned)
            if (!use.Assigned.Contains(array) && !use.Declared.Contains(array)) Add(known, array, length);
    }

    /// <summary>Adds what the left operand of <c>||</c> (false) or <c>&amp;&amp;</c> (true) proves once it has run;
    /// <paramref name="known"/> holds only variables the whole expression leaves unassigned.</summary>
    public static void LearnFromOperand(JsExpression left, bool wasTrue, Dictionary<string, long> known)
    {
        var learned = new Dictionary<string, long>(StringComparer.Ordinal);
        Ran(left, learned);
        var parts = wasTrue ? Conjuncts(left) : Disjuncts(left);
        foreach (var part in parts)
        {
            Ran(part, learned);
            if ((wasTrue ? LengthWhenTrue(part) : LengthWhenFalse(part)) is var (array, length)) Add(learned, array, length);
        }
        var assigned = NameUse.Of(left);
        foreach (var (array, length) in learned)
            if (!assigned.Assigned.Contains(array) && !assigned.Declared.Contains(array)) Add(known, array, length);
    }

    /// <summary>Adds the checks an operand certainly ran, for the operands JS evaluates after it (call arguments,
    /// the right of a binary operator); <paramref name="known"/> holds only variables the whole expression leaves unassigned.</summary>
    public static void LearnFromEarlierOperand(JsExpression earlier, Dictionary<string, long> known)
    {
        var learned = new Dictionary<string, long>(StringComparer.Ordinal);
        Ran(earlier, learned);
        foreach (var (array, length) in learned) Add(known, array, length);
    }

    private static void Add(Dictionary<string, long> known, string array, long length)
    {
        if (!known.TryGetValue(array, out var old) || old < length) known[array] = length;
    }

    private static bool Leaves(JsStatement statement) => statement switch
    {
        JsReturn or JsThrow or JsBreak or JsContinue => true,
        JsBlock { Statements: [.., var last] } => Leaves(last),
        _ => false,
    };

    private static IEnumerable<JsExpression> Disjuncts(JsExpression test) =>
        test is JsLogical { Operator: "||" } or ? Disjuncts(or.Left).Concat(Disjuncts(or.Right)) : [test];

    private static IEnumerable<JsExpression> Conjuncts(JsExpression test) =>
        test is JsLogical { Operator: "&&" } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [test];

    /// <summary>The minimum length a true <paramref name="test"/> proves: <c>a.length &gt; 2</c> → 3, <c>a.length &gt;= 2</c>,
    /// <c>a.length === 2</c> → 2, <c>a.length !== 0</c> → 1.</summary>
    private static (string Array, long Length)? LengthWhenTrue(JsExpression test) => test switch
    {
        JsBinary { Left: JsMember { Object: JsIdentifier a, Name: "length" }, Right: JsNumberLiteral n } b when IsCount(n.Value) => b.Operator switch
        {
            ">" => (a.Name, (long)n.Value + 1),
            ">=" or "===" or "==" => (a.Name, (long)n.Value),
            "!==" or "!=" when n.Value == 0 => (a.Name, 1),
            _ => null,
        },
        JsBinary { Left: JsNumberLiteral n, Right: JsMember { Object: JsIdentifier a, Name: "length" } } b when IsCount(n.Value) => b.Operator switch
        {
            "<" => (a.Name, (long)n.Value + 1),
            "<=" or "===" or "==" => (a.Name, (long)n.Value),
            _ => null,
        },
        _ => null,
    };

    /// <summary>The minimum length of an array that a false <paramref name="test"/> proves: <c>a.length !== 4</c>,
    /// <c>a.length &lt; 4</c> → 4; <c>a.length &lt;= 4</c> → 5; <c>a.length === 0</c> → 1.</summary>
    private static (string Array, long Length)? LengthWhenFalse(JsExpression test) => test switch
    {
        JsBinary { Left: JsMember { Object: JsIdentifier a, Name: "length" }, Right: JsNumberLiteral n } b when IsCount(n.Value) => b.Operator switch
        {
            "!==" or "!=" or "<" => (a.Name, (long)n.Value),
            "<=" => (a.Name, (long)n.Value + 1),
            "===" or "==" when n.Value == 0 => (a.Name, 1),
            _ => null,
        },
        JsBinary { Left: JsNumberLiteral n, Right: JsMember { Object: JsIdentifier a, Name: "length" } } b when IsCount(n.Value) => b.Operator switch
        {
            "!==" or "!=" or ">" => (a.Name, (long)n.Value),
            ">=" => (a.Name, (long)n.Value + 1),
            _ => null,
        },
        _ => null,
    };

    /// <summary>Whether an expression holds a constant-index check (outside nested functions) — only then is the
    /// order of its operands worth following.</summary>
    public static bool HasConstantCheck(JsExpression expression)
    {
        var learned = new Dictionary<string, long>(StringComparer.Ordinal);
        Ran(expression, learned);
        return learned.Count > 0;
    }

    private static bool IsOptionalChain(JsExpression expression) => expression switch
    {
        JsMember m => m.Optional || IsOptionalChain(m.Object),
        JsIndex i => i.Optional || IsOptionalChain(i.Object),
        JsCall c => c.Optional || IsOptionalChain(c.Callee),
        _ => false,
    };

    private static bool IsCount(double value) => value >= 0 && value == Math.Floor(value) && value <= int.MaxValue;

    /// <summary>The constant-index checks an expression certainly runs whenever it completes: not those in the
    /// right of <c>&amp;&amp; || ??</c>, the branches of <c>?:</c> or nested functions.</summary>
    private static void Ran(JsExpression expression, Dictionary<string, long> learned)
    {
        // `a?.b.c(x[0])` skips everything after `?.` when `a` is null
        if (IsOptionalChain(expression)) return;
        switch (expression)
        {
            case JsCheckedIndex { Array: JsIdentifier a, Index: JsNumberLiteral n } when IsCount(n.Value):
                Add(learned, a.Name, (long)n.Value + 1);
                break;
            case JsCheckedIndex c: Ran(c.Array, learned); Ran(c.Index, learned); break;
            case JsLogical l: Ran(l.Left, learned); break;
            case JsConditional c: Ran(c.Test, learned); break;
            case JsBinary b: Ran(b.Left, learned); Ran(b.Right, learned); break;
            case JsUnary u: Ran(u.Operand, learned); break;
            case JsMember m: Ran(m.Object, learned); break;
            case JsIndex i: Ran(i.Object, learned); Ran(i.Index, learned); break;
            case JsCall c:
                Ran(c.Callee, learned);
                foreach (var a in c.Arguments) Ran(a, learned);
                break;
            case JsNew n:
                Ran(n.Callee, learned);
                foreach (var a in n.Arguments) Ran(a, learned);
                break;
            case JsAssign a:
                if (a.Target is not JsIdentifier) Ran(a.Target, learned);
                if (a.Operator is not ("||=" or "&&=" or "??=")) Ran(a.Value, learned);
                break;
            case JsSequence s:
                foreach (var e in s.Expressions) Ran(e, learned);
                break;
            case JsArrayLiteral a:
                foreach (var e in a.Elements) Ran(e, learned);
                break;
            case JsStructCopy c: Ran(c.Value, learned); break;
        }
    }
}
