using EdgeMirror.TestSupport;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The real thing: worker-src compiled by cs2js, running in workerd (wrangler dev), serving
/// html/index.html at /. Its Docker Hub upstream is a <see cref="FakeUpstream"/>, and REGISTRIES adds
/// <see cref="ExtraRegistry"/> so the page must show a registry that only the Worker's config names.</summary>
public sealed class WorkerSite : ISite, IAsyncDisposable
{
    public const string ExtraRegistry = "registry.page.test";

    private readonly FakeUpstream _upstream;
    private readonly WorkerHost _worker;

    private WorkerSite(FakeUpstream upstream, WorkerHost worker)
    {
        _upstream = upstream;
        _worker = worker;
    }

    public string Origin => _worker.BaseAddress.GetLeftPart(UriPartial.Authority);
    public string Host => _worker.BaseAddress.Authority;

    /// <summary>What wrangler and the Worker printed, for assertion messages.</summary>
    public string Output => _worker.Output;

    public static async Task<WorkerSite> StartAsync()
    {
        var upstream = new FakeUpstream();
        try
        {
            var script = await Task.Run(WorkerBundle.Compile);
            var worker = await WorkerHost.StartAsync(new WorkerHostOptions(script, new Dictionary<string, string>
            {
                ["UPSTREAM"] = upstream.BaseUrl,
                ["REGISTRIES"] = $"{{\"{ExtraRegistry}\":\"{upstream.BaseUrl}\"}}",
            }));
            return new WorkerSite(upstream, worker);
        }
        catch
        {
            await upstream.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.DisposeAsync();
        await _upstream.DisposeAsync();
    }
}
