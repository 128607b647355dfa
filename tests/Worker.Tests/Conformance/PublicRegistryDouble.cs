using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>A public registry the way the distribution spec and the registry's own documentation describe it,
/// shaped by a <see cref="RegistryBehaviour"/>: <c>/v2/</c> challenges (or answers 200 without auth), manifests with
/// Accept negotiation (q-values, <c>*/*</c>) and Docker-Content-Digest on GET and HEAD, blobs with Range, tag lists
/// paginated with <c>n</c>/<c>last</c> and a Link header, the referrers API with the artifactType filter, the spec's
/// 404 codes, and a token service answering GET (anonymous, Basic <c>alice:wonderland</c>, <c>offline_token</c>
/// refresh tokens) and, where the registry takes them, OAuth2 form posts (<c>grant_type=password|refresh_token</c>).
/// Tokens are <c>tok.&lt;registry&gt;.&lt;user&gt;.&lt;base64 scopes&gt;</c>, checked without state.
/// Repositories: any name; one with a <c>missing</c> component is NAME_UNKNOWN, one with <c>private</c> needs alice.</summary>
public sealed class PublicRegistryDouble : IDisposable
{
    public const string User = "alice";
    public const string Password = "wonderland";
    public const string RefreshToken = "refresh-for-alice";
    public const int DefaultPageSize = 2;

    /// <summary>A blob the registry still lists (and redirects to its CDN) but storage has lost: the CDN answers 404 in XML.</summary>
    public const string LostBlob = "sha256:eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

    private static readonly Regex ApiPath = new(@"^/v2/(?<name>.+)/(?<kind>manifests|blobs|referrers)/(?<ref>[^/]+)$");
    private static readonly Regex TagsPath = new(@"^/v2/(?<name>.+)/tags/list$");

    public PublicRegistryDouble(RegistryBehaviour behaviour, ImageSet images, ConcurrentQueue<RecordedRequest> log)
    {
        Behaviour = behaviour;
        Images = images;
        Registry = new TestHttpServer(behaviour.Name, log, ServeRegistry);
        if (behaviour.RealmOnOwnServer) AuthServer = new TestHttpServer(behaviour.Name + "-auth", log, ServeToken);
        if (behaviour.BlobsToCdn) Cdn = new TestHttpServer(behaviour.Name + "-cdn", log, ServeCdn);
    }

    public RegistryBehaviour Behaviour { get; }
    public ImageSet Images { get; }
    public TestHttpServer Registry { get; }
    public TestHttpServer? AuthServer { get; }
    public TestHttpServer? Cdn { get; }

    /// <summary>The realm its challenges name.</summary>
    public string? Realm => Behaviour.TokenPath is null ? null : (AuthServer ?? Registry).BaseUrl + Behaviour.TokenPath;

    public string Challenge(string? scope)
    {
        var challenge = $"Bearer realm=\"{Realm}\"";
        if (Behaviour.Service is not null) challenge += $",service=\"{Behaviour.Service}\"";
        scope = Behaviour.FixedScope ?? scope;
        if (scope is not null) challenge += $",scope=\"{scope}\"";
        return challenge;
    }

    /// <summary>Whether a token this double issued grants pull on <paramref name="repository"/> (for tests that look at tokens).</summary>
    public bool Grants(string token, string repository, string user = "anonymous")
    {
        var parts = token.Split('.');
        return parts.Length == 4 && parts[0] == "tok" && parts[1] == Behaviour.Name && parts[2] == user
               && Encoding.UTF8.GetString(Convert.FromBase64String(parts[3])).Split(' ').Contains($"repository:{repository}:pull");
    }

    private async Task ServeRegistry(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (AuthServer is null && Behaviour.TokenPath is not null && path == Behaviour.TokenPath)
        {
            await ServeToken(context);
            return;
        }
        if (Behaviour.TokenPath is null && Behaviour.RefusesUnknownTokens && context.Request.Headers["Authorization"] is not null)
        {
            await Error(context, 401, "UNAUTHORIZED", "this registry issues no tokens");
            return;
        }
        if (path == "/v2/" || path == "/v2")
        {
            if (Behaviour.TokenPath is not null && !Authorized(context, null, null))
                await Unauthorized(context, null);
            else
                await LoopbackHttpServer.Answer(context, 200, "{}", headers: ApiVersion());
            return;
        }
        var tags = TagsPath.Match(path);
        var api = ApiPath.Match(path);
        var name = tags.Success ? tags.Groups["name"].Value : api.Success ? api.Groups["name"].Value : null;
        if (name is null)
        {
            await Error(context, 404, "NAME_UNKNOWN", "no such path " + path);
            return;
        }
        var scope = $"repository:{name}:pull";
        if (Behaviour.TokenPath is not null && !Authorized(context, scope, name.Split('/').Contains("private") ? User : null))
        {
            await Unauthorized(context, scope);
            return;
        }
        if (name.Split('/').Contains("missing"))
        {
            await Error(context, 404, "NAME_UNKNOWN", "repository name not known to registry");
            return;
        }
        if (tags.Success)
        {
            await ServeTags(context, name);
            return;
        }
        var reference = api.Groups["ref"].Value;
        switch (api.Groups["kind"].Value)
        {
            case "manifests":
                await ServeManifest(context, reference);
                break;
            case "referrers":
                await ServeReferrers(context, name, reference);
                break;
            default:
                await ServeBlob(context, reference);
                break;
        }
    }

