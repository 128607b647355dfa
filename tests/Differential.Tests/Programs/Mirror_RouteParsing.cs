using System;
using System.Collections.Generic;

enum RouteKind { Ping, Manifest, Blob, Tags, Catalog, Token, Page, NotFound }

sealed record Route(RouteKind Kind, string Registry, string Repository, string Reference);

static class Router
{
    private static readonly Dictionary<string, string> Registries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["docker.io"] = "https://registry-1.docker.io",
        ["ghcr.io"] = "https://ghcr.io",
        ["quay.io"] = "https://quay.io",
        ["gcr.io"] = "https://gcr.io",
        ["registry.k8s.io"] = "https://registry.k8s.io",
    };

    private static readonly Dictionary<string, string> HostLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ghcr"] = "ghcr.io",
        ["quay"] = "quay.io",
        ["k8s"] = "registry.k8s.io",
    };

    public static string Upstream(string registry) => Registries.TryGetValue(registry, out var url) ? url : "?";

    public static Route Resolve(string host, string pathAndQuery)
    {
        var query = "";
        var path = pathAndQuery;
        int q = pathAndQuery.IndexOf('?');
        if (q >= 0)
        {
            path = pathAndQuery.Substring(0, q);
            query = pathAndQuery.Substring(q + 1);
        }
        var registry = "docker.io";
        var label = host.Split('.')[0];
        if (HostLabels.TryGetValue(label, out var fromHost)) registry = fromHost;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv[0] == "ns" && kv.Length == 2 && Registries.ContainsKey(Uri.UnescapeDataString(kv[1]))) registry = Uri.UnescapeDataString(kv[1]);
        }
        if (path == "/" || path == "") return new Route(RouteKind.Page, registry, "", "");
        if (path == "/token") return new Route(RouteKind.Token, registry, "", "");
        if (path == "/v2" || path == "/v2/") return new Route(RouteKind.Ping, registry, "", "");
        if (!path.StartsWith("/v2/", StringComparison.Ordinal)) return new Route(RouteKind.NotFound, registry, "", path);
        if (path == "/v2/_catalog") return new Route(RouteKind.Catalog, registry, "", "");
        var segments = new List<string>(path.Substring(4).Split('/'));
        if (segments.Count > 0 && segments[0].Contains('.') && Registries.ContainsKey(segments[0]))
        {
            registry = segments[0];
            segments.RemoveAt(0);
        }
        if (segments.Count >= 3 && segments[segments.Count - 2] is "manifests" or "blobs")
        {
            var kind = segments[segments.Count - 2] == "manifests" ? RouteKind.Manifest : RouteKind.Blob;
            var reference = segments[segments.Count - 1];
            var repo = string.Join("/", segments.GetRange(0, segments.Count - 2));
            return new Route(kind, registry, Normalize(registry, repo), reference);
        }
        if (segments.Count >= 3 && segments[segments.Count - 2] == "tags" && segments[segments.Count - 1] == "list")
            return new Route(RouteKind.Tags, registry, Normalize(registry, string.Join("/", segments.GetRange(0, segments.Count - 2))), "");
        return new Route(RouteKind.NotFound, registry, "", path);
    }

    private static string Normalize(string registry, string repo) =>
        registry == "docker.io" && !repo.Contains('/') ? "library/" + repo : repo;
}

class Program
{
    static void Main()
    {
        var requests = new (string Host, string Path)[]
        {
            ("mirror.dev", "/"),
            ("mirror.dev", "/v2/"),
            ("mirror.dev", "/v2"),
            ("mirror.dev", "/token?scope=repository:library/nginx:pull"),
            ("mirror.dev", "/v2/nginx/manifests/latest"),
            ("mirror.dev", "/v2/library/nginx/manifests/1.25"),
            ("mirror.dev", "/v2/bitnami/redis/blobs/sha256:0123abcd"),
            ("mirror.dev", "/v2/ghcr.io/owner/app/manifests/main"),
            ("mirror.dev", "/v2/quay.io/coreos/etcd/tags/list"),
            ("mirror.dev", "/v2/owner/app/manifests/v1?ns=ghcr.io"),
            ("mirror.dev", "/v2/owner/app/manifests/v1?ns=unknown.example"),
            ("ghcr.mirror.dev", "/v2/owner/app/blobs/sha256:ff"),
            ("QUAY.mirror.dev", "/v2/a/b/c/manifests/x"),
            ("k8s.mirror.dev", "/v2/pause/manifests/3.9"),
            ("mirror.dev", "/v2/_catalog"),
            ("mirror.dev", "/favicon.ico"),
            ("mirror.dev", "/v2/only-one-segment"),
        };
        foreach (var (host, path) in requests)
        {
            var r = Router.Resolve(host, path);
            Console.WriteLine($"{host,-16} {path,-52} => {r.Kind,-8} {r.Registry,-16} {r.Repository,-14} {r.Reference}");
            if (r.Kind is RouteKind.Manifest or RouteKind.Blob)
                Console.WriteLine($"    upstream {Router.Upstream(r.Registry)}/v2/{r.Repository}/{(r.Kind == RouteKind.Manifest ? "manifests" : "blobs")}/{r.Reference}");
        }
        Console.WriteLine(new Route(RouteKind.Ping, "docker.io", "", ""));
    }
}
