using System;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;

namespace EdgeMirror.Worker.Core.Routing;

/// <summary>Maps a request (method, host, path, <c>ns</c>) to a <see cref="Route"/>.
/// <para>Registry API paths: <c>/v2/</c>, <c>/v2/&lt;name&gt;/manifests/&lt;ref&gt;</c>,
/// <c>/v2/&lt;name&gt;/blobs/&lt;digest&gt;</c>, <c>/v2/&lt;name&gt;/tags/list</c>,
/// <c>/v2/&lt;name&gt;/referrers/&lt;digest&gt;</c>. The registry is chosen by <c>?ns=</c>, else by the
/// host's first label, else by a first path segment that is a host name, else Docker Hub.</para></summary>
public static class Router
{
    public static Route Resolve(string method, string host, string path, string? ns, RegistryTable registries)
    {
        switch (path)
        {
            case "/":
            case "/index.html":
                return IsRead(method) ? Route.Simple(RouteKind.Page) : ReadOnly(method);
            case "/favicon.ico":
                return IsRead(method) ? Route.Simple(RouteKind.Favicon) : ReadOnly(method);
            case "/robots.txt":
                return IsRead(method) ? Route.Simple(RouteKind.Robots) : ReadOnly(method);
            case "/token":
                return ResolveToken(method, host, ns, registries);
        }
        if (path == "/v2" || path.StartsWith("/v2/", StringComparison.Ordinal)) return ResolveApi(method, host, path, ns, registries);
        return Route.Fail(new OciError(404, "NOT_FOUND", "nothing here; registry clients use /v2/"));
    }

    /// <summary>The registry a token request is for when the request itself names one (ns or host label);
    /// otherwise the scopes decide (TokenScopes).</summary>
    private static Route ResolveToken(string method, string host, string? ns, RegistryTable registries)
    {
        if (method != "GET" && method != "POST") return ReadOnly(method);
        var choice = ChooseRegistry(host, ns, registries);
        if (choice.Error != null) return Route.Fail(choice.Error);
        return new Route(RouteKind.Token, choice.Registry, choice.Source, "", "", "", null);
    }

    private static Route ResolveApi(string method, string host, string path, string? ns, RegistryTable registries)
    {
        if (!IsRead(method)) return ReadOnly(method);
        var choice = ChooseRegistry(host, ns, registries);
        if (choice.Error != null) return Route.Fail(choice.Error);
        var registry = choice.Registry!;
        var source = choice.Source;

        if (path == "/v2" || path == "/v2/")
            return new Route(RouteKind.ApiBase, registry, source, "", "", "/v2/", null);

        // The path is cut with index arithmetic, not split into a list of segments: this runs for every request.
        var rest = path.Substring(4);
        var firstSlash = rest.IndexOf('/');
        var first = firstSlash < 0 ? rest : rest.Substring(0, firstSlash);
        if (first.IndexOf('.') >= 0)
        {
            var prefixed = registries.FindByName(first);
            var dropPrefix = false;
            if (source == RegistrySource.Default)
            {
                if (prefixed == null)
                    return Route.Fail(OciError.NameUnknown("this mirror does not serve registry " + first));
                registry = prefixed;
                source = RegistrySource.PathPrefix;
                dropPrefix = true;
            }
            // containerd's hosts.toml with override_path (server "https://mirror/v2/ghcr.io") sends the prefix
            // and ?ns=ghcr.io together: the prefix repeats the registry the ns (or host label) already chose.
            else if (prefixed != null && prefixed.Name == registry.Name) dropPrefix = true;
            if (dropPrefix)
            {
                // Nothing after the prefix, or only a slash: the version check of that registry.
                if (firstSlash < 0 || firstSlash == rest.Length - 1)
                    return new Route(RouteKind.ApiBase, registry, source, "", "", "/v2/", null);
                rest = rest.Substring(firstSlash + 1);
            }
        }

        // rest is <name>/<action>/<reference>; the name may itself contain slashes.
        var lastSlash = rest.LastIndexOf('/');
        if (lastSlash < 0 && rest == "_catalog")
            return Route.Fail(OciError.Unsupported(404, "this mirror does not list repositories"));
        var actionSlash = lastSlash <= 0 ? -1 : rest.LastIndexOf('/', lastSlash - 1);
        if (actionSlash < 0) return Route.Fail(OciError.NameUnknown("no repository in path " + path));

        RouteKind kind;
        var action = rest.Substring(actionSlash + 1, lastSlash - actionSlash - 1);
        var reference = rest.Substring(lastSlash + 1);
        var name = rest.Substring(0, actionSlash);
        if (action == "manifests") kind = RouteKind.Manifest;
        else if (action == "blobs") kind = RouteKind.Blob;
        else if (action == "referrers") kind = RouteKind.Referrers;
        else if (action == "tags" && reference == "list") kind = RouteKind.TagList;
        // <name>/blobs/uploads/<id>: the name has at least one segment before "blobs".
        else if (action == "uploads" && name.EndsWith("/blobs", StringComparison.Ordinal))
            return Route.Fail(OciError.Unsupported(405, "this mirror is read-only: uploads are not accepted"));
        else return Route.Fail(OciError.NameUnknown("unknown registry API path " + path));

        if (!RepositoryName.IsValid(name))
            return Route.Fail(OciError.NameInvalid("invalid repository name: " + name));
        if (kind == RouteKind.Manifest && !RepositoryName.IsValidTag(reference) && !RepositoryName.IsValidDigest(reference))
            return Route.Fail(OciError.TagInvalid("invalid tag or digest: " + reference));
        if ((kind == RouteKind.Blob || kind == RouteKind.Referrers) && !RepositoryName.IsValidDigest(reference))
            return Route.Fail(OciError.DigestInvalid("invalid digest: " + reference));

        var repository = registry.IsDockerHub ? RepositoryName.WithLibraryPrefix(name) : name;
        var upstreamPath = "/v2/" + repository + "/" + action + "/" + reference;
        return new Route(kind, registry, source, repository, reference, upstreamPath, null);
    }

