using System;
using System.Collections.Generic;
using System.Text.Json;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Json;
using EdgeMirror.Worker.Core.Page;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.CoreInJs;

/// <summary>Exercises the Worker's pure logic and prints one line per outcome. The same program runs on
/// .NET (in the test process) and, compiled by cs2js, on node: the outputs must be identical, so
/// routing, parsing and rewriting behave the same in the deployed JavaScript as in the .NET tests.</summary>
public static class CoreProbe
{
    public static void Run()
    {
        var problems = new List<string>();
        var registries = RegistryTable.Create("http://127.0.0.1:9000/",
            "{\"registry.test\":\"http://127.0.0.1:5000\",\"ghcr.example.com\":\"https://x.example\",\"bad\":\"x\"}", problems);
        Console.WriteLine("problems: " + string.Join(" | ", problems));
        foreach (var entry in registries.Entries)
            Console.WriteLine("registry " + entry.Name + " " + entry.Label + " " + entry.Upstream + " " + entry.IsDefault);

        var digest = "sha256:" + new string('a', 64);
        string[][] requests =
        {
            new[] { "GET", "m.example", "/v2/", "" },
            new[] { "GET", "m.example", "/v2", "" },
            new[] { "GET", "m.example", "/v2/nginx/manifests/latest", "" },
            new[] { "HEAD", "m.example", "/v2/library/nginx/blobs/" + digest, "" },
            new[] { "GET", "m.example", "/v2/ghcr.io/owner/img/manifests/v1.2", "" },
            new[] { "GET", "m.example", "/v2/docker.io/alpine/tags/list", "" },
            new[] { "GET", "m.example", "/v2/registry.test/busybox/referrers/" + digest, "" },
            new[] { "GET", "m.example", "/v2/evil.example/x/manifests/latest", "" },
            new[] { "GET", "m.example", "/v2/owner/img/manifests/latest", "quay.io" },
            new[] { "GET", "m.example", "/v2/owner/img/manifests/latest", "nowhere.example" },
            new[] { "GET", "ghcr.m.example.com:8443", "/v2/owner/img/manifests/latest", "" },
            new[] { "GET", "registry.m.example", "/v2/img/manifests/latest", "" },
            new[] { "GET", "127.0.0.1:8787", "/v2/img/manifests/latest", "" },
            new[] { "POST", "m.example", "/v2/img/blobs/uploads/", "" },
            new[] { "DELETE", "m.example", "/v2/img/manifests/latest", "" },
            new[] { "GET", "m.example", "/v2/Bad/manifests/latest", "" },
            new[] { "GET", "m.example", "/v2/img/manifests/-x", "" },
            new[] { "GET", "m.example", "/v2/img/blobs/latest", "" },
            new[] { "GET", "m.example", "/v2/_catalog", "" },
            new[] { "GET", "m.example", "/v2/img/blobs/uploads/abc", "" },
            new[] { "GET", "m.example", "/", "" },
            new[] { "HEAD", "m.example", "/index.html", "" },
            new[] { "GET", "m.example", "/favicon.ico", "" },
            new[] { "GET", "m.example", "/robots.txt", "" },
            new[] { "POST", "m.example", "/token", "" },
            new[] { "PUT", "m.example", "/token", "" },
            new[] { "GET", "m.example", "/wp-admin", "" },
            new[] { "GET", "m.example", "/v2/ghcr.io/owner/img/manifests/latest", "ghcr.io" },
            new[] { "GET", "ghcr.m.example.com", "/v2/ghcr.io/owner/img/tags/list", "" },
            new[] { "GET", "m.example", "/v2/my.org/img/manifests/latest", "registry.test" },
            new[] { "GET", "m.example", "/v2/index.docker.io/alpine/manifests/3", "" },
            new[] { "GET", "m.example", "/v2/library/alpine/manifests/3", "registry-1.docker.io" },
        };
        foreach (var r in requests)
        {
            var route = Router.Resolve(r[0], r[1], r[2], r[3].Length == 0 ? null : r[3], registries);
            Console.WriteLine(r[0] + " " + r[1] + r[2] + " ns=" + r[3] + " → " + route.Kind + " " + (route.Registry == null ? "-" : route.Registry.Name)
                + " " + route.Source + " " + route.UpstreamPath + " " + (route.Error == null ? "" : route.Error.ToJson() + " " + route.Error.Status));
        }

        string[] names = { "nginx", "a/b/c", "a__b", "a___b", "a..b", "a.b-c--d", "A", "", "a/", "-a", "a-", "x" + new string('y', 255) };
        foreach (var name in names) Console.WriteLine("name " + name + " " + RepositoryName.IsValid(name));
        string[] tags = { "latest", "_x", ".x", "v1.0-rc", new string('t', 129) };
        foreach (var tag in tags) Console.WriteLine("tag " + tag + " " + RepositoryName.IsValidTag(tag));
        string[] digests = { digest, "sha256:abc", "sha512:" + new string('0', 128), "a+b.c:XyZ=_-", "sha-:x", ":x" };
        foreach (var d in digests) Console.WriteLine("digest " + d + " " + RepositoryName.IsValidDigest(d));

        string[] challenges =
        {
            "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\"",
            "bearer  realm=\"https://x/t\" , scope=\"a:b:pull repository:c:pull\",error=\"say \\\"hi\\\", then\"",
            "Bearer realm=https://auth.example/token,service=example",
            "Basic realm=\"r\", Bearer realm=\"other\"",
            "Bearer realm=\"unterminated",
            "",
        };
        foreach (var text in challenges)
        {
            var c = Challenge.Parse(text);
            Console.WriteLine("challenge " + (c == null ? "null" : c.ToString() + " realm=" + c.Realm + " bearer=" + c.IsBearer));
        }
        var ghcr = registries.FindByName("ghcr.io")!;
        Console.WriteLine(ChallengeRewriter.Rewrite(
            "Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:owner/img:pull repository:owner/b:pull\"",
            ChallengeRewriter.MirrorRealm("https", "m.example", ghcr, RegistrySource.PathPrefix), ghcr, RegistrySource.PathPrefix));
        Console.WriteLine(ChallengeRewriter.MirrorRealm("http", "m:1", ghcr, RegistrySource.Namespace));

        string[][] scopeSets =
        {
            new[] { "repository:nginx:pull" },
            new[] { "repository:library/a:pull", "repository:b/c:pull,push repository:d:pull" },
            new[] { "repository:ghcr.io/owner/img:pull" },
            new[] { "repository:docker.io/alpine:pull", "registry:catalog:*", "repository:docker.io/alpine:pull" },
            new[] { "repository:localhost:5000/img:pull" },
        };
        foreach (var set in scopeSets)
        {
            var target = TokenScopes.Resolve(new List<string>(set), null, registries);
            Console.WriteLine("token " + target.Registry.Name + " " + string.Join(" ", target.Scopes));
        }
        Console.WriteLine(TokenAnswer.WithBothTokenFields("{\"access_token\":\"abc\",\"expires_in\":300}"));
        Console.WriteLine(TokenAnswer.WithBothTokenFields(" {\"token\":\"x<y\"}"));
        Console.WriteLine(TokenAnswer.WithBothTokenFields("not json"));

        string[] jsons = { "{\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"d\"}}", "\"a\\u00e9\\n\\\"\"", "[1 2]", "01", "{\"a\":1,}", "  [ ]  ",
            "{\"token\":\"a\",\"token\":\"b\",\"expires_in\":1e400}", "{\"access_token\":\"\\ud83d\\ude00\",\"1\":\"x\",\"expires_in\":99999999999999999999}",
            "{\"token\":\"\\ud800\",\"access_token\":\"c\",\"expires_in\":\"300\"}", "{\"\\udc00\":1}", "{\"expires_in\":-5,\"expires_in\":42.9}" };
        foreach (var json in jsons)
        {
            var value = JsonValues.Parse(json);
            var members = JsonValues.TextMembers(json);
            Console.WriteLine("json " + value.ValueKind + " " + (value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : -1)
                + " " + (members == null ? "-" : string.Join(",", members)) + " " + JsonText.Quote(JsonValues.Text(value) ?? "")
                + " " + TokenAnswer.Read(json) + " " + TokenLifetime.Seconds(json));
        }
        Console.WriteLine(JsonText.Quote("</script>&\u2028\u0001 é \"q\""));

        var vars = new Dictionary<string, string>
        {
            ["FALLBACK"] = "[\"https://mirror.gcr.io/\", 3]",
            ["UPSTREAM_TIMEOUT_MS"] = "2500",
            ["HOST_LABELS"] = "Yes",
        };
        var settings = MirrorSettings.Parse(name => vars.ContainsKey(name) ? vars[name] : null);
        Console.WriteLine("settings " + string.Join(",", settings.Fallbacks) + " " + settings.UpstreamTimeoutMs + " " + settings.HostLabels
            + " " + settings.PasswordRequired + " " + string.Join(" | ", settings.Problems));

        var config = PageConfig.ToJson("m.example", "https", false, true, registries);
        Console.WriteLine(config);
        Console.WriteLine(PageTemplate.Render("<h1>{{host}}</h1><script>{{config}}</script>{{host}}", "a<b>&\"'", "{}"));
        Console.WriteLine(OciError.TooManyRequests("slow \"down\"").ToJson());

        string[] links =
        {
            "</v2/owner/img/tags/list?last=b&n=2>; rel=\"next\"",
            "<https://ghcr.io/v2/owner/img/tags/list?n=1>; rel=\"next\", </v2/x/referrers/" + digest + "?ns=ghcr.io>; title=\"<q>\"",
            "<https://elsewhere.example/v2/x>; rel=\"next\"",
            "</v2/unterminated",
        };
        foreach (var link in links)
            foreach (var source in new[] { RegistrySource.Default, RegistrySource.PathPrefix, RegistrySource.Namespace })
                Console.WriteLine("link " + source + " " + PaginationLinks.Rewrite(link, "https://m.example", ghcr, source));
        foreach (var kind in new[] { RouteKind.Manifest, RouteKind.Blob, RouteKind.TagList })
            foreach (var status in new[] { 401, 404, 429, 502 })
                Console.WriteLine("upstream error " + kind + " " + status + " " + UpstreamErrorCodes.For(status, kind));

        string[] ranges = { "bytes=100-", "bytes=0-1048575", "Bytes=7-7", " bytes=5- ", "bytes=-500", "bytes=0-1,5-6", "bytes=9-3",
            "bytes=x-", "bytes=", "items=0-5", "bytes=999999999999999-", "bytes=1234567890123456-" };
        foreach (var text in ranges)
        {
            var range = ByteRange.Parse(text);
            Console.WriteLine("range [" + text + "] " + (range == null ? "null"
                : range.ToHeader() + " " + range.IsAnsweredBy("bytes " + text.Trim().Substring(6).Split('-')[0] + "-9/10")));
        }
        foreach (var text in new[] { "bytes 0-0/258", "bytes */1000", "bytes 0-9/*", "bytes 0-9", "bytes 0-0/ 12 " })
            Console.WriteLine("content-range [" + text + "] " + ByteRange.TotalOf(text));
    }
}
