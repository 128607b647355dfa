using System.Text.Json.Serialization;

namespace EdgeMirror.Deployer.Cloudflare;

// The shapes the deployer reads from the Cloudflare v4 API (https://developers.cloudflare.com/api/).
// Only the fields it uses; everything else in the responses is ignored.

public sealed record CloudflareError(int Code, string Message);

public sealed record ResultInfo(int Page, [property: JsonPropertyName("total_pages")] int TotalPages);

public sealed record Envelope<T>(bool Success, IReadOnlyList<CloudflareError>? Errors, T? Result,
    [property: JsonPropertyName("result_info")] ResultInfo? ResultInfo);

public sealed record ZoneAccount(string Id, string? Name);

public sealed record Zone(string Id, string Name, ZoneAccount? Account, string? Status);

/// <summary>A Worker custom domain (GET /accounts/{id}/workers/domains).</summary>
public sealed record WorkerDomain(string Id, string Hostname, string Service,
    [property: JsonPropertyName("zone_id")] string? ZoneId,
    [property: JsonPropertyName("zone_name")] string? ZoneName,
    string? Environment);

public sealed record DnsRecord(string Id, string Type, string Name, string? Content);

public sealed record Account(string Id, string Name);

public sealed record TokenStatus(string Id, string Status);