    private sealed record RegistryChoice(RegistryEntry? Registry, RegistrySource Source, OciError? Error);

    private static RegistryChoice ChooseRegistry(string host, string? ns, RegistryTable registries)
    {
        if (ns != null && ns.Length > 0)
        {
            var named = registries.FindByName(ns);
            return named == null
                ? new RegistryChoice(null, RegistrySource.Namespace, OciError.NameUnknown("this mirror does not serve registry " + ns))
                : new RegistryChoice(named, RegistrySource.Namespace, null);
        }
        var label = HostLabel(host);
        if (label != null)
        {
            var labelled = registries.FindByLabel(label);
            if (labelled != null) return new RegistryChoice(labelled, RegistrySource.HostLabel, null);
        }
        return new RegistryChoice(registries.Default, RegistrySource.Default, null);
    }

    /// <summary>The first DNS label of a host with at least three labels (<c>ghcr</c> in
    /// <c>ghcr.mirror.example.com:443</c>); null for bare domains and IP addresses.</summary>
    public static string? HostLabel(string host)
    {
        // Found by position rather than by lowercasing and splitting the whole host: lowercasing changes no
        // dot, colon, bracket or digit, so only the label that is returned needs it.
        var end = host.Length;
        var colon = host.LastIndexOf(':');
        if (colon >= 0 && host.IndexOf(']') < colon) end = colon;
        var firstDot = host.IndexOf('.');
        if (firstDot < 0 || firstDot >= end) return null;
        var secondDot = host.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || secondDot >= end) return null;
        if (firstDot == 0) return null;
        var lastDot = host.LastIndexOf('.', end - 1);
        if (host[0] >= '0' && host[0] <= '9' && IsNumeric(host, lastDot + 1, end)) return null;
        return host.Substring(0, firstDot).ToLowerInvariant();
    }

    private static bool IsNumeric(string text, int start, int end)
    {
        if (start >= end) return false;
        for (var i = start; i < end; i++)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    }

    private static bool IsRead(string method) => method == "GET" || method == "HEAD";

    private static Route ReadOnly(string method) =>
        Route.Fail(OciError.Unsupported(405, "this mirror is read-only: " + method + " is not supported"));
}
