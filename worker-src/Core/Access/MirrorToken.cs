namespace EdgeMirror.Worker.Core.Access;

/// <summary>The bearer token the mirror's own token service hands out in password mode:
/// <c>em1.&lt;expires, unix seconds&gt;.&lt;nonce, hex&gt;.&lt;HMAC-SHA256 of the part before it, hex&gt;</c>.
/// The key is MIRROR_PASSWORD itself, so changing the password revokes every token. Signing and
/// verifying the HMAC happen at the edge (crypto.subtle); this type only builds and takes apart the text,
/// so that the grammar is checked before any cryptography runs.</summary>
public sealed record MirrorToken(string SignedPart, long ExpiresAt, string Signature)
{
    public const string Version = "em1";
    public const int LifetimeSeconds = 300;
    public const int SignatureHexLength = 64;
    private const int MaxNonceLength = 64;

    /// <summary>The part the HMAC covers.</summary>
    public static string SignedPartFor(long expiresAt, string nonceHex) => Version + "." + expiresAt + "." + nonceHex;

    public static string Compose(string signedPart, string signatureHex) => signedPart + "." + signatureHex;

    public bool IsExpired(long nowSeconds) => nowSeconds >= ExpiresAt;

    /// <summary>The token's parts, or null unless it has exactly the grammar above.</summary>
    public static MirrorToken? Parse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version) return null;
        var expires = parts[1];
        var nonce = parts[2];
        var signature = parts[3];
        if (expires.Length == 0 || expires.Length > 12 || !IsDigits(expires)) return null;
        if (nonce.Length == 0 || nonce.Length > MaxNonceLength || !IsLowerHex(nonce)) return null;
        if (signature.Length != SignatureHexLength || !IsLowerHex(signature)) return null;
        long expiresAt = 0;
        for (var i = 0; i < expires.Length; i++) expiresAt = expiresAt * 10 + (expires[i] - '0');
        return new MirrorToken(SignedPartFor(expiresAt, nonce), expiresAt, signature);
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? FromAuthorization(string? authorization)
    {
        if (authorization == null) return null;
        var value = authorization.Trim();
        if (value.Length < 7 || value.Substring(0, 7).ToLowerInvariant() != "bearer ") return null;
        var token = value.Substring(7).Trim();
        return token.Length == 0 ? null : token;
    }

    private static bool IsDigits(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    }

    private static bool IsLowerHex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
        }
        return true;
    }
}
