using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>The Cloudflare v4 API as far as `wrangler deploy` (custom-domain routes) and the deployer use it,
/// answering in the documented envelope ({success, errors, messages, result, result_info}) with the
/// documented error codes (10000 authentication, 10007 Worker not found). Every call is recorded.</summary>
public sealed partial class FakeCloudflareApi : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly object _gate = new();

    public FakeCloudflareApi(string token = "fake-cloudflare-token", string accountId = "0123456789abcdef0123456789abcdef")
    {
        Token = token;
        AccountId = accountId;
        _server = new LoopbackHttpServer(HandleAsync);
    }

    public string Token { get; }
    public string AccountId { get; }
    public int Port => _server.Port;

    /// <summary>What CLOUDFLARE_API_BASE_URL is set to.</summary>
    public string BaseUrl => $"{_server.BaseUrl}/client/v4";

    public List<FakeZone> Zones { get; } = [];
    public List<FakeWorkerDomain> Domains { get; } = [];
    public List<FakeDnsRecord> DnsRecords { get; } = [];
    public ConcurrentDictionary<string, FakeScript> Scripts { get; } = new();
    public ConcurrentDictionary<string, string> Secrets { get; } = new();

    /// <summary>Per Worker, newest first, as GET …/versions and …/deployments list them.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Versions { get; } = new();
    public ConcurrentDictionary<string, List<JsonObject>> Deployments { get; } = new();

    /// <summary>A Worker that was published <paramref name="versions"/> times; the newest version is live.</summary>
    public IReadOnlyList<string> SeedPublished(string name, int versions)
    {
        var ids = new List<string>();
        for (var i = 0; i < versions; i++)
        {
            var id = Guid.NewGuid().ToString();
            lock (_gate) AddVersion(name, id, "seeded");
            ids.Add(id);
        }
        Scripts[name] = new FakeScript(name, new JsonObject(), new Dictionary<string, string>(), ids[^1]);
        return ids;
    }

    private void AddVersion(string name, string id, string message)
    {
        var versions = Versions.GetOrAdd(name, _ => []);
        versions.Insert(0, new JsonObject
        {
            ["id"] = id, ["number"] = versions.Count + 1,
            ["metadata"] = new JsonObject { ["created_on"] = DateTime.UtcNow.ToString("O"), ["modified_on"] = DateTime.UtcNow.ToString("O"), ["source"] = "wrangler", ["author_email"] = "ci@example.com" },
            ["annotations"] = new JsonObject { ["workers/triggered_by"] = "upload", ["workers/message"] = message },
            ["resources"] = new JsonObject
            {
                ["script"] = new JsonObject { ["etag"] = "etag-" + id, ["handlers"] = new JsonArray("fetch") },
                ["script_runtime"] = new JsonObject { ["compatibility_date"] = "2025-09-01", ["usage_model"] = "standard" },
                ["bindings"] = new JsonArray(),
            },
        });
        AddDeployment(name, id, message);
    }

    private JsonObject AddDeployment(string name, string versionId, string? message)
    {
        var deployment = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["created_on"] = DateTime.UtcNow.ToString("O"), ["source"] = "wrangler",
            ["strategy"] = "percentage", ["author_email"] = "ci@example.com",
            ["annotations"] = new JsonObject { ["workers/message"] = message },
            ["versions"] = new JsonArray(new JsonObject { ["version_id"] = versionId, ["percentage"] = 100 }),
        };
        Deployments.GetOrAdd(name, _ => []).Insert(0, deployment);
        return deployment;
    }
    public ConcurrentQueue<RecordedCall> Calls { get; } = new();
    public ConcurrentQueue<string> Unhandled { get; } = new();

    public FakeZone AddZone(string name) { var zone = new FakeZone(NewId(), name, AccountId); lock (_gate) Zones.Add(zone); return zone; }

    public IReadOnlyList<RecordedCall> CallsTo(string method, string pathPattern) =>
        Calls.Where(c => c.Method == method && Regex.IsMatch(c.Path, pathPattern)).ToArray();

    /// <summary>Where tails created through POST …/tails stream from.</summary>
    public FakeTailSocket TailSocket { get; } = new();

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var path = request.Url!.AbsolutePath;
        var call = new RecordedCall(request.HttpMethod, path, request.Url.Query, request.ContentType, buffer.ToArray());
        Calls.Enqueue(call);

        (int Status, JsonNode Body) answer;
        try
        {
            answer = request.Headers["Authorization"] != $"Bearer {Token}"
                ? (403, Failure(10000, "Authentication error"))
                : Route(call, request);
        }
        catch (Exception e)
        {
            answer = (500, Failure(10013, "fake failed: " + e.Message));
        }
        await LoopbackHttpServer.Answer(context, answer.Status, answer.Body.ToJsonString());
    }

    private (int, JsonNode) Route(RecordedCall call, HttpListenerRequest request)
    {
        var path = call.Path.StartsWith("/client/v4") ? call.Path["/client/v4".Length..] : call.Path;
        var query = request.QueryString;
        var account = $"/accounts/{AccountId}";
        lock (_gate)
        {
            switch (call.Method, path)
            {
                case ("GET", "/user/tokens/verify"):
                    return Ok(new JsonObject { ["id"] = "token-id", ["status"] = "active" });
                case ("GET", "/accounts"):
                    return OkList([new JsonObject { ["id"] = AccountId, ["name"] = "Test account" }]);
                case ("GET", "/zones"):
                    return OkList(Zones
                        .Where(z => query["name"] is not { } name || z.Name == name)
                        .Where(z => query["account.id"] is not { } id || z.AccountId == id)
                        .Select(ZoneJson));
            }

            if (path == $"{account}/workers/domains" && call.Method == "GET")
                return OkList(Domains
                    .Where(d => query["hostname"] is not { } h || d.Hostname == h)
                    .Where(d => query["service"] is not { } s || d.Service == s)
                    .Select(DomainJson));
            if (DomainById().Match(path) is { Success: true } byId && byId.Groups["account"].Value == AccountId)
            {
                var domain = Domains.FirstOrDefault(d => d.Id == byId.Groups["id"].Value);
                if (domain is null) return (404, Failure(100114, "Domain not found"));
                if (call.Method == "DELETE") { Domains.Remove(domain); return Ok(null); }
                return Ok(DomainJson(domain));
            }
            if (DnsRecordsPath().Match(path) is { Success: true } dns && call.Method == "GET")
                return OkList(DnsRecords
                    .Where(r => r.ZoneId == dns.Groups["zone"].Value)
                    .Where(r => query["name"] is not { } n || r.Name == n)
                    .Select(r => new JsonObject { ["id"] = r.Id, ["type"] = r.Type, ["name"] = r.Name, ["content"] = r.Content, ["proxied"] = false }));

            if (ScriptPath().Match(path) is { Success: true } script && script.Groups["account"].Value == AccountId)
                return RouteScript(call, script.Groups["name"].Value, script.Groups["kind"].Value + script.Groups["sub"].Value);
        }
        Unhandled.Enqueue(call.ToString());
        return (404, Failure(7003, $"Could not route to {path}, perhaps your object identifier is invalid?"));
    }

    private (int, JsonNode) RouteScript(RecordedCall call, string name, string rest)
    {
        var exists = Scripts.ContainsKey(name);
        var notFound = (404, Failure(10007, "This Worker does not exist on your account."));
        switch (call.Method, rest)
        {
            case ("GET", "services"):
                return exists ? Ok(new JsonObject
                {
                    ["id"] = name,
                    ["default_environment"] = new JsonObject
                    {
                        ["environment"] = "production",
                        ["script"] = new JsonObject { ["id"] = name, ["tag"] = "tag-" + name, ["tags"] = new JsonArray(), ["last_deployed_from"] = "wrangler" },
                    },
                }) : notFound;
            case ("GET", "scripts/secrets"):
                return exists ? Ok(new JsonArray(Secrets.Keys.Select(k => (JsonNode)new JsonObject { ["name"] = k, ["type"] = "secret_text" }).ToArray())) : notFound;
            case ("PUT", "scripts/secrets"):
            {
                var body = JsonNode.Parse(call.BodyText)!;
                Secrets[body["name"]!.GetValue<string>()] = body["text"]!.GetValue<string>();
                return Ok(new JsonObject { ["name"] = body["name"]!.GetValue<string>(), ["type"] = "secret_text" });
            }
            case ("GET", "scripts/deployments"):
                return exists ? Ok(new JsonObject { ["deployments"] = Clone(Deployments.GetValueOrDefault(name) ?? []) }) : notFound;
            case ("POST", "scripts/deployments"):
            {
                var body = JsonNode.Parse(call.BodyText)!;
                var version = body["versions"]![0]!["version_id"]!.GetValue<string>();
                if (Versions.GetValueOrDefault(name)?.Any(v => v["id"]!.GetValue<string>() == version) != true)
                    return (400, Failure(10223, $"Version {version} not found"));
                return Ok(AddDeployment(name, version, body["annotations"]?["workers/message"]?.GetValue<string>()).DeepClone());
            }
            case ("GET", "scripts/versions"):
                return exists ? Ok(new JsonObject { ["items"] = Clone(Versions.GetValueOrDefault(name) ?? []) }) : notFound;
            case ("GET", var versionPath) when versionPath.StartsWith("scripts/versions/"):
                return Versions.GetValueOrDefault(name)?.FirstOrDefault(v => v["id"]!.GetValue<string>() == versionPath["scripts/versions/".Length..]) is { } found
                    ? Ok(found.DeepClone()) : (404, Failure(10222, "Version not found"));
            case ("GET", "scripts/settings"):
                return Ok(new JsonObject { ["bindings"] = new JsonArray(), ["compatibility_date"] = "2025-09-01", ["logpush"] = false, ["tags"] = new JsonArray() });
            case ("PUT", "scripts"):
                return Upload(call, name);
            case ("GET", "workers"):
                return exists ? Ok(new JsonObject
                {
                    ["id"] = name, ["name"] = name,
                    ["subdomain"] = new JsonObject { ["enabled"] = false, ["previews_enabled"] = false },
                }) : notFound;
            case ("POST", "scripts/tails"):
            {
                var id = NewId();
                return Ok(new JsonObject
                {
                    ["id"] = id, ["url"] = $"ws://127.0.0.1:{TailSocket.Port}/tail-socket/{id}",
                    ["expires_at"] = DateTime.UtcNow.AddHours(1).ToString("O"),
                });
            }
            case ("DELETE", var tail) when tail.StartsWith("scripts/tails/"):
                return Ok(null);
            case ("POST", "scripts/subdomain"):
                return Ok(JsonNode.Parse(call.BodyText));
            case ("POST", "scripts/domains/changeset"):
                return Ok(Changeset(name, JsonNode.Parse(call.BodyText)!.AsArray()));
            case ("PUT", "scripts/domains/records"):
                return BindDomains(name, JsonNode.Parse(call.BodyText)!.AsObject());
        }
        Unhandled.Enqueue(call.ToString());
        return (404, Failure(7003, $"Could not route to {call.Path}"));
    }

    private (int, JsonNode) Upload(RecordedCall call, string name)
    {
        var parts = MultipartBody.Parse(call.ContentType!, call.Body);
        var metadata = JsonNode.Parse(parts.Single(p => p.Name == "metadata").Content)!.AsObject();
        var modules = parts.Where(p => p.Name != "metadata").ToDictionary(p => p.Name, p => p.Content);
        var deploymentId = Guid.NewGuid().ToString();
        Scripts[name] = new FakeScript(name, metadata, modules, deploymentId);
        AddVersion(name, deploymentId, "uploaded");
        return Ok(new JsonObject { ["id"] = name, ["etag"] = "etag-" + deploymentId, ["deployment_id"] = deploymentId, ["startup_time_ms"] = 3 });
    }

    private JsonObject Changeset(string service, JsonArray origins)
    {
        var added = new JsonArray(); var updated = new JsonArray(); var conflicting = new JsonArray();
        foreach (var hostname in origins.Select(o => o!["hostname"]!.GetValue<string>()))
        {
            var existing = Domains.FirstOrDefault(d => d.Hostname == hostname);
            if (existing is not null)
            {
                var json = DomainJson(existing);
                json["modified"] = existing.Service != service;
                updated.Add(json);
            }
            else if (DnsRecords.Any(r => r.Name == hostname)) conflicting.Add(new JsonObject { ["hostname"] = hostname });
            else added.Add(new JsonObject { ["hostname"] = hostname });
        }
        return new JsonObject { ["added"] = added, ["removed"] = new JsonArray(), ["updated"] = updated, ["conflicting"] = conflicting };
    }

    /// <summary>Binds like the real endpoint: refuses to move a hostname or replace DNS records unless told to.</summary>
    private (int, JsonNode) BindDomains(string service, JsonObject body)
    {
        var overrideOrigin = body["override_existing_origin"]?.GetValue<bool>() ?? false;
        var overrideDns = body["override_existing_dns_record"]?.GetValue<bool>() ?? false;
        var bound = new JsonArray();
        foreach (var hostname in body["origins"]!.AsArray().Select(o => o!["hostname"]!.GetValue<string>()))
        {
            var zone = Zones.Where(z => hostname == z.Name || hostname.EndsWith("." + z.Name)).MaxBy(z => z.Name.Length);
            if (zone is null) return (400, Failure(100117, $"Hostname '{hostname}' is not in a zone on this account."));
            var existing = Domains.FirstOrDefault(d => d.Hostname == hostname);
            if (existing is not null && existing.Service != service && !overrideOrigin)
                return (409, Failure(100116, $"Hostname '{hostname}' already has externally managed DNS records"));
            if (existing is null && DnsRecords.Any(r => r.Name == hostname) && !overrideDns)
                return (409, Failure(100117, $"Hostname '{hostname}' already has DNS records"));
            DnsRecords.RemoveAll(r => r.Name == hostname);
            if (existing is not null) Domains.Remove(existing);
            var domain = new FakeWorkerDomain(NewId(), hostname, service, zone.Id, zone.Name);
            Domains.Add(domain);
            bound.Add(DomainJson(domain));
        }
        return Ok(bound);
    }

    private static JsonArray Clone(List<JsonObject> items) => new(items.Select(i => (JsonNode)i.DeepClone()).ToArray());

    private static JsonObject ZoneJson(FakeZone z) => new()
    {
        ["id"] = z.Id, ["name"] = z.Name, ["status"] = "active",
        ["account"] = new JsonObject { ["id"] = z.AccountId, ["name"] = "Test account" },
    };

    private static JsonObject DomainJson(FakeWorkerDomain d) => new()
    {
        ["id"] = d.Id, ["hostname"] = d.Hostname, ["service"] = d.Service, ["environment"] = "production",
        ["zone_id"] = d.ZoneId, ["zone_name"] = d.ZoneName,
    };

    private static (int, JsonNode) Ok(JsonNode? result) =>
        (200, new JsonObject { ["success"] = true, ["errors"] = new JsonArray(), ["messages"] = new JsonArray(), ["result"] = result });

    private static (int, JsonNode) OkList(IEnumerable<JsonNode> items)
    {
        var array = new JsonArray(items.ToArray());
        var (status, body) = Ok(array);
        body["result_info"] = new JsonObject { ["page"] = 1, ["per_page"] = 50, ["count"] = array.Count, ["total_count"] = array.Count, ["total_pages"] = 1 };
        return (status, body);
    }

    private static JsonObject Failure(int code, string message) => new()
    {
        ["success"] = false, ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["messages"] = new JsonArray(), ["result"] = null,
    };

    public static string NewId() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^/accounts/(?<account>[^/]+)/workers/(?<kind>scripts|services|workers)/(?<name>[^/]+)(?<sub>/.*)?$")]
    private static partial Regex ScriptPath();

    [GeneratedRegex("^/accounts/(?<account>[^/]+)/workers/domains/(?:records/)?(?<id>[0-9a-f]{32})$")]
    private static partial Regex DomainById();

    [GeneratedRegex("^/zones/(?<zone>[^/]+)/dns_records$")]
    private static partial Regex DnsRecordsPath();

    public void Dispose()
    {
        TailSocket.Dispose();
        _server.Dispose();
    }
}
