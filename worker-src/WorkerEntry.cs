using System.Threading.Tasks;
using EdgeMirror.Worker.Edge;
using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker;

/// <summary>The module's <c>export default { fetch }</c>. Everything below it is one request's work;
/// an exception that escapes a step still becomes an OCI error, never Cloudflare's error 1101 (MirrorPipeline.Handle).</summary>
[ExportDefault]
public static class WorkerEntry
{
    // Not async itself: MirrorPipeline.Handle is the one async layer that turns every escaped exception into an
    // OCI error (an extra async wrapper here would cost a promise and a microtask per request).
    [Name("fetch")]
    public static Task<Response> Fetch(Request request, Env env, WorkerContext ctx) => MirrorPipeline.Handle(request, env, ctx);
}
