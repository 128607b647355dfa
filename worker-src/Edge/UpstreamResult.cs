using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>What asking an upstream came to: its final response (after redirects), or the OCI error
/// that stands for not getting one (unreachable → 502, too slow → 504, bad redirect → 502).
/// FirstDigest is the Docker-Content-Digest of the first answer in a redirect chain, which the
/// redirect's target (a CDN) does not repeat; null when there was no redirect (the answer carries its own).</summary>
public sealed record UpstreamResult(Response? Response, OciError? Failure, string? FirstDigest)
{
    public static UpstreamResult Answered(Response response, string? firstDigest) => new UpstreamResult(response, null, firstDigest);
    public static UpstreamResult Failed(OciError failure) => new UpstreamResult(null, failure, null);
}
