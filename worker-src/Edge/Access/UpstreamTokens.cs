using System.Collections.Generic;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>Upstream tokens the mirror fetches itself (password mode, or a registry with credentials),
/// kept per registry and scope until shortly before their <c>expires_in</c>: a pull of an image with many
/// layers costs one token request, not one per layer. The cache lives in the isolate because the tokens
/// are the mirror's own (not any client's), shared by every request that passed access control.</summary>
public static class UpstreamTokens
{
    private const int MaxEntries = 2000;
    private static readonly Dictionary<string, CachedToken> Cache = new Dictionary<string, CachedToken>();

    private sealed record CachedToken(string Token, double ExpiresAtMs);

    /// <summary>Token is null and Failure too when the registry needs no token.</summary>
    public sealed record Result(string? Token, OciError? Failure, bool FromCache);

    public static async Task<Result> For(RegistryEntry registry, string? scope, BasicCredentials? credentials, int timeoutMs)
    {
        var key = registry.Upstream + " " + (scope ?? "") + " " + (credentials == null ? "" : credentials.User);
        CachedToken? cached;
        if (Cache.TryGetValue(key, out cached))
        {
            if (cached.ExpiresAtMs > Timers.Now()) return new Result(cached.Token, null, true);
            Cache.Remove(key);
        }

        var lookup = await RealmCache.For(registry, timeoutMs);
        if (lookup.Failure != null) return new Result(null, lookup.Failure, false);
        if (lookup.Challenge == null) return new Result(null, null, false);

        var reply = await TokenReply.Request(lookup.Challenge, new[] { scope },
            credentials == null ? null : credentials.ToHeader(), timeoutMs);
        if (reply.Failure != null) return new Result(null, reply.Failure, false);
        if (reply.Status != 200)
            return new Result(null, OciError.BadGateway("the token service of " + registry.Name + " refused the mirror (HTTP " + reply.Status + ")"), false);
        var token = reply.Token;
        if (token == null)
            return new Result(null, OciError.BadGateway("the token service of " + registry.Name + " answered without a token"), false);

        // Renew at 90% of the lifetime, so a token never expires between the check and its use.
        var lifetimeMs = TokenLifetime.Seconds(reply.Body) * 900.0;
        if (Cache.Count >= MaxEntries) Cache.Clear();
        Cache[key] = new CachedToken(token, Timers.Now() + lifetimeMs);
        return new Result(token, null, false);
    }

    public static void Forget(RegistryEntry registry, string? scope, BasicCredentials? credentials) =>
        Cache.Remove(registry.Upstream + " " + (scope ?? "") + " " + (credentials == null ? "" : credentials.User));
}
