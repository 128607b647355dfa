using System;
using System.Text;

namespace EdgeMirror.Worker.Core.Access;

/// <summary><c>Authorization: Basic base64(user:password)</c>, what <c>docker login</c> sends to a token service.</summary>
public sealed record BasicCredentials(string User, string Password)
{
    public static BasicCredentials? Parse(string? authorization)
    {
        if (authorization == null) return null;
        var value = authorization.Trim();
        if (value.Length < 6 || value.Substring(0, 6).ToLowerInvariant() != "basic ") return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Substring(6).Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        var colon = decoded.IndexOf(':');
        return colon < 0 ? null : new BasicCredentials(decoded.Substring(0, colon), decoded.Substring(colon + 1));
    }

    public string ToHeader() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));
}
