using EdgeMirror.Worker.Core.Responses;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>Responses the Worker makes itself (as opposed to relaying an upstream's).</summary>
public static class Answers
{
    public const string ApiVersionHeader = "docker-distribution-api-version";
    public const string ApiVersion = "registry/2.0";

    public static Response Error(OciError error)
    {
        var headers = new Headers();
        headers.Set("content-type", "application/json; charset=utf-8");
        headers.Set(ApiVersionHeader, ApiVersion);
        headers.Set("cache-control", "no-store");
        if (error.Status == 429 || error.Status == 503 || error.Status == 504) headers.Set("retry-after", "10");
        return new Response(error.ToJson(), new ResponseInit { Status = error.Status, Headers = headers });
    }

    public static Response Text(int status, string contentType, string body, bool head, string cacheControl)
    {
        var headers = new Headers();
        headers.Set("content-type", contentType);
        headers.Set("cache-control", cacheControl);
        return head
            ? new Response((string?)null, new ResponseInit { Status = status, Headers = headers })
            : new Response(body, new ResponseInit { Status = status, Headers = headers });
    }
}
