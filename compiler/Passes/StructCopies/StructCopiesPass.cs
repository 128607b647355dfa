using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.StructCopies;

/// <summary>Turns each <see cref="JsStructCopy"/> into the copy (<c>value.$clone()</c>, or
/// <c>$cloneValue(value)</c> for a value that may be null), or into the value itself where no
/// one can tell the difference:
/// <list type="bullet">
/// <item>a readonly struct: its copies share one object (its <c>$clone</c> returns itself);</item>
/// <item>a fresh value (<c>new S()</c>, a constructor call, another copy): nothing else holds it;</item>
/// <item><c>return x</c> of a local that only ever holds fresh values, that no closure sees, outside
/// <c>try…finally</c> (a finally block could still change it): the function's own value dies with it.</item>
/// </list></summary>
public sealed class StructCopiesPass : JsRewriter
{
    private readonly Stack<FunctionState> functions = new();

    // what a function owns is worked out only for a function that returns a copy of a variable
    private sealed class FunctionState(JsNode? function)
    {
        private IReadOnlySet<string>? ownedLocals;
        public IReadOnlySet<string> OwnedLocals => ownedLocals ??= function is null ? new HashSet<string>() : StructCopies.OwnedLocals.Of(function);
        public int FinallyDepth { get; set; }
    }

    public static JsModule Run(JsModule module) => new StructCopiesPass().RewriteModule(module);

    private StructCopiesPass() => functions.Push(new FunctionState(null));

    protected override void EnterFunction(JsNode function) => functions.Push(new FunctionState(function));

    protected override JsNode LeaveFunction(JsNode function, JsNode body)
    {
        functions.Pop();
        return body;
    }

    public override JsStatement Rewrite(JsStatement statement)
    {
        switch (statement)
        {
            case JsReturn { Argument: JsStructCopy { Value: JsIdentifier local } } ret
                when functions.Peek() is { FinallyDepth: 0 } state && state.OwnedLocals.Contains(local.Name):
                return ret with { Argument = local };
            case JsTry { Finalizer: not null } tryStatement:
            {
                var state = functions.Peek();
                state.FinallyDepth++;
                var block = RewriteBlock(tryStatement.Block);
                var handler = tryStatement.Handler is null ? null : RewriteBlock(tryStatement.Handler);
                state.FinallyDepth--;
                var finalizer = RewriteBlock(tryStatement.Finalizer);
                return tryStatement with { Block = block, Handler = handler, Finalizer = finalizer };
            }
            default:
                return base.Rewrite(statement);
        }
    }

    public override JsExpression Rewrite(JsExpression expression)
    {
        if (expression is not JsStructCopy copy) return base.Rewrite(expression);
        var fresh = Freshness.IsFresh(copy.Value);
        var value = Rewrite(copy.Value);
        if (fresh || copy.Kind == StructCopyKind.Shared) return value;
        return copy.Kind == StructCopyKind.MaybeNull
            ? new JsCall(new JsRuntimeRef("$cloneValue"), [value]) { Location = copy.Location }
            : new JsCall(new JsMember(value, "$clone"), []) { Location = copy.Location };
    }
}
