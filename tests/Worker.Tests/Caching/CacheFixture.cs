using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>One running mirror for the cache tests, separate from <see cref="MirrorFixture"/> (whose tests
/// observe the relay and run with the cache off): the compiled worker-src in wrangler dev with its local
/// Cache API and an R2 bucket bound as BLOBS, a Docker-Hub-like upstream (token flow, private images) and
/// a token-less registry <c>flaky.test</c> whose faults tests switch on, and <c>large.test</c> with blobs large
/// enough to be stored from a second download (<see cref="LargeBlobs"/>). MANIFEST_TTL is short so staleness
/// is observable.</summary>
public sealed class CacheFixture : IAsyncLifetime, ILargeBlobMirror
{
    public const string FlakyName = "flaky.test";
    /// <summary>A registry that a test stops, to make it unreachable.</summary>
    public const string VanishingName = "vanishing.test";
    /// <summary>A registry like <see cref="Flaky"/> with blobs of its own (R2 keys blobs by digest alone, across registries).</summary>
    public const string RangesName = "ranges.test";
    public const int ManifestTtlSeconds = 2;

    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public TestImage HubImage { get; } = TestImage.Create(11, 260_000, 90_000, 40_000);
    public TestImage FlakyImage { get; } = TestImage.Create(12, 150_000, 70_000, 30_000);
    public TestImage RangesImage { get; } = TestImage.Create(13, 120_000, 50_000);
    public FakeHub Hub { get; private set; } = null!;
    public FlakyRegistry Flaky { get; private set; } = null!;
    public FlakyRegistry Vanishing { get; private set; } = null!;
    public FlakyRegistry Ranges { get; private set; } = null!;
    public FlakyRegistry Large { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;

    public HttpClient Client => Worker.Client;
    public string MirrorHostPort => Worker.BaseAddress.Authority;

    public async Task InitializeAsync()
    {
        try
        {
            Hub = new FakeHub(HubImage, Log);
            Flaky = new FlakyRegistry(FlakyImage, Log);
            Vanishing = new FlakyRegistry(FlakyImage, Log);
            Ranges = new FlakyRegistry(RangesImage, Log, "ranges");
            Large = new FlakyRegistry(LargeBlobs.Image, Log, "large");
            Worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(), new Dictionary<string, string>
            {
                ["UPSTREAM"] = Hub.Registry.BaseUrl,
                ["REGISTRIES"] = "{\"" + FlakyName + "\":\"" + Flaky.Server.BaseUrl + "\",\"" + RangesName + "\":\"" + Ranges.Server.BaseUrl
                    + "\",\"" + VanishingName + "\":\"" + Vanishing.Server.BaseUrl
                    + "\",\"" + LargeBlobs.RegistryName + "\":\"" + Large.Server.BaseUrl + "\"}",
                ["UPSTREAM_TIMEOUT_MS"] = "3000",
                ["MANIFEST_TTL"] = ManifestTtlSeconds.ToString(),
            })
            {
                ExtraConfig = "[[r2_buckets]]\nbinding = \"BLOBS\"\nbucket_name = \"edgemirror-blobs-test\"",
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public int Mark() => Log.Count;

    public IReadOnlyList<RecordedRequest> Since(int mark, string server) =>
        Log.Skip(mark).Where(r => r.Server == server).ToList();

    /// <summary>Waits until the cache has stored what a previous answer teed off (ctx.waitUntil runs after
    /// the response): polls until <paramref name="path"/> answers X-Cache: HIT, at most a few seconds.</summary>
    public async Task<HttpResponseMessage> UntilHit(Func<HttpRequestMessage> request)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await Client.SendAsync(request());
            await response.Content.LoadIntoBufferAsync();
            if (MirrorClient.Header(response, "X-Cache") == "HIT" || attempt >= 20) return response;
            response.Dispose();
            await Task.Delay(150);
        }
    }

    public Task DisposeAsync()
    {
        Worker?.Dispose();
        Hub?.Dispose();
        Flaky?.Dispose();
        Vanishing?.Dispose();
        Ranges?.Dispose();
        Large?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CacheCollection : ICollectionFixture<CacheFixture>
{
    public const string Name = "caching mirror in workerd";
}
