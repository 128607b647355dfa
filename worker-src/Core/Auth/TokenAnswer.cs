using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>Token services answer with <c>token</c>, <c>access_token</c> or both; clients differ in
/// which they read. The mirror's answer always carries both.</summary>
public static class TokenAnswer
{
    /// <summary>The body with the missing one of the two fields added, or the body unchanged when it
    /// is not a JSON object, already has both, or has neither.</summary>
    public static string WithBothTokenFields(string body)
    {
        var parsed = JsonReader.TryParse(body);
        if (parsed == null || parsed.Kind != JsonKind.Object) return body;
        var token = parsed.GetString("token");
        var accessToken = parsed.GetString("access_token");
        if ((token == null) == (accessToken == null)) return body;
        var field = token == null ? "token" : "access_token";
        var value = token == null ? accessToken! : token;
        var open = body.IndexOf('{');
        return "{" + JsonText.Quote(field) + ":" + JsonText.Quote(value) + "," + body.Substring(open + 1);
    }

    /// <summary>The bearer token of a token service's answer (<c>token</c>, else <c>access_token</c>), or null.</summary>
    public static string? Read(string body)
    {
        var parsed = JsonReader.TryParse(body);
        if (parsed == null || parsed.Kind != JsonKind.Object) return null;
        var token = parsed.GetString("token");
        if (token == null || token.Length == 0) token = parsed.GetString("access_token");
        return token != null && token.Length > 0 ? token : null;
    }
}
