using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>The tokens the mirror's /token handed out to clients that sent no credentials. Their SHA-256
/// (never the token itself) is kept in the Cache API until the token expires, so any isolate in the
/// data centre can tell an anonymous pull (cacheable) from one made with a client's own credentials
/// (never stored). A token the mirror does not remember — forged, expired, from another data centre —
/// counts as the client's own: the safe side.</summary>
public static class AnonymousTokens
{
    /// <summary>Called by /token for a successful answer to a client that sent no Authorization: remembers
    /// its token before the client can use it (awaited, so the client's first pull is already cacheable).
    /// A failure to remember only costs caching, never the token answer.</summary>
    public static async Task RememberAnswer(string tokenAnswerBody)
    {
        var token = TokenAnswer.Read(tokenAnswerBody);
        if (token == null) return;
        try
        {
            await RememberHash(token, TokenLifetime.Seconds(tokenAnswerBody));
        }
        catch (Exception e)
        {
            JsConsole.Warn("edgemirror: cache: could not remember an anonymous token: " + e.Message);
        }
    }

    public static async Task<bool> IsKnown(string token)
    {
        var entry = await Caches.Default.Match(await KeyOf(token));
        if (entry == null) return false;
        await entry.Text();
        return true;
    }

    private static async Task RememberHash(string token, int lifetimeSeconds)
    {
        var headers = new Headers();
        headers.Set("cache-control", "public, max-age=" + lifetimeSeconds);
        await Caches.Default.Put(await KeyOf(token), new Response("1", new ResponseInit { Status = 200, Headers = headers }));
    }

    private static async Task<string> KeyOf(string token)
    {
        var hash = await Crypto.Subtle.Digest("SHA-256", new TextEncoder().Encode(token));
        return CacheKeys.Origin + "/anonymous-tokens/" + DigestVerifier.Hex(new Uint8Array(hash));
    }
}
