namespace EdgeMirror.Worker.Core.Caching;

/// <summary>What the cache does for one registry request, decided before anything is fetched.</summary>
/// <param name="Key">The Cache API key (an https URL that no client can ask for); null when the request bypasses the cache.</param>
/// <param name="ExpectedDigest">The sha256 digest the stored bytes must have: the reference for content by
/// digest; for a tag manifest it is learned from the upstream's Docker-Content-Digest, so null here.</param>
/// <param name="IsTag">A tag manifest: fresh for the TTL, then served only as stale on an upstream error.</param>
/// <param name="IsBlob">A blob: may go to R2 and is the only kind that can be too big for the Cache API.</param>
/// <param name="MayStore">False for requests with a client's own credentials: their answers may be private; false for
/// ranges too (a partial answer is never stored).</param>
/// <param name="Range">The one byte range a blob request asks for: served from a stored blob as a 206, else relayed.</param>
public sealed record CachePlan(string? Key, string? ExpectedDigest, bool IsTag, bool IsBlob, bool MayStore, CredentialKind Credentials,
    ByteRange? Range = null)
{
    public static CachePlan Bypass(CredentialKind credentials) => new CachePlan(null, null, false, false, false, credentials);

    public bool UsesCache => Key != null;

    /// <summary>Whether an entry stored from a request with <paramref name="storedWith"/> credentials may
    /// answer this one. A request without a token only gets entries fetched without one, so a registry
    /// that wants tokens still challenges tokenless clients (they then come back with one).</summary>
    public bool MayServe(CredentialKind storedWith) =>
        Credentials != CredentialKind.None || storedWith == CredentialKind.None;
}
