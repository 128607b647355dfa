using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

// Async methods stay native async functions, but their tasks say when they finished (tasks.mjs,
// $TaskState): .NET continues synchronously after `await` of a task that has already completed —
// an async method that returned without suspending (a cache hit), a stored task, WhenAll of
// finished tasks — while a JS `await` always yields a microtask first and lets the caller run.
internal sealed partial class FunctionLowerer
{
    private const string AsyncStateName = "$s";
    private const string AsyncFaultName = "$e";

    /// <summary>Whether the function being lowered is an async body run by <c>$async</c>, whose
    /// returns record their value in its state.</summary>
    private bool inAsyncBody;

    /// <summary>Lowers a function body with <see cref="inAsyncBody"/> set for it (and restored after,
    /// since lambdas and local functions nest).</summary>
    private T InFunction<T>(bool isAsync, Func<T> lower)
    {
        var saved = inAsyncBody;
        inAsyncBody = isAsync;
        functionDepth++;
        try { return lower(); }
        finally
        {
            inAsyncBody = saved;
            functionDepth--;
        }
    }

    /// <summary>How many functions (a method body, lambdas, local functions) the code being lowered is inside;
    /// a constructor's own body is lowered at depth 0.</summary>
    private int functionDepth;

    /// <summary><c>$async(async $s => { try { body } catch ($e) { $s.fault($e); } finally { $s.end(); } })</c>:
    /// the outermost catch and finally see the body's end after every inner finally has run, so a
    /// finally that awaits still counts as suspending; the returned promise carries <c>$s</c>.
    /// <c>fault</c> rethrows what it records (six bytes less than <c>throw $s.fault($e)</c> in every async body).</summary>
    private static JsExpression AsyncBody(IMethodSymbol method, IReadOnlyList<JsStatement> statements)
    {
        var state = new JsIdentifier(AsyncStateName);
        var guarded = new JsTry(
            new JsBlock(statements),
            AsyncFaultName,
            new JsBlock([new JsExpressionStatement(new JsCall(new JsMember(state, "fault"), [new JsIdentifier(AsyncFaultName)]))]),
            new JsBlock([new JsExpressionStatement(new JsCall(new JsMember(state, "end"), []))]));
        var body = new JsArrow([new JsParameter(AsyncStateName)], new JsBlock([guarded]), IsAsync: true);
        return new JsCall(new JsRuntimeRef(method.ReturnsVoid ? "$asyncVoid" : "$async"), [body]);
    }

    /// <summary>A returned value of an async body, kept where an await of the finished task reads it.</summary>
    private JsExpression AsyncReturnValue(JsExpression value) =>
        inAsyncBody ? new JsAssign("=", new JsMember(new JsIdentifier(AsyncStateName), "result"), value) : value;

    /// <summary><c>$done($t = task) ? $t.$s.result : await $t</c>: a finished task's result without yielding
    /// (<c>$done</c> throws a faulted task's exception), as .NET's await does.</summary>
    private JsExpression Await(IAwaitOperation aw)
    {
        if (IsHostPromise(aw.Operation)) return new JsAwait(LowerValue(aw.Operation));
        var task = Temp();
        return new JsConditional(
            new JsCall(new JsRuntimeRef("$done"), [new JsAssign("=", task, LowerValue(aw.Operation))]),
            new JsMember(new JsMember(task, "$s"), "result"),
            new JsAwait(task));
    }

    /// <summary>An await whose value nobody reads (a statement): <c>$done($t = task) || await $t</c>.</summary>
    private JsExpression AwaitForEffect(IAwaitOperation aw) =>
        Await(aw) switch
        {
            JsConditional { Test: var done, WhenFalse: var wait } => new JsLogical("||", done, wait),
            var hostAwait => hostAwait,
        };

    /// <summary>A promise the host made (<c>fetch</c>, <c>cache.match</c>: a method of an [External] class,
    /// templated or not — its template is host JS) never carries a completion state, so a plain await is exact
    /// and smaller. An [External] interface may be implemented in C#, so its methods are not counted.</summary>
    private static bool IsHostPromise(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: var method }
        && InteropAttributes.IsExternal(method)
        && method.ContainingType.TypeKind != TypeKind.Interface;
}
