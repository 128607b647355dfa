using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary><c>/token</c> in password mode: the mirror is its own token service. The password comes as
/// Basic credentials (any user name; what <c>docker login</c> and <c>skopeo --src-creds</c> send) or as
/// the <c>password</c> field of an OAuth2 form post (containerd). The answer is a short-lived token the
/// mirror signed; upstream tokens are none of the client's business then.</summary>
public static class MirrorTokenService
{
    private const int MaxFormBytes = 8192;

    public static async Task<Response> Handle(MirrorRequest request, string password)
    {
        var given = await GivenPassword(request);
        if (!await MirrorTokens.PasswordMatches(password, given))
        {
            var refusal = Answers.Error(new OciError(401, "UNAUTHORIZED", "wrong or missing password for this mirror"));
            refusal.Headers.Set("www-authenticate", "Basic realm=\"" + AccessControl.Service + "\"");
            return refusal;
        }
        var token = await MirrorTokens.Issue(password);
        var headers = new Headers();
        headers.Set("content-type", "application/json");
        headers.Set("cache-control", "no-store");
        var body = "{\"token\":\"" + token + "\",\"access_token\":\"" + token + "\",\"expires_in\":" + MirrorToken.LifetimeSeconds + "}";
        return new Response(body, new ResponseInit { Status = 200, Headers = headers });
    }

    /// <summary>The token answer for a registry whose upstream tokens the mirror fetches itself (UPSTREAM_CREDENTIALS
    /// without a password): clients still follow the token flow, but what they send back is replaced anyway.</summary>
    public static Response Placeholder()
    {
        var headers = new Headers();
        headers.Set("content-type", "application/json");
        headers.Set("cache-control", "no-store");
        return new Response("{\"token\":\"mirror-managed\",\"access_token\":\"mirror-managed\",\"expires_in\":300}",
            new ResponseInit { Status = 200, Headers = headers });
    }

    private static async Task<string?> GivenPassword(MirrorRequest request)
    {
        var basic = BasicCredentials.Parse(request.Raw.Headers.Get("authorization"));
        if (basic != null) return basic.Password;
        var contentType = request.Raw.Headers.Get("content-type");
        if (request.Method != "POST" || contentType == null || !contentType.ToLowerInvariant().StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
            return null;
        // A token form is a few hundred bytes; never read an unbounded body into the isolate's memory.
        var length = request.Raw.Headers.Get("content-length");
        if (length == null || length.Length > 4 || !int.TryParse(length, out var bytes) || bytes > MaxFormBytes) return null;
        var form = new URLSearchParams(await request.Raw.Text());
        return form.Get("password");
    }
}
