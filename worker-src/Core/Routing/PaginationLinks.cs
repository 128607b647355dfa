using System.Text;
using EdgeMirror.Worker.Core.Config;

namespace EdgeMirror.Worker.Core.Routing;

/// <summary>Rewrites the <c>Link</c> header of paginated answers (tag lists, referrers:
/// <c>&lt;/v2/owner/img/tags/list?last=b&amp;n=2&gt;; rel="next"</c>) so that following it reaches the same
/// registry through the mirror: path-prefix routes get their prefix back, <c>?ns=</c> routes their ns, and a
/// link to the upstream's own origin becomes one to the mirror. Links elsewhere, and anything that does not
/// parse as a link, are left as they are.</summary>
public static class PaginationLinks
{
    /// <param name="mirrorOrigin"><c>https://mirror.example.com</c>, for links the upstream spelled out absolutely.</param>
    public static string Rewrite(string header, string mirrorOrigin, RegistryEntry registry, RegistrySource source)
    {
        var upstreamOrigin = OriginOf(registry.Upstream);
        var result = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < header.Length)
        {
            var c = header[i];
            if (c == '"') quoted = !quoted;
            if (c != '<' || quoted)
            {
                result.Append(c);
                i++;
                continue;
            }
            var close = header.IndexOf('>', i + 1);
            if (close < 0)
            {
                result.Append(header.Substring(i));
                break;
            }
            var target = header.Substring(i + 1, close - i - 1);
            result.Append('<').Append(RewriteTarget(target, mirrorOrigin, upstreamOrigin, registry, source)).Append('>');
            i = close + 1;
        }
        return result.ToString();
    }

    private static string RewriteTarget(string target, string mirrorOrigin, string upstreamOrigin, RegistryEntry registry, RegistrySource source)
    {
        string relative;
        var absolute = false;
        if (target.StartsWith("/", StringComparison.Ordinal) && !target.StartsWith("//", StringComparison.Ordinal)) relative = target;
        else if (target.ToLowerInvariant().StartsWith(upstreamOrigin.ToLowerInvariant() + "/", StringComparison.Ordinal))
        {
            relative = target.Substring(upstreamOrigin.Length);
            absolute = true;
        }
        else return target;

        var question = relative.IndexOf('?');
        var path = question < 0 ? relative : relative.Substring(0, question);
        var query = question < 0 ? "" : relative.Substring(question + 1);
        if (!path.StartsWith("/v2/", StringComparison.Ordinal)) return target;

        if (source == RegistrySource.PathPrefix) path = "/v2/" + registry.Name + "/" + path.Substring(4);
        if (source == RegistrySource.Namespace && !HasParameter(query, "ns"))
            query = query.Length == 0 ? "ns=" + registry.Name : query + "&ns=" + registry.Name;
        var rewritten = query.Length == 0 ? path : path + "?" + query;
        return absolute ? mirrorOrigin + rewritten : rewritten;
    }

    private static bool HasParameter(string query, string name)
    {
        foreach (var pair in query.Split('&'))
            if (pair == name || pair.StartsWith(name + "=", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary><c>scheme://host[:port]</c> of a base URL (configured upstreams may carry a path).</summary>
    private static string OriginOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        var slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? url : url.Substring(0, slash);
    }
}
