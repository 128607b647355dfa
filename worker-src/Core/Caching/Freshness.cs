namespace EdgeMirror.Worker.Core.Caching;

/// <summary>Age and staleness of a stored entry, from the time it was stored (epoch milliseconds, kept in
/// the entry's <see cref="StoredAtHeader"/>). Content by digest never goes stale; a tag manifest is fresh
/// for the TTL and afterwards served only when the upstream fails (with a Warning).</summary>
public static class Freshness
{
    public const string StoredAtHeader = "x-edgemirror-stored-at";
    public const string CredentialsHeader = "x-edgemirror-credentials";
    public const int DefaultManifestTtlSeconds = 60;

    /// <summary>How long the Cache API keeps entries: tag manifests outlive their TTL by this much so
    /// they can stand in while the upstream is down; content by digest is immutable.</summary>
    public const int StaleKeepSeconds = 7 * 24 * 3600;
    public const int ImmutableKeepSeconds = 30 * 24 * 3600;

    /// <summary>RFC 9111 §5.5 (obsoleted, but what registries' and proxies' clients still show).</summary>
    public const string StaleWarning = "110 - \"Response is Stale\"";

    public static int AgeSeconds(double storedAtMs, double nowMs)
    {
        var age = (nowMs - storedAtMs) / 1000;
        if (age < 0 || double.IsNaN(age)) return 0;
        return (int)age;
    }

    public static bool IsFresh(bool isTag, double storedAtMs, double nowMs, int ttlSeconds) =>
        !isTag || AgeSeconds(storedAtMs, nowMs) < ttlSeconds && nowMs >= storedAtMs;

    /// <summary>MANIFEST_TTL: whole seconds ≥ 0 (0 disables tag caching except as a stale stand-in); default 60.</summary>
    public static int ParseTtl(string? text)
    {
        if (text == null) return DefaultManifestTtlSeconds;
        var digits = text.Trim();
        if (digits.Length == 0 || digits.Length > 7) return DefaultManifestTtlSeconds;
        var value = 0;
        foreach (var c in digits)
        {
            if (c < '0' || c > '9') return DefaultManifestTtlSeconds;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
