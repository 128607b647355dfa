using System.Collections.Generic;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>Where each upstream's real token service is. Learned from the upstream itself (its 401 on
/// <c>/v2/</c>), never from a client, and kept per isolate: it is configuration-like, shared by every
/// request, and not tied to any one of them.</summary>
public static class RealmCache
{
    private static readonly Dictionary<string, Challenge> Learned = new Dictionary<string, Challenge>();

    /// <summary>Challenge is null (and Failure too) when the upstream needs no token at all.</summary>
    public sealed record Lookup(Challenge? Challenge, OciError? Failure);

    public static async Task<Lookup> For(RegistryEntry registry, int timeoutMs)
    {
        Challenge? known;
        if (Learned.TryGetValue(registry.Upstream, out known)) return new Lookup(known, null);

        var result = await UpstreamFetch.Send(registry.Upstream + "/v2/", "GET", new Headers(), null, timeoutMs);
        if (result.Response == null) return new Lookup(null, result.Failure);
        var status = result.Response.Status;
        if (status >= 200 && status < 300) return new Lookup(null, null);

        var challenge = Challenge.Parse(result.Response.Headers.Get("www-authenticate"));
        var realm = challenge == null ? null : challenge.Realm;
        if (status != 401 || challenge == null || !challenge.IsBearer || realm == null || UpstreamUrl.Normalize(realm) == null || !URL.CanParse(realm))
            return new Lookup(null, OciError.BadGateway("upstream " + registry.Name + " did not name a token service (HTTP " + status + ")"));
        Learned[registry.Upstream] = challenge;
        return new Lookup(challenge, null);
    }

    /// <summary>The realm a client's token for this registry comes from, given a challenge from a server the configured
    /// upstream redirected the mirror to: the upstream's own when its version check names one, else the redirect
    /// target's, kept from now on (registry.k8s.io answers <c>/v2/</c> itself and leaves the challenge to the registry
    /// it redirects to, whose token service /token must then ask). Null when the upstream cannot be asked.</summary>
    public static async Task<Challenge?> ForRedirect(RegistryEntry registry, Challenge redirected, int timeoutMs)
    {
        var lookup = await For(registry, timeoutMs);
        if (lookup.Challenge != null) return lookup.Challenge;
        if (lookup.Failure != null) return null;
        Learned[registry.Upstream] = redirected;
        return redirected;
    }
}
