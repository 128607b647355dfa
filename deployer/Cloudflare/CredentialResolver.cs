using System.Text.Json.Nodes;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Cloudflare;

/// <summary>Credentials the way wrangler finds them: CLOUDFLARE_API_TOKEN, else wrangler's own login
/// (asked from `wrangler auth token`, kept in memory); CLOUDFLARE_ACCOUNT_ID, else the only account the
/// token can see.</summary>
public static class CredentialResolver
{
    public static async Task<CloudflareApi> ConnectAsync(Wrangler wrangler, CancellationToken cancellation)
    {
        var token = Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN") is { Length: > 0 } fromEnv
            ? fromEnv
            : await TokenFromWranglerLoginAsync(wrangler, cancellation);
        if (token is null)
            throw new DeployerException(ExitCode.Credentials,
                "No Cloudflare credentials: CLOUDFLARE_API_TOKEN is not set and wrangler is not logged in.",
                "Create an API token (dash.cloudflare.com → My Profile → API Tokens; template \"Edit Cloudflare Workers\" plus Zone:Read and DNS:Read), " +
                "then `export CLOUDFLARE_API_TOKEN=<token> CLOUDFLARE_ACCOUNT_ID=<account id>`; or run `npx wrangler login`.");

        var accountId = Environment.GetEnvironmentVariable("CLOUDFLARE_ACCOUNT_ID") is { Length: > 0 } id ? id : null;
        var api = new CloudflareApi(new CloudflareCredentials(token, accountId, CloudflareCredentials.ApiBaseFromEnvironment()));
        if (accountId is not null) return api;

        var accounts = await api.ListAsync<Account>("accounts", cancellation);
        api.Dispose();
        if (accounts.Count != 1)
            throw new DeployerException(ExitCode.Credentials,
                accounts.Count == 0 ? "The API token cannot see any Cloudflare account."
                    : $"The API token can see {accounts.Count} accounts ({string.Join(", ", accounts.Select(a => $"{a.Name} = {a.Id}"))}) and CLOUDFLARE_ACCOUNT_ID is not set.",
                "Set CLOUDFLARE_ACCOUNT_ID to the account that should run the mirror (dash.cloudflare.com → Workers & Pages → Account ID).");
        return new CloudflareApi(new CloudflareCredentials(token, accounts[0].Id, CloudflareCredentials.ApiBaseFromEnvironment()));
    }

    private static async Task<string?> TokenFromWranglerLoginAsync(Wrangler wrangler, CancellationToken cancellation)
    {
        var result = await wrangler.RunAsync(["auth", "token", "--json"], cancellation);
        if (result.ExitCode != 0) return null;
        try
        {
            return JsonNode.Parse(result.StandardOutput.Trim())?["token"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
