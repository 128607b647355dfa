using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Edge;
using EdgeMirror.Worker.Edge.Logging;
using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker;

/// <summary>The module's <c>export default { fetch }</c>. Everything below it is one request's work;
/// an exception that escapes a step still becomes an OCI error, never Cloudflare's error 1101.</summary>
[ExportDefault]
public static class WorkerEntry
{
    [Name("fetch")]
    public static async Task<Response> Fetch(Request request, Env env, WorkerContext ctx)
    {
        try
        {
            return await MirrorPipeline.Handle(request, env, ctx);
        }
        catch (Exception e)
        {
            JsConsole.Error("edgemirror: unhandled exception: " + e.Message);
            var response = Answers.Error(OciError.Internal("the mirror failed to handle this request"));
            RequestLog.Write(request.Method, null, response, new RequestMetrics(Timers.Now()));
            return response;
        }
    }
}
