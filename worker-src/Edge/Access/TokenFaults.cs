using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Responses;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>What an upstream token service's answer means for the client of the mirror's /token: a 200 that
/// carries no token (HTML, a login page, broken JSON) is a 502; a refusal keeps its status as an OCI error
/// (services answer refusals in their own formats, clients expect registry errors).</summary>
public static class TokenFaults
{
    /// <summary>null when the answer is a usable token answer to relay.</summary>
    public static OciError? Check(int status, string body)
    {
        if (status == 200)
            return TokenAnswer.Read(body) == null ? OciError.BadGateway("the upstream token service answered without a token") : null;
        if (status == 401) return new OciError(401, "UNAUTHORIZED", "the upstream token service refused these credentials");
        if (status == 403) return new OciError(403, "DENIED", "the upstream token service denied access");
        if (status == 429) return OciError.TooManyRequests("the upstream token service is rate limiting");
        if (status >= 500 || status < 400) return OciError.BadGateway("the upstream token service answered HTTP " + status);
        return new OciError(status, "DENIED", "the upstream token service answered HTTP " + status);
    }
}
