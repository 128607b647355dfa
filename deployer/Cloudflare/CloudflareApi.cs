using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EdgeMirror.Deployer.CommandLine;

namespace EdgeMirror.Deployer.Cloudflare;

/// <summary>The few Cloudflare v4 API calls the deployer makes itself (checks before deploying, domains,
/// status). Everything that changes the Worker goes through wrangler.</summary>
public sealed class CloudflareApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    private readonly HttpClient _http;

    public CloudflareApi(CloudflareCredentials credentials)
    {
        Credentials = credentials;
        _http = new HttpClient { BaseAddress = credentials.ApiBase, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credentials.ApiToken);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("edgemirror-deployer/1.0");
    }

    public CloudflareCredentials Credentials { get; }

    public string AccountId => Credentials.AccountId ?? throw new InvalidOperationException("account id not resolved");

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellation)
    {
        using var response = await SendRawAsync(HttpMethod.Get, path, null, cancellation);
        return (await ReadAsync<T>(response, path, cancellation))!;
    }

    /// <summary>Every page of a list endpoint.</summary>
    public async Task<IReadOnlyList<T>> ListAsync<T>(string path, CancellationToken cancellation)
    {
        var all = new List<T>();
        for (var page = 1; ; page++)
        {
            var separator = path.Contains('?') ? '&' : '?';
            using var response = await SendRawAsync(HttpMethod.Get, $"{path}{separator}page={page}&per_page=50", null, cancellation);
            var envelope = await ReadEnvelopeAsync<List<T>>(response, path, cancellation);
            all.AddRange(envelope.Result ?? []);
            if (envelope.ResultInfo is not { } info || info.Page >= info.TotalPages || (envelope.Result?.Count ?? 0) == 0) break;
        }
        return all;
    }

    public async Task<T?> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellation)
    {
        using var response = await SendRawAsync(method, path, body, cancellation);
        return await ReadAsync<T>(response, path, cancellation);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        try
        {
            return await _http.SendAsync(request, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new DeployerException(ExitCode.Failed, $"Could not reach the Cloudflare API at {_http.BaseAddress}: {e.Message}",
                "Check the network (and CLOUDFLARE_API_BASE_URL if you set it), then run the command again.", e);
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, string path, CancellationToken cancellation) =>
        (await ReadEnvelopeAsync<T>(response, path, cancellation)).Result;

    private static async Task<Envelope<T>> ReadEnvelopeAsync<T>(HttpResponseMessage response, string path, CancellationToken cancellation)
    {
        Envelope<T>? envelope;
        try
        {
            envelope = await response.Content.ReadFromJsonAsync<Envelope<T>>(Json, cancellation);
        }
        catch (JsonException)
        {
            envelope = null;
        }
        var errors = envelope?.Errors ?? [];
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || errors.Any(e => e.Code is 10000 or 9109 or 6003))
            throw new DeployerException(ExitCode.Credentials,
                $"Cloudflare rejected the API token for {path} ({(int)response.StatusCode}: {string.Join("; ", errors.Select(e => e.Message))}).",
                "Check CLOUDFLARE_API_TOKEN: it needs Workers Scripts:Edit, Workers Routes:Edit, Zone:Read and DNS:Read on this account " +
                "(dash.cloudflare.com → My Profile → API Tokens).");
        if (!response.IsSuccessStatusCode || envelope is null || !envelope.Success)
            throw new CloudflareApiException((int)response.StatusCode, errors, path);
        return envelope;
    }

    public void Dispose() => _http.Dispose();
}
