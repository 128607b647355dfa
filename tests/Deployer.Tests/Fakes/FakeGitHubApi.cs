using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>The GitHub REST endpoints for releases, served where Octokit looks for a GitHub Enterprise
/// server (base address + api/v3/), with uploads at the upload_url each release names.</summary>
public sealed partial class FakeGitHubApi : IDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly object _gate = new();
    private int _nextId = 100;

    public FakeGitHubApi(string token = "fake-github-token")
    {
        Token = token;
        _server = new LoopbackHttpServer(HandleAsync);
    }

    public string Token { get; }
    public int Port => _server.Port;
    public string BaseUrl => $"{_server.BaseUrl}/";

    public sealed record Asset(int Id, string Name, string ContentType, byte[] Content);

    public sealed class Release(int id, string tag)
    {
        public int Id { get; } = id;
        public string Tag { get; } = tag;
        public string Name { get; set; } = "";
        public string Body { get; set; } = "";
        public List<Asset> Assets { get; } = [];
    }

    public List<Release> Releases { get; } = [];
    public ConcurrentQueue<RecordedCall> Calls { get; } = new();
    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var call = new RecordedCall(request.HttpMethod, request.Url!.AbsolutePath, request.Url.Query, request.ContentType, buffer.ToArray());
        Calls.Enqueue(call);
        AuthorizationHeaders.Enqueue(request.Headers["Authorization"] ?? "");

        (int Status, JsonNode? Body) answer;
        lock (_gate)
        {
            answer = request.Headers["Authorization"] is { } auth && auth.EndsWith(" " + Token)
                ? Route(call, request)
                : (401, new JsonObject { ["message"] = "Bad credentials" });
        }
        await LoopbackHttpServer.Answer(context, answer.Status, answer.Body?.ToJsonString() ?? "", "application/json; charset=utf-8");
    }

    private (int, JsonNode?) Route(RecordedCall call, HttpListenerRequest request)
    {
        var notFound = (404, (JsonNode?)new JsonObject { ["message"] = "Not Found" });
        if (ReleasesPath().Match(call.Path) is not { Success: true } m) return notFound;
        var (owner, repo, rest) = (m.Groups["owner"].Value, m.Groups["repo"].Value, m.Groups["rest"].Value);
        var upload = call.Path.StartsWith("/uploads/");

        if (upload && call.Method == "POST" && AssetsOf().Match(rest) is { Success: true } a)
        {
            var release = Releases.FirstOrDefault(r => r.Id == int.Parse(a.Groups["id"].Value));
            if (release is null) return notFound;
            var asset = new Asset(_nextId++, request.QueryString["name"]!, call.ContentType ?? "", call.Body);
            release.Assets.Add(asset);
            return (201, AssetJson(owner, repo, asset));
        }
        if (upload) return notFound;

        switch (call.Method)
        {
            case "GET" when rest.StartsWith("/tags/"):
                return Releases.FirstOrDefault(r => r.Tag == rest["/tags/".Length..]) is { } byTag ? (200, ReleaseJson(owner, repo, byTag)) : notFound;
            case "GET" when int.TryParse(rest.TrimStart('/'), out var id):
                return Releases.FirstOrDefault(r => r.Id == id) is { } byId ? (200, ReleaseJson(owner, repo, byId)) : notFound;
            case "POST" when rest == "":
            {
                var body = JsonNode.Parse(call.BodyText)!;
                var release = new Release(_nextId++, body["tag_name"]!.GetValue<string>())
                {
                    Name = body["name"]?.GetValue<string>() ?? "", Body = body["body"]?.GetValue<string>() ?? "",
                };
                Releases.Add(release);
                return (201, ReleaseJson(owner, repo, release));
            }
            case "PATCH" when int.TryParse(rest.TrimStart('/'), out var id):
            {
                var release = Releases.FirstOrDefault(r => r.Id == id);
                if (release is null) return notFound;
                var body = JsonNode.Parse(call.BodyText)!;
                if (body["name"] is { } name) release.Name = name.GetValue<string>();
                if (body["body"] is { } text) release.Body = text.GetValue<string>();
                return (200, ReleaseJson(owner, repo, release));
            }
            case "DELETE" when rest.StartsWith("/assets/") && int.TryParse(rest["/assets/".Length..], out var assetId):
                foreach (var release in Releases) release.Assets.RemoveAll(x => x.Id == assetId);
                return (204, null);
        }
        return notFound;
    }

    private JsonObject ReleaseJson(string owner, string repo, Release r) => new()
    {
        ["id"] = r.Id,
        ["url"] = $"{BaseUrl}api/v3/repos/{owner}/{repo}/releases/{r.Id}",
        ["html_url"] = $"https://github.example/{owner}/{repo}/releases/tag/{r.Tag}",
        ["assets_url"] = $"{BaseUrl}api/v3/repos/{owner}/{repo}/releases/{r.Id}/assets",
        ["upload_url"] = $"{BaseUrl}uploads/repos/{owner}/{repo}/releases/{r.Id}/assets{{?name,label}}",
        ["tag_name"] = r.Tag, ["target_commitish"] = "main", ["name"] = r.Name, ["body"] = r.Body,
        ["draft"] = false, ["prerelease"] = false,
        ["created_at"] = "2026-01-01T00:00:00Z", ["published_at"] = "2026-01-01T00:00:00Z",
        ["author"] = new JsonObject { ["login"] = "edgemirror-bot", ["id"] = 1 },
        ["assets"] = new JsonArray(r.Assets.Select(a => (JsonNode)AssetJson(owner, repo, a)).ToArray()),
    };

    private JsonObject AssetJson(string owner, string repo, Asset a) => new()
    {
        ["id"] = a.Id, ["name"] = a.Name, ["label"] = "", ["state"] = "uploaded", ["content_type"] = a.ContentType,
        ["size"] = a.Content.Length, ["download_count"] = 0,
        ["url"] = $"{BaseUrl}api/v3/repos/{owner}/{repo}/releases/assets/{a.Id}",
        ["browser_download_url"] = $"https://github.example/{owner}/{repo}/releases/download/{a.Name}",
        ["created_at"] = "2026-01-01T00:00:00Z", ["updated_at"] = "2026-01-01T00:00:00Z",
    };

    [GeneratedRegex("^/(?:api/v3|uploads)/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/releases(?<rest>/.*)?$")]
    private static partial Regex ReleasesPath();

    [GeneratedRegex("^/(?<id>[0-9]+)/assets$")]
    private static partial Regex AssetsOf();

    public void Dispose() => _server.Dispose();
}
