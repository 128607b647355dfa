using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>One running mirror for every workerd-backed test: the compiled worker-src in wrangler dev,
/// with a Docker-Hub-like upstream (UPSTREAM), the CNCF registry as <c>registry.test</c>, a registry
/// that is down (<c>dead.test</c>) and two 429 fallbacks (the first refuses too).</summary>
public sealed class MirrorFixture : IAsyncLifetime
{
    public const string DistributionName = "registry.test";
    public const string DistributionRepository = "team/testimg";
    public const int UpstreamTimeoutMs = 5000;

    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public TestImage HubImage { get; } = TestImage.Create(1, 300_000, 120_000, 50_000);
    public TestImage RegistryImage { get; } = TestImage.Create(2, 200_000, 80_000);
    public FakeHub Hub { get; private set; } = null!;
    public FallbackMirror RefusingFallback { get; private set; } = null!;
    public FallbackMirror Fallback { get; private set; } = null!;
    public DistributionRegistry Registry { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;

    /// <summary>127.0.0.1:N, the mirror as clients name it.</summary>
    public string MirrorHostPort => Worker.BaseAddress.Authority;

    public async Task InitializeAsync()
    {
        try
        {
            await Start();
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: stop what did start.
            await DisposeAsync();
            throw;
        }
    }

    private async Task Start()
    {
        Hub = new FakeHub(HubImage, Log);
        RefusingFallback = new FallbackMirror("fallback-refusing", HubImage, refuses: true, Log);
        Fallback = new FallbackMirror("fallback", HubImage, refuses: false, Log);
        var script = Task.Run(WorkerBundle.Compile);
        Registry = await DistributionRegistry.StartAsync();
        await Registry.PushAsync(RegistryImage, DistributionRepository, "latest");

        var deadPort = FreePort.Next();
        Worker = await WorkerHost.StartAsync(new WorkerHostOptions(await script, new Dictionary<string, string>
        {
            ["UPSTREAM"] = Hub.Registry.BaseUrl,
            ["REGISTRIES"] = "{\"" + DistributionName + "\":\"" + Registry.BaseUrl + "\",\"dead.test\":\"http://127.0.0.1:" + deadPort + "\"}",
            ["FALLBACK"] = "[\"" + RefusingFallback.Server.BaseUrl + "\",\"" + Fallback.Server.BaseUrl + "\"]",
            ["UPSTREAM_TIMEOUT_MS"] = UpstreamTimeoutMs.ToString(),
            // These suites observe the relay itself (what reaches which upstream); the edge cache has its own.
            ["CACHE"] = "off",
        }));
    }

    /// <summary>The requests a server received since <paramref name="mark"/> (see <see cref="Mark"/>).</summary>
    public IReadOnlyList<RecordedRequest> Since(int mark, string server) =>
        Log.Skip(mark).Where(r => r.Server == server).ToList();

    public int Mark() => Log.Count;

    public Task DisposeAsync()
    {
        Worker?.Dispose();
        Registry?.Dispose();
        Hub?.Dispose();
        RefusingFallback?.Dispose();
        Fallback?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class MirrorCollection : ICollectionFixture<MirrorFixture>
{
    public const string Name = "mirror in workerd";
}
