#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>The third argument of <c>fetch(request, env, ctx)</c> (JS ExecutionContext; named so it never clashes with System.Threading.ExecutionContext).</summary>
[External, Convention(Notation.CamelCase)]
public class WorkerContext
{
    /// <summary>Keeps the isolate alive until the task settles, after the response has been returned.</summary>
    public extern void WaitUntil(Task task);
    public extern void PassThroughOnException();
}

/// <summary>The second argument of <c>fetch</c>: vars, secrets and bindings by name.</summary>
[External]
public class Env
{
    /// <summary>A var or secret as a string (a TOML table or array var is given as its JSON); null when unset.</summary>
    [Template("((v) => v == null ? null : typeof v === \"string\" ? v : JSON.stringify(v))({this}[{name}])")]
    public extern string? Var(string name);

    /// <summary>An R2 bucket binding, or null when not bound.</summary>
    [Template("({this}[{name}] ?? null)")]
    public extern R2Bucket? Bucket(string name);

    /// <summary>Any other binding (KV, service, Durable Object namespace…), or null.</summary>
    [Template("({this}[{name}] ?? null)")]
    public extern object? Binding(string name);
}
