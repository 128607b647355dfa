using System;
using System.Threading.Tasks;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>The OAuth2 form of a token post (docker with a refresh token, containerd with credentials or the
/// mirror's password). A token form is a few hundred bytes: the body is read only when the request says it is
/// a form of at most <see cref="MaxBytes"/>, so no unbounded body reaches the isolate's memory.</summary>
public static class TokenForm
{
    public const int MaxBytes = 8192;

    /// <summary>The form, or null when the request does not declare a small enough form.</summary>
    public static async Task<URLSearchParams?> Read(MirrorRequest request)
    {
        var contentType = request.Raw.Headers.Get("content-type");
        if (contentType == null || !contentType.ToLowerInvariant().StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)) return null;
        // Content-Length is 1*DIGIT (RFC 9110 §8.6): anything else (a sign, spaces) declares no form this endpoint reads.
        var length = request.Raw.Headers.Get("content-length");
        if (length == null || length.Length == 0 || length.Length > 5) return null;
        var bytes = 0;
        foreach (var c in length)
        {
            if (c < '0' || c > '9') return null;
            bytes = bytes * 10 + (c - '0');
        }
        if (bytes > MaxBytes) return null;
        return new URLSearchParams(await request.Raw.Text());
    }

    /// <summary>A token answer the mirror makes itself, with the token under both names clients read.</summary>
    public static Response Answer(string token, int expiresInSeconds) =>
        Answers.Text(200, "application/json",
            "{\"token\":\"" + token + "\",\"access_token\":\"" + token + "\",\"expires_in\":" + expiresInSeconds + "}", false, "no-store");
}
