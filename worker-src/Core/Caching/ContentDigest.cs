namespace EdgeMirror.Worker.Core.Caching;

/// <summary>A <c>sha256:&lt;64 lowercase hex&gt;</c> digest, the only kind the cache stores by: it is what
/// the Worker can verify while the bytes stream past. Other algorithms are relayed, never cached.</summary>
public static class ContentDigest
{
    public const string Prefix = "sha256:";
    public const int HexLength = 64;

    public static bool IsSha256(string? reference)
    {
        if (reference == null || reference.Length != Prefix.Length + HexLength || !reference.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        for (var i = Prefix.Length; i < reference.Length; i++)
        {
            var c = reference[i];
            var hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!hex) return false;
        }
        return true;
    }

    /// <summary>The hex part of a valid digest (what an R2 put's <c>sha256</c> option and a DigestStream's
    /// output are compared with).</summary>
    public static string Hex(string digest) => digest.Substring(Prefix.Length);
}
