using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Core.Caching;

/// <summary>Decides what is cacheable. Only GET and HEAD of manifests and blobs. Blobs and manifests by sha256
/// digest are immutable; manifests by tag are cached for the TTL, per Accept. Requests with a client's own
/// credentials may read public entries but never store (see <see cref="CredentialKind"/>). A GET of one byte
/// range of a blob (a resumed or chunked download, <see cref="ByteRange"/>) is answered from a stored blob but
/// never stores; every other partial request is relayed.</summary>
public static class CachePolicy
{
    /// <param name="range">The request's Range header, or null.</param>
    public static CachePlan Plan(Route route, string method, string? accept, string? range, CredentialKind credentials)
    {
        if (method != "GET" && method != "HEAD") return CachePlan.Bypass(credentials);
        if (route.Registry == null) return CachePlan.Bypass(credentials);
        ByteRange? byteRange = null;
        if (range != null)
        {
            byteRange = ByteRange.Parse(range);
            if (byteRange == null || method != "GET" || route.Kind != RouteKind.Blob) return CachePlan.Bypass(credentials);
        }
        var mayStore = credentials != CredentialKind.Client && byteRange == null;
        var registry = route.Registry.Name;
        var reference = route.Reference;

        if (route.Kind == RouteKind.Blob)
        {
            if (!ContentDigest.IsSha256(reference)) return CachePlan.Bypass(credentials);
            return new CachePlan(CacheKeys.Blob(registry, reference), reference, false, true, mayStore, credentials, byteRange);
        }
        if (route.Kind != RouteKind.Manifest) return CachePlan.Bypass(credentials);
        if (ContentDigest.IsSha256(reference))
            return new CachePlan(CacheKeys.ManifestByDigest(registry, reference), reference, false, false, mayStore, credentials);
        if (reference.StartsWith("sha", StringComparison.Ordinal) || reference.IndexOf(':') >= 0) return CachePlan.Bypass(credentials);
        return new CachePlan(CacheKeys.TagManifest(registry, route.Repository, reference, accept), null, true, false, mayStore, credentials);
    }

    /// <summary>Classifies an Authorization header; <paramref name="isMirrorAnonymousToken"/> says whether a
    /// bearer token is one the mirror handed out without credentials.</summary>
    public static CredentialKind Classify(string? authorization, bool isMirrorAnonymousToken)
    {
        if (authorization == null || authorization.Trim().Length == 0 || TokenAnswer.IsNoTokenNeeded(authorization)) return CredentialKind.None;
        return isMirrorAnonymousToken ? CredentialKind.MirrorAnonymous : CredentialKind.Client;
    }

    /// <summary>The bearer token of an Authorization header, or null for any other scheme.</summary>
    public static string? BearerToken(string? authorization) => MirrorToken.FromAuthorization(authorization);

    /// <summary>Whether an upstream answer may be stored at all: only a complete 200 (no partial content,
    /// no errors, nothing the upstream marked private or no-store) in no content coding. A gzip or br answer (an
    /// upstream whose front compresses JSON) is relayed as it came: workerd decodes a body the Worker reads, so the
    /// stored copy, and the client's copy sized to the upstream's Content-Length, would be the decoded bytes still
    /// labelled with the coding and the compressed length.</summary>
    public static bool IsStorable(int status, string? cacheControl, string? contentEncoding)
    {
        if (status != 200) return false;
        var coding = contentEncoding?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(coding) && coding != "identity") return false;
        if (cacheControl == null) return true;
        var directives = cacheControl.ToLowerInvariant();
        return directives.IndexOf("no-store", StringComparison.Ordinal) < 0 && directives.IndexOf("private", StringComparison.Ordinal) < 0;
    }

    /// <summary>Whether an upstream failure lets a stale tag manifest stand in: no answer, 429 or 5xx.</summary>
    public static bool IsUpstreamFailure(int? status) => status is null or 429 or >= 500;
}
