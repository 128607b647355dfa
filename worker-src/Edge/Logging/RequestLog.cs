using System.Globalization;
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
        var length = response.Headers.Get("content-length");
        // Plain concatenation, not a StringBuilder: this runs for every request, and in JavaScript `+` on
        // strings builds one line without a runtime builder object. Each field's name is part of a constant
        // piece, so the line is about a dozen concatenations, not two dozen.
        var line = "{\"event\":\"request\",\"method\":" + Text(KnownMethod(method))
            // No route: refused before routing (size limits, blocked agent), or the catch-all for an escaped exception.
            + ",\"route\":" + Text(route != null ? RouteName(route.Kind) : response.Status == 500 ? "unhandled" : "rejected")
            + ",\"registry\":" + Text(route != null && route.Registry != null ? route.Registry.Name : null)
            + ",\"repository\":" + Text(route != null && route.Repository.Length > 0 ? route.Repository : null)
            + ",\"status\":" + response.Status.ToString()
            + ",\"cache\":" + Text(response.Headers.Get(CacheStatus.Header))
            + ",\"bytes\":" + (length != null && IsDigits(length) ? length : "null")
            + ",\"upstreamMs\":" + Whole(metrics.UpstreamMs)
            + ",\"ms\":" + Whole(Timers.Now() - metrics.StartedMs)
            + ",\"fault\":" + Text(metrics.Fault)
            + "}";
        JsConsole.Log(line);
    }

    // A field's value as JSON. The values of a relayed request's line (method, route, registry, repository, cache
    // status) never need escaping: the encoder is only run for those that might.
    private static string Text(string? value) =>
        value == null ? "null" : IsPlain(value) ? "\"" + value + "\"" : JsonText.Quote(value);

    // Letters, digits and . _ - / : are written as they are by JSON encoding (JsonEncodedText escapes none of them).
    private static bool IsPlain(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == '/' || c == ':';
            if (!plain) return false;
        }
        return true;
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

    // Whole milliseconds, rounded half up; a double (not a long, which is a BigInt in JavaScript) prints its digits.
    private static string Whole(double ms) => ms <= 0 ? "0" : Math.Floor(ms + 0.5).ToString(CultureInfo.InvariantCulture);

    private static bool IsDigits(string text)
    {
        if (text.Length == 0 || text.Length > 18) return false;
        for (var i = 0; i < text.Length; i++)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    }
}
