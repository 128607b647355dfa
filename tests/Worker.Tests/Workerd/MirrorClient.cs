using System.Net.Http.Headers;
using System.Text.Json;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>What a registry client does against the mirror, spelled out for the tests.</summary>
public static class MirrorClient
{
    public const string ManifestAccept =
        "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
        + "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json";

    /// <summary>A token from the mirror's /token for the given scopes; the whole JSON answer too.</summary>
    public static async Task<(string Token, JsonElement Answer)> Token(HttpClient client, string query,
        AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/token?" + query);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/token?{query} answered {(int)response.StatusCode}: {body}");
        var answer = JsonDocument.Parse(body).RootElement.Clone();
        return (answer.GetProperty("token").GetString()!, answer);
    }

    public static HttpRequestMessage Get(string path, string? token = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", ManifestAccept);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;

    /// <summary>Asserts an OCI error body (<c>{"errors":[{"code","message"}]}</c>) with this code.</summary>
    public static async Task AssertOciError(HttpResponseMessage response, int status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }
}
