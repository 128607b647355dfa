using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Worker.Edge.Access;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>registry.k8s.io answers registry requests with a redirect to the registry that holds the images
/// (Artifact Registry), and that registry may be the one asking for a token. The Authorization is dropped on the
/// cross-origin hop (UpstreamFetch), and the client cannot fix that itself: whatever it sends the mirror never
/// reaches the redirect target. So a 401 Bearer challenge from a redirect target (never from the configured
/// upstream itself) is answered by the mirror: first by repeating the hop with the client's own token when the
/// challenge names exactly the realm that token came from (learned by RealmCache through the same redirect); if
/// that is not the case or does not help, with an anonymous token the mirror fetches from the challenge's realm for
/// the challenge's scope — what a client talking to the registry directly would do. Where the upstream's own version
/// check named no realm, the redirect target's becomes the one /token asks (RealmCache.ForRedirect), so clients
/// with credentials get tokens for private images there too.</summary>
public static class RedirectedChallenges
{
    public static async Task<UpstreamResult> Resend(UpstreamResult result, RegistryEntry registry, string requestUrl,
        string method, Headers headers, int timeoutMs)
    {
        var response = result.Response;
        if (response == null || response.Status != 401) return result;
        var answeredAt = response.Url;
        if (answeredAt.Length == 0 || !URL.CanParse(answeredAt) || new URL(answeredAt).Origin == new URL(requestUrl).Origin) return result;
        var challenge = UsableChallenge(response);
        if (challenge == null) return result;

        var known = await RealmCache.ForRedirect(registry, challenge, timeoutMs);
        var current = result;
        if (headers.Has("authorization"))
        {
            if (known != null && known.Realm == challenge.Realm)
            {
                await UnreadBodies.Discard(response);
                current = Keep(await UpstreamFetch.Send(answeredAt, method, headers, null, timeoutMs), result.FirstDigest);
                if (current.Response == null || current.Response.Status != 401) return current;
                challenge = UsableChallenge(current.Response);
                if (challenge == null) return current;
            }
        }

        var token = (await TokenReply.Request(challenge, (challenge.Get("scope") ?? "").Split(' '), null, timeoutMs)).Token;
        if (token == null) return current;
        await UnreadBodies.Discard(current.Response!);
        var withToken = new Headers(headers);
        withToken.Set("authorization", "Bearer " + token);
        return Keep(await UpstreamFetch.Send(answeredAt, method, withToken, null, timeoutMs), result.FirstDigest);
    }

    private static Challenge? UsableChallenge(Response response)
    {
        var challenge = Challenge.Parse(response.Headers.Get("www-authenticate"));
        if (challenge == null || !challenge.IsBearer || challenge.Realm == null) return null;
        return UpstreamUrl.Normalize(challenge.Realm) != null && URL.CanParse(challenge.Realm) ? challenge : null;
    }

    private static UpstreamResult Keep(UpstreamResult again, string? firstDigest) =>
        again.Response == null ? again : UpstreamResult.Answered(again.Response, firstDigest ?? again.FirstDigest);
}
