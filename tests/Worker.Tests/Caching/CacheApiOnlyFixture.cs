using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Caching;

/// <summary>A caching mirror without an R2 bucket, as the Worker is deployed by default: blobs go only to the
/// Cache API, where the Worker itself reads a stored copy back and checks its digest before committing it
/// (with R2 bound, R2 checks the digest first; <see cref="CacheFixture"/>). Serves <see cref="LargeBlobs"/>.</summary>
public sealed class CacheApiOnlyFixture : IAsyncLifetime, ILargeBlobMirror
{
    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public FlakyRegistry Large { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;
    public HttpClient Client => Worker.Client;

    public async Task InitializeAsync()
    {
        try
        {
            Large = new FlakyRegistry(LargeBlobs.Image, Log, "large");
            Worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(), new Dictionary<string, string>
            {
                ["UPSTREAM"] = Large.Server.BaseUrl,
                ["REGISTRIES"] = "{\"" + LargeBlobs.RegistryName + "\":\"" + Large.Server.BaseUrl + "\"}",
                ["UPSTREAM_TIMEOUT_MS"] = "3000",
            }));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public Task DisposeAsync()
    {
        Worker?.Dispose();
        Large?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class CacheApiOnlyCollection : ICollectionFixture<CacheApiOnlyFixture>
{
    public const string Name = "caching mirror in workerd, Cache API only";
}