    private async Task ServeManifest(HttpListenerContext context, string reference)
    {
        if (!Images.ByTag.TryGetValue(reference, out var manifest) && !Images.ByDigest.TryGetValue(reference, out manifest))
        {
            await Error(context, 404, "MANIFEST_UNKNOWN", "manifest unknown");
            return;
        }
        // Content negotiation as registries do it: the stored form is served when the client accepts it.
        var accept = context.Request.Headers.GetValues("Accept");
        if (!Accepts(accept, manifest.MediaType))
        {
            await Error(context, 404, "MANIFEST_UNKNOWN", "OCI index found, but accept header does not support OCI indexes");
            return;
        }
        var headers = ApiVersion();
        headers["Docker-Content-Digest"] = manifest.Digest;
        headers["ETag"] = "\"" + manifest.Digest + "\"";
        await LoopbackHttpServer.Answer(context, 200, manifest.Bytes, manifest.MediaType, headers);
    }

    /// <summary>Every Accept header line, each a list of media ranges with optional q; q=0 refuses.</summary>
    public static bool Accepts(string[]? acceptLines, string mediaType)
    {
        if (acceptLines is null || acceptLines.Length == 0) return true;
        foreach (var line in acceptLines)
            foreach (var item in line.Split(','))
            {
                var parts = item.Split(';');
                var range = parts[0].Trim();
                var q = 1.0;
                foreach (var parameter in parts.Skip(1))
                {
                    var p = parameter.Trim();
                    if (p.StartsWith("q=", StringComparison.Ordinal))
                        q = double.Parse(p[2..], System.Globalization.CultureInfo.InvariantCulture);
                }
                if (q > 0 && (range == mediaType || range == "*/*" || range == "application/*")) return true;
            }
        return false;
    }

    private async Task ServeBlob(HttpListenerContext context, string digest)
    {
        if (!Images.Image.Blobs.TryGetValue(digest, out var blob) && !(digest == LostBlob && Cdn is not null))
        {
            await Error(context, 404, "BLOB_UNKNOWN", "blob unknown to registry");
            return;
        }
        if (Cdn is not null)
        {
            context.Response.StatusCode = 307;
            context.Response.Headers["Location"] = $"{Cdn.BaseUrl}/cdn/{digest}?sig=abc123";
            context.Response.Headers["Docker-Content-Digest"] = digest;
            context.Response.ContentLength64 = 0;
            return;
        }
        context.Response.Headers["Docker-Content-Digest"] = digest;
        await FakeHub.ServeBytes(context, blob);
    }

    private async Task ServeCdn(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (context.Request.Headers["Authorization"] is not null || context.Request.QueryString["sig"] is null
            || !path.StartsWith("/cdn/", StringComparison.Ordinal))
        {
            await LoopbackHttpServer.Answer(context, 403, "<Error><Code>AccessDenied</Code></Error>", "application/xml");
            return;
        }
        if (!Images.Image.Blobs.TryGetValue(path["/cdn/".Length..], out var blob))
        {
            await LoopbackHttpServer.Answer(context, 404, "<Error><Code>NoSuchKey</Code></Error>", "application/xml");
            return;
        }
        await FakeHub.ServeBytes(context, blob);
    }

    // Tags in lexical order after `last`, at most `n`; a Link to the next page while more remain.
    private async Task ServeTags(HttpListenerContext context, string name)
    {
        var query = context.Request.QueryString;
        var last = query["last"];
        var tags = Images.Tags.Where(t => last is null || string.CompareOrdinal(t, last) > 0).ToList();
        // Without n, pages of DefaultPageSize (registries choose their own page size; clients must follow Link).
        var n = query["n"] is { } text ? int.Parse(text) : DefaultPageSize;
        var page = tags.Take(n).ToList();
        var headers = ApiVersion();
        if (page.Count < tags.Count)
        {
            var next = $"/v2/{name}/tags/list?last={page[^1]}&n={n}";
            headers["Link"] = $"<{(Behaviour.AbsoluteLinks ? Registry.BaseUrl : "")}{next}>; rel=\"next\"";
        }
        await LoopbackHttpServer.Answer(context, 200,
            "{\"name\":\"" + name + "\",\"tags\":[" + string.Join(",", page.Select(t => "\"" + t + "\"")) + "]}", "application/json", headers);
    }

