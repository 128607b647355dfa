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
    public static async Task<Response> Handle(MirrorRequest request, string password)
    {
        var given = await GivenPassword(request);
        if (!await MirrorTokens.PasswordMatches(password, given))
        {
            var refusal = Answers.Error(new OciError(401, "UNAUTHORIZED", "wrong or missing password for this mirror"));
            refusal.Headers.Set("www-authenticate", "Basic realm=\"" + AccessControl.Service + "\"");
            return refusal;
        }
        return TokenForm.Answer(await MirrorTokens.Issue(password), MirrorToken.LifetimeSeconds);
    }

    /// <summary>The token answer for a registry whose upstream tokens the mirror fetches itself (UPSTREAM_CREDENTIALS
    /// without a password): clients still follow the token flow, but what they send back is replaced anyway.</summary>
    public static Response Placeholder() => TokenForm.Answer("mirror-managed", 300);

    private static async Task<string?> GivenPassword(MirrorRequest request)
    {
        var basic = BasicCredentials.Parse(request.Raw.Headers.Get("authorization"));
        if (basic != null) return basic.Password;
        if (request.Method != "POST") return null;
        var form = await TokenForm.Read(request);
        return form == null ? null : form.Get("password");
    }
}
