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
    /// <summary>On an uncaught exception, the request goes to the origin as if there were no Worker.</summary>
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

    /// <summary>A KV namespace binding (<c>[[kv_namespaces]]</c>), or null when not bound.</summary>
    [Template("({this}[{name}] ?? null)")]
    public extern KVNamespace? Kv(string name);

    /// <summary>Any other binding (service, Durable Object namespace…), or null.</summary>
    [Template("({this}[{name}] ?? null)")]
    public extern object? Binding(string name);

    /// <summary>A binding typed as you say (no check), or null.</summary>
    [Template("({this}[{name}] ?? null)")]
    public extern T? Binding<T>(string name) where T : class;
}

/// <summary>The first argument of a <c>scheduled(controller, env, ctx)</c> handler (Cron Triggers): export a public
/// static <c>Scheduled(ScheduledController, Env, WorkerContext)</c> returning Task from the [ExportDefault] class.</summary>
[External, Convention(Notation.CamelCase)]
public class ScheduledController
{
    /// <summary>When the run was scheduled, in milliseconds since the epoch.</summary>
    public extern double ScheduledTime { get; }
    /// <summary>The cron expression that fired ("*/5 * * * *"); "" when run by hand.</summary>
    public extern string Cron { get; }
    /// <summary>A failed run is not retried.</summary>
    public extern void NoRetry();
}