    // The referrers index of a subject: every artifact naming it, or those of one artifactType (OCI-Filters-Applied).
    private async Task ServeReferrers(HttpListenerContext context, string name, string digest)
    {
        var filter = context.Request.QueryString["artifactType"];
        var headers = ApiVersion();
        var matching = digest == Images.Image.ManifestDigest
            ? Images.Referrers.Where(r => filter is null || r.ArtifactType == filter).ToList()
            : new List<(string ArtifactType, ImageSet.Manifest Manifest)>();
        if (filter is not null) headers["OCI-Filters-Applied"] = "artifactType";
        // Two pages when unfiltered, to show pagination: the first carries a Link to the second.
        var second = context.Request.QueryString["page"] == "2";
        if (filter is null && matching.Count > 1)
        {
            if (second) matching = matching.Skip(1).ToList();
            else
            {
                matching = matching.Take(1).ToList();
                headers["Link"] = $"<{(Behaviour.AbsoluteLinks ? Registry.BaseUrl : "")}/v2/{name}/referrers/{digest}?page=2>; rel=\"next\"";
            }
        }
        var body = "{\"schemaVersion\":2,\"mediaType\":\"" + ImageSet.OciIndex + "\",\"manifests\":["
                   + string.Join(",", matching.Select(r => ImageSet.Descriptor(ImageSet.OciManifest, r.Manifest, r.ArtifactType))) + "]}";
        await LoopbackHttpServer.Answer(context, 200, body, ImageSet.OciIndex, headers);
    }

    private bool Authorized(HttpListenerContext context, string? scope, string? needsUser)
    {
        var authorization = context.Request.Headers["Authorization"];
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 4 || parts[0] != "tok" || parts[1] != Behaviour.Name) return false;
        if (needsUser is not null && parts[2] != needsUser) return false;
        var granted = Encoding.UTF8.GetString(Convert.FromBase64String(parts[3])).Split(' ');
        return scope is null || granted.Contains(scope) || (Behaviour.FixedScope is not null && granted.Contains(Behaviour.FixedScope));
    }

    private async Task ServeToken(HttpListenerContext context)
    {
        var request = context.Request;
        var parameters = new List<KeyValuePair<string, string>>();
        void AddAll(System.Collections.Specialized.NameValueCollection values)
        {
            foreach (string? key in values.Keys)
                if (key is not null)
                    foreach (var value in values.GetValues(key) ?? Array.Empty<string>())
                        parameters.Add(new(key, value));
        }
        string? Param(string key) => parameters.LastOrDefault(p => p.Key == key).Value;

        string user;
        var offline = false;
        if (request.HttpMethod == "POST")
        {
            if (!Behaviour.TokenPost)
            {
                await LoopbackHttpServer.Answer(context, 404, "404 page not found", "text/plain");
                return;
            }
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            AddAll(HttpUtility.ParseQueryString(await reader.ReadToEndAsync()));
            var grant = Param("grant_type");
            if (Param("client_id") is null)
            {
                await LoopbackHttpServer.Answer(context, 400, "{\"error\":\"invalid_request\",\"error_description\":\"client_id required\"}");
                return;
            }
            if (grant == "password" && Param("username") == User && Param("password") == Password) user = User;
            else if (grant == "refresh_token" && Param("refresh_token") == RefreshToken) user = User;
            else
            {
                await LoopbackHttpServer.Answer(context, 401, "{\"error\":\"invalid_grant\"}");
                return;
            }
            offline = Param("access_type") == "offline";
        }
        else
        {
            AddAll(request.QueryString);
            user = "anonymous";
            var authorization = request.Headers["Authorization"];
            if (authorization is not null && authorization.StartsWith("Basic ", StringComparison.Ordinal))
            {
                if (Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..])) != User + ":" + Password)
                {
                    await LoopbackHttpServer.Answer(context, 401, "{\"details\":\"incorrect username or password\"}",
                        headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Basic realm=\"" + Behaviour.Name + "\"" });
                    return;
                }
                user = User;
                offline = Param("offline_token") == "true";
            }
        }
        if (Behaviour.Service is not null && Param("service") != Behaviour.Service)
        {
            await LoopbackHttpServer.Answer(context, 400, "{\"details\":\"unknown service\"}");
            return;
        }
        var scopes = parameters.Where(p => p.Key == "scope").SelectMany(p => p.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var token = $"tok.{Behaviour.Name}.{user}." + Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(" ", scopes)));
        var fields = Behaviour.TokenField switch
        {
            "access_token" => $"\"access_token\":\"{token}\"",
            "both" => $"\"token\":\"{token}\",\"access_token\":\"{token}\"",
            _ => $"\"token\":\"{token}\"",
        };
        var refresh = offline ? $",\"refresh_token\":\"{RefreshToken}\"" : "";
        await LoopbackHttpServer.Answer(context, 200, "{" + fields + refresh + ",\"expires_in\":300,\"issued_at\":\"2026-01-01T00:00:00Z\"}");
    }

    private Task Unauthorized(HttpListenerContext context, string? scope)
    {
        var headers = ApiVersion();
        headers["WWW-Authenticate"] = Challenge(scope);
        return LoopbackHttpServer.Answer(context, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
            headers: headers);
    }

    private static Task Error(HttpListenerContext context, int status, string code, string message) =>
        LoopbackHttpServer.Answer(context, status, "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}",
            headers: ApiVersion());

    private static Dictionary<string, string> ApiVersion() => new() { ["Docker-Distribution-API-Version"] = "registry/2.0" };

    public void Dispose()
    {
        Registry.Dispose();
        AuthServer?.Dispose();
        Cdn?.Dispose();
    }
}
