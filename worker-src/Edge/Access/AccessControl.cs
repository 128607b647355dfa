using System.Collections.Generic;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Routing;
using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>Who may use a registry route: in password mode only holders of a token from the mirror's
/// /token (anyone else gets the 401 challenge that starts <c>docker login</c>'s flow), and with an
/// allowlist only the repositories it names. Returns the answer to give instead of relaying, or null.</summary>
public static class AccessControl
{
    public const string Service = "edgemirror";

    public static Task<Response?> Screen(MirrorRequest request, Route route)
    {
        var access = request.Access;
        return access.PasswordRequired ? ScreenWithPassword(request, route, access) : Task.FromResult(AllowlistRefusal(access, route));
    }

    /// <summary>Whether <see cref="AllowlistRefusal(MirrorRequest, Route)"/> alone decides (no password to verify,
    /// nothing to await): the registry path then calls it instead of <see cref="Screen"/>.</summary>
    public static bool DecidedNow(MirrorRequest request) => !request.Access.PasswordRequired;

    /// <summary>The answer <see cref="Screen"/> gives without a password: an allowlist refusal, or null.</summary>
    public static Response? AllowlistRefusal(MirrorRequest request, Route route) => AllowlistRefusal(request.Access, route);

    private static async Task<Response?> ScreenWithPassword(MirrorRequest request, Route route, AccessSettings access)
    {
        if (!await MirrorTokens.Verify(access.Password!, request.Raw.Headers.Get("authorization")))
            return Challenge(request, route);
        // The mirror is the registry its clients talk to: its version check needs no upstream.
        if (route.Kind == RouteKind.ApiBase) return ApiBaseAnswer();
        return AllowlistRefusal(access, route);
    }

    private static Response? AllowlistRefusal(AccessSettings access, Route route)
    {
        if (route.Kind != RouteKind.ApiBase && !access.Allowlist.Allows(route.Registry!.Name, route.Repository))
            return Answers.Error(new OciError(403, "DENIED", "repository " + route.Repository + " is not served by this mirror"));
        return null;
    }

    private static Response Challenge(MirrorRequest request, Route route)
    {
        var error = new OciError(401, "UNAUTHORIZED", "authentication required: docker login " + request.Host);
        var response = Answers.Error(error);
        // Built as a Challenge so that whatever the Host header holds is quoted, never new parameters.
        var parameters = new List<AuthParam>
        {
            new AuthParam("realm", request.Scheme + "://" + request.Host + "/token"),
            new AuthParam("service", Service),
        };
        if (route.Repository.Length > 0) parameters.Add(new AuthParam("scope", "repository:" + ClientName(route) + ":pull"));
        response.Headers.Set("www-authenticate", new Challenge("Bearer", parameters).ToString());
        return response;
    }

    // The repository as the client spells it, so a client that checks the scope it is given recognises it.
    private static string ClientName(Route route) =>
        route.Source == RegistrySource.PathPrefix ? route.Registry!.Name + "/" + route.Repository : route.Repository;

    /// <summary>The version check's answer when the mirror handles authentication for the registry itself.</summary>
    public static Response ApiBaseAnswer()
    {
        var headers = new Headers();
        headers.Set("content-type", "application/json");
        headers.Set(Answers.ApiVersionHeader, Answers.ApiVersion);
        headers.Set("cache-control", "no-store");
        return new Response("{}", new ResponseInit { Status = 200, Headers = headers });
    }
}
