using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>Token services answer with <c>token</c>, <c>access_token</c> or both; clients differ in
/// which they read. The mirror's answer always carries both.</summary>
public static class TokenAnswer
{
    /// <summary>The token /token hands out for a registry that needs none (mcr.microsoft.com): clients that were
    /// sent to /token by another registry's challenge still get a token, but it is the mirror's own placeholder,
    /// never sent upstream and no credential of the client's.</summary>
    public const string NoTokenNeeded = "anonymous";

    /// <summary>Whether an Authorization header carries only <see cref="NoTokenNeeded"/>, as exactly
    /// <c>Bearer anonymous</c> (any case of "Bearer", one space).</summary>
    public static bool IsNoTokenNeeded(string? authorization) =>
        authorization != null && authorization.Trim().Length == 7 + NoTokenNeeded.Length
        && MirrorToken.FromAuthorization(authorization) == NoTokenNeeded;

    /// <summary>The body with the missing one of the two fields added, or the body unchanged when it
    /// is not a JSON object, already has both, or has neither.</summary>
    public static string WithBothTokenFields(string body)
    {
        var parsed = JsonValues.Parse(body);
        var token = JsonValues.Text(JsonValues.Field(parsed, "token"));
        var accessToken = JsonValues.Text(JsonValues.Field(parsed, "access_token"));
        if ((token == null) == (accessToken == null)) return body;
        var field = token == null ? "token" : "access_token";
        var value = token == null ? accessToken! : token;
        var open = body.IndexOf('{');
        return "{" + JsonText.Quote(field) + ":" + JsonText.Quote(value) + "," + body.Substring(open + 1);
    }

    /// <summary>The bearer token of a token service's answer (<c>token</c>, else <c>access_token</c>), or null.</summary>
    public static string? Read(string body)
    {
        var parsed = JsonValues.Parse(body);
        var token = JsonValues.Text(JsonValues.Field(parsed, "token"));
        if (token == null || token.Length == 0) token = JsonValues.Text(JsonValues.Field(parsed, "access_token"));
        return token != null && token.Length > 0 ? token : null;
    }
}
