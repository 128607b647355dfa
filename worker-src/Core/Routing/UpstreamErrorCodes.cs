namespace EdgeMirror.Worker.Core.Routing;

/// <summary>The distribution spec's error code for an upstream error that came without one (storage services and
/// CDNs answer in XML or HTML): a 404 means the manifest, blob or repository the route asked for is unknown.</summary>
public static class UpstreamErrorCodes
{
    public static string For(int status, RouteKind kind)
    {
        if (status == 401) return "UNAUTHORIZED";
        if (status == 403) return "DENIED";
        if (status == 404)
        {
            if (kind == RouteKind.Manifest) return "MANIFEST_UNKNOWN";
            if (kind == RouteKind.Blob) return "BLOB_UNKNOWN";
            return "NAME_UNKNOWN";
        }
        if (status == 429) return "TOOMANYREQUESTS";
        if (status >= 500) return "UNAVAILABLE";
        return "UNSUPPORTED";
    }
}
