using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>The request headers the mirror passes to an upstream: what content negotiation, partial
/// downloads, conditional requests and credentials need — and nothing about the client's connection
/// (Host, cf-*, X-Forwarded-*), which belongs to the mirror's side.</summary>
public static class ForwardedHeaders
{
    private static readonly string[] Passed =
    {
        "accept", "authorization", "range", "if-range", "if-none-match", "if-match", "if-modified-since", "user-agent",
    };

    public static Headers From(ClientHeaders incoming, bool withAuthorization)
    {
        // Gathered in a plain object and handed to the runtime once: each Headers.Set is a call into workerd.
        var passed = new JsObject();
        foreach (var name in Passed)
        {
            if (name == "authorization" && !withAuthorization) continue;
            var value = incoming.Get(name);
            if (value != null) passed[name] = value;
        }
        return new Headers(passed);
    }
}
