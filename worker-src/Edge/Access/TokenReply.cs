using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>A token service's answer to a token the mirror asks for itself (distribution token spec): its status
/// and body, or the failure to get one. Its own cached tokens (UpstreamTokens), the anonymous ones for redirect
/// targets (RedirectedChallenges) and for fallbacks all come through <see cref="Request"/>.</summary>
public sealed record TokenReply(int Status, string Body, OciError? Failure)
{
    /// <summary>The token of a 200 answer, or null.</summary>
    public string? Token => Status == 200 ? TokenAnswer.Read(Body) : null;

    /// <summary>A GET of the challenge's realm with its service and each scope (but null or empty ones) as query parameters,
    /// carrying <paramref name="authorization"/> when the mirror has credentials for the registry.</summary>
    public static async Task<TokenReply> Request(Challenge challenge, string?[] scopes, string? authorization, int timeoutMs)
    {
        var url = new URL(challenge.Realm!);
        if (challenge.Service != null) url.SearchParams.Set("service", challenge.Service);
        url.SearchParams.Delete("scope");
        foreach (var scope in scopes)
            if (scope != null && scope.Length > 0) url.SearchParams.Append("scope", scope);
        var headers = new Headers();
        if (authorization != null) headers.Set("authorization", authorization);
        var answer = await UpstreamFetch.Send(url.Href, "GET", headers, null, timeoutMs);
        if (answer.Response == null) return new TokenReply(0, "", answer.Failure);
        return new TokenReply(answer.Response.Status, await answer.Response.Text(), null);
    }
}
