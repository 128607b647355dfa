namespace EdgeMirror.Deployer.Cloudflare;

/// <summary>What the deployer authenticates with. Held in memory only: never written, never printed.</summary>
public sealed record CloudflareCredentials(string ApiToken, string? AccountId, Uri ApiBase)
{
    public const string DefaultApiBase = "https://api.cloudflare.com/client/v4";

    public override string ToString() => $"CloudflareCredentials {{ AccountId = {AccountId}, ApiBase = {ApiBase} }}";

    /// <summary>CLOUDFLARE_API_BASE_URL as wrangler reads it (tests point it at a local fake).</summary>
    public static Uri ApiBaseFromEnvironment() =>
        new((Environment.GetEnvironmentVariable("CLOUDFLARE_API_BASE_URL") is { Length: > 0 } b ? b : DefaultApiBase).TrimEnd('/') + "/");
}
