using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>Errors an upstream answered without a registry error body get the distribution spec's code for what the route asked.</summary>
public sealed class UpstreamErrorCodesTests
{
    [Theory]
    [InlineData(404, RouteKind.Manifest, "MANIFEST_UNKNOWN")]
    [InlineData(404, RouteKind.Blob, "BLOB_UNKNOWN")]
    [InlineData(404, RouteKind.TagList, "NAME_UNKNOWN")]
    [InlineData(404, RouteKind.Referrers, "NAME_UNKNOWN")]
    [InlineData(401, RouteKind.Blob, "UNAUTHORIZED")]
    [InlineData(403, RouteKind.Blob, "DENIED")]
    [InlineData(429, RouteKind.Manifest, "TOOMANYREQUESTS")]
    [InlineData(503, RouteKind.Blob, "UNAVAILABLE")]
    [InlineData(416, RouteKind.Blob, "UNSUPPORTED")]
    public void A_status_without_a_registry_error_gets_the_specs_code_for_the_route(int status, RouteKind kind, string code)
    {
        Assert.Equal(code, UpstreamErrorCodes.For(status, kind));
    }
}
