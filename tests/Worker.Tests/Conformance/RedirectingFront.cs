using System.Collections.Concurrent;
using System.Net;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>registry.k8s.io as its documentation describes it: it serves nothing itself and answers every
/// <c>/v2/</c> request with a redirect to the registry that holds the images (Artifact Registry, where they live
/// under <c>k8s-artifacts-prod/images/</c>). That registry, not registry.k8s.io, sends the 401 challenge. With
/// <c>answersVersionCheck</c> the front answers <c>/v2/</c> 200 itself and redirects only the rest (what
/// registry.k8s.io answered in its public debugging logs), so no realm can be learned from the version check.</summary>
public sealed class RedirectingFront : IDisposable
{
    public const string BackingPrefix = "k8s-artifacts-prod/images/";

    public RedirectingFront(string name, string backingBaseUrl, bool answersVersionCheck, ConcurrentQueue<RecordedRequest> log)
    {
        Server = new TestHttpServer(name, log, context =>
        {
            var path = context.Request.Url!.PathAndQuery;
            if (answersVersionCheck && path == "/v2/")
            {
                context.Response.Headers["Docker-Distribution-API-Version"] = "registry/2.0";
                context.Response.ContentLength64 = 0;
                return Task.CompletedTask;
            }
            context.Response.StatusCode = path.StartsWith("/v2/", StringComparison.Ordinal) ? 307 : 404;
            if (context.Response.StatusCode == 307)
                context.Response.Headers["Location"] = backingBaseUrl + (path == "/v2/" ? path : "/v2/" + BackingPrefix + path["/v2/".Length..]);
            context.Response.ContentLength64 = 0;
            return Task.CompletedTask;
        });
    }

    public TestHttpServer Server { get; }

    public void Dispose() => Server.Dispose();
}
