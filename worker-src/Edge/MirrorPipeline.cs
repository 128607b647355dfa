using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Worker.Edge.Logging;
using EdgeMirror.Worker.Edge.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>The Worker, top-down. Routes (see Core/Routing/Router and Core/Config/RegistryTable for the registries):
/// <code>
///   GET /, /index.html            → PageEndpoint.Page       landing page from html/index.html
///   GET /favicon.ico, /robots.txt → PageEndpoint            small fixed answers
///   GET|POST /token               → TokenEndpoint           the realm of every rewritten 401
///   GET|HEAD /v2/…                → RegistryProxy           route → authorize → fetch upstream → rewrite → respond
///   anything else                 → OCI error (404, 405 for writes)
/// </code></summary>
public static class MirrorPipeline
{
    // Set once per isolate so a configuration mistake is logged, not repeated on every request.
    private static bool _reportedProblems;
    private static readonly ParsedVars<MirrorSettings> Settings = new ParsedVars<MirrorSettings>(MirrorSettings.Parse);

    public static async Task<Response> Handle(Request request, Env env, WorkerContext ctx)
    {
        try
        {
            var settings = Settings.Of(env);
            ReportProblems(settings);
            var href = request.Url;
            var url = new URL(href);
            var mirror = new MirrorRequest(request, url, request.Method, url.Host, settings, env, ctx);
            var refusal = AccessGate.Screen(mirror, href.Length, mirror.Access);
            if (refusal != null) return Logged(mirror, null, EdgeCache.MarkApiError(mirror, Answers.Error(refusal)));
            // url.SearchParams builds a URLSearchParams object; most requests have no query to look in.
            var ns = url.Search.Length == 0 ? null : url.SearchParams.Get("ns");
            var route = Router.Resolve(mirror.Method, mirror.Host, url.Pathname, ns, settings.Registries);
            return Logged(mirror, route, await Dispatch(mirror, route));
        }
        catch (Exception e)
        {
            // Whatever escaped a step: an OCI error, never Cloudflare's error 1101.
            JsConsole.Error("edgemirror: unhandled exception: " + e.Message);
            var response = Answers.Error(OciError.Internal("the mirror failed to handle this request"));
            RequestLog.Write(request.Method, null, response, new RequestMetrics(Timers.Now()));
            return response;
        }
    }

    // Not async: the registry and token handlers' tasks are handed on as they are, one promise fewer per request
    // (Handle awaits the result, so a synchronous throw still ends in the same place).
    private static Task<Response> Dispatch(MirrorRequest mirror, Route route)
    {
        switch (route.Kind)
        {
            case RouteKind.Page:
                return Task.FromResult(PageEndpoint.Page(mirror));
            case RouteKind.Favicon:
                return Task.FromResult(PageEndpoint.Favicon(mirror));
            case RouteKind.Robots:
                return Task.FromResult(PageEndpoint.Robots(mirror));
            case RouteKind.Token:
                return TokenEndpoint.Handle(mirror, route);
            case RouteKind.Error:
                return Task.FromResult(EdgeCache.MarkApiError(mirror, Answers.Error(route.Error!)));
            default:
                return RegistryProxy.Handle(mirror, route);
        }
    }

    // One structured line per request (Logging/RequestLog), whatever the answer.
    private static Response Logged(MirrorRequest mirror, Route? route, Response response)
    {
        RequestLog.Write(mirror.Method, route, response, mirror.Metrics);
        return response;
    }

    private static void ReportProblems(MirrorSettings settings)
    {
        if (_reportedProblems || settings.Problems.Count == 0) return;
        _reportedProblems = true;
        foreach (var problem in settings.Problems)
            JsConsole.Warn("edgemirror: configuration: " + problem);
    }
}
