using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EdgeMirror.Worker.Core.Auth;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>What docker, containerd and podman do against a registry, against the mirror: send the request; on a
/// 401 Bearer challenge get a token from its realm (which must be on the mirror: the client can reach nothing
/// else) with the challenge's service and scope, and send the request again with it.</summary>
public sealed class RegistryClient(HttpClient client, string mirrorHostPort)
{
    public const string DockerAccept =
        "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, "
        + "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json";

    /// <summary>The Accept containerd sends for manifests (remotes/docker/resolver.go): every manifest type, then <c>*/*</c>.</summary>
    public const string ContainerdAccept =
        "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, "
        + "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, */*";

    public HttpClient Http => client;

    /// <summary>The last token the dance fetched, and the realm URL it was fetched from.</summary>
    public string? Token { get; private set; }
    public string? TokenUrl { get; private set; }

    public async Task<HttpResponseMessage> Send(string path, HttpMethod? method = null, string? accept = DockerAccept,
        string? range = null, AuthenticationHeaderValue? login = null)
    {
        HttpRequestMessage Make(string? token)
        {
            var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
            if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
            if (range is not null) request.Headers.TryAddWithoutValidation("Range", range);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        using (var first = Make(null))
        {
            var response = await client.SendAsync(first);
            if (response.StatusCode != HttpStatusCode.Unauthorized) return response;
            var challenge = Challenge.Parse(ChallengeHeader(response));
            Assert.NotNull(challenge);
            response.Dispose();
            Token = await FetchToken(challenge!, login);
        }
        using var second = Make(Token);
        return await client.SendAsync(second);
    }

    /// <summary>GET realm?service=…&amp;scope=… as docker does; the realm must be the mirror's.</summary>
    public async Task<string> FetchToken(Challenge challenge, AuthenticationHeaderValue? login = null)
    {
        Assert.True(challenge.IsBearer, "not a Bearer challenge: " + challenge);
        var realm = new Uri(challenge.Realm!);
        Assert.Equal(mirrorHostPort, realm.Authority);
        var query = new List<string>();
        if (challenge.Service is not null) query.Add("service=" + Uri.EscapeDataString(challenge.Service));
        if (challenge.Get("scope") is { } scopes)
            foreach (var scope in scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) query.Add("scope=" + Uri.EscapeDataString(scope));
        var separator = realm.Query.Length > 0 ? "&" : "?";
        TokenUrl = realm + (query.Count > 0 ? separator + string.Join("&", query) : "");
        using var request = new HttpRequestMessage(HttpMethod.Get, TokenUrl);
        request.Headers.Authorization = login;
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{TokenUrl} answered {(int)response.StatusCode}: {body}");
        var answer = JsonDocument.Parse(body).RootElement;
        return answer.GetProperty("token").GetString()!;
    }

    public static string? ChallengeHeader(HttpResponseMessage response) =>
        response.Headers.WwwAuthenticate.Count == 0 ? null : string.Join(", ", response.Headers.WwwAuthenticate.Select(h => h.ToString()));

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    /// <summary>A request written byte for byte (for what HttpClient will not send, such as two Accept header lines);
    /// returns the status line and headers (lowercased names) of the answer.</summary>
    public static async Task<(int Status, Dictionary<string, string> Headers)> Raw(Uri mirror, string requestHead)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(mirror.Host, mirror.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(requestHead.Replace("\n", "\r\n") + "\r\n"));
        var reader = new StreamReader(stream, Encoding.ASCII);
        var status = int.Parse((await reader.ReadLineAsync())!.Split(' ')[1]);
        var headers = new Dictionary<string, string>();
        string? line;
        while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
        {
            var colon = line.IndexOf(':');
            var name = line[..colon].Trim().ToLowerInvariant();
            headers[name] = headers.TryGetValue(name, out var before) ? before + ", " + line[(colon + 1)..].Trim() : line[(colon + 1)..].Trim();
        }
        return (status, headers);
    }
}
