using System.Text;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Json;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Logging;

/// <summary>One JSON line per request on <c>console.log</c>, what <c>wrangler tail --format json</c> shows:
/// <c>{"event":"request","method":…,"route":…,"registry":…,"repository":…,"status":…,"cache":…,"bytes":…,"upstreamMs":…,"ms":…,"fault":…}</c>.
/// Deliberately absent: the URL's query, every header (Authorization, cookies) and any token or
/// credential — the line is built from validated route fields and numbers only.</summary>
public static class RequestLog
{
    public static void Write(string method, Route? route, Response response, RequestMetrics metrics)
    {
        var line = new StringBuilder();
        line.Append("{\"event\":\"request\"");
        Field(line, "method", KnownMethod(method));
        // No route: refused before routing (size limits, blocked agent), or the catch-all for an escaped exception.
        Field(line, "route", route != null ? RouteName(route.Kind) : response.Status == 500 ? "unhandled" : "rejected");
        Field(line, "registry", route != null && route.Registry != null ? route.Registry.Name : null);
        Field(line, "repository", route != null && route.Repository.Length > 0 ? route.Repository : null);
        line.Append(",\"status\":").Append(response.Status);
        Field(line, "cache", response.Headers.Get(CacheStatus.Header));
        var length = response.Headers.Get("content-length");
        line.Append(",\"bytes\":").Append(length != null && IsDigits(length) ? length : "null");
        line.Append(",\"upstreamMs\":").Append(Whole(metrics.UpstreamMs));
        line.Append(",\"ms\":").Append(Whole(Timers.Now() - metrics.StartedMs));
        Field(line, "fault", metrics.Fault);
        line.Append('}');
        JsConsole.Log(line.ToString());
    }

    private static void Field(StringBuilder line, string name, string? value)
    {
        line.Append(',').Append(JsonText.Quote(name)).Append(':');
        line.Append(value == null ? "null" : JsonText.Quote(value));
    }

    // Methods are client text: only the ones HTTP defines are logged as sent.
    private static string KnownMethod(string method)
    {
        switch (method)
        {
            case "GET": case "HEAD": case "POST": case "PUT": case "PATCH": case "DELETE": case "OPTIONS": case "TRACE": case "CONNECT":
                return method;
            default:
                return "other";
        }
    }

    private static string RouteName(RouteKind kind)
    {
        switch (kind)
        {
            case RouteKind.Page: return "page";
            case RouteKind.Favicon: return "favicon";
            case RouteKind.Robots: return "robots";
            case RouteKind.Token: return "token";
            case RouteKind.ApiBase: return "base";
            case RouteKind.Manifest: return "manifest";
            case RouteKind.Blob: return "blob";
            case RouteKind.TagList: return "tags";
            case RouteKind.Referrers: return "referrers";
            default: return "error";
        }
    }

    private static string Whole(double ms) => ms <= 0 ? "0" : ((long)(ms + 0.5)).ToString();

    private static bool IsDigits(string text)
    {
        if (text.Length == 0 || text.Length > 18) return false;
        for (var i = 0; i < text.Length; i++)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    }
}
