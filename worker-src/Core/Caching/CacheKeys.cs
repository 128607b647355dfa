namespace EdgeMirror.Worker.Core.Caching;

/// <summary>Cache API keys. Content by digest is keyed by registry + digest only — the same bytes whatever
/// repository, token or signed storage URL they came through. Tag manifests are keyed by registry +
/// repository + tag + the client's Accept, since the upstream picks the manifest type from Accept.
/// Keys live under a host of their own so no client request URL can ever equal one.</summary>
public static class CacheKeys
{
    public const string Origin = "https://cache.edgemirror.internal";

    public static string Blob(string registry, string digest) =>
        Origin + "/" + Escape(registry) + "/blobs/" + digest;

    public static string ManifestByDigest(string registry, string digest) =>
        Origin + "/" + Escape(registry) + "/manifests/" + digest;

    public static string TagManifest(string registry, string repository, string tag, string? accept) =>
        Origin + "/" + Escape(registry) + "/tags/" + Escape(repository) + "/" + Escape(tag) + "?accept=" + Escape(NormalizeAccept(accept));

    /// <summary>The commit marker of an entry: written only after the entry's bytes were stored and matched
    /// their digest, so an entry without one (a put whose body failed verification but that the cache
    /// kept anyway, a put still in progress) is never served.</summary>
    public static string Commit(string key) => Origin + "/committed" + key.Substring(Origin.Length);

    /// <summary>What a commit marker holds: the stored-at stamp and digest of the one put it commits.</summary>
    public static string CommitText(string storedAt, string digest) => storedAt + " " + digest;

    /// <summary>The R2 object key of a blob (no registry: a digest names the same bytes everywhere).</summary>
    public static string R2Blob(string digest) => "blobs/" + digest;

    /// <summary>Accept without insignificant spaces, so the same client list always maps to the same key.</summary>
    public static string NormalizeAccept(string? accept)
    {
        if (accept == null) return "";
        var parts = accept.Split(',');
        var normalized = "";
        foreach (var part in parts)
        {
            var item = part.Trim().Replace(" ", "");
            if (item.Length == 0) continue;
            normalized = normalized.Length == 0 ? item : normalized + "," + item;
        }
        return normalized;
    }

    // Percent-encodes everything outside [A-Za-z0-9._~-], so "/" in a repository cannot shift key parts.
    private static string Escape(string text)
    {
        var result = "";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~' || c == '-';
            result += plain ? c.ToString() : "%" + ((int)c).ToString("X2");
        }
        return result;
    }
}
