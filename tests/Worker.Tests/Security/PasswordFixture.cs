using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>A locked-down mirror: MIRROR_PASSWORD set, Docker Hub credentials in UPSTREAM_CREDENTIALS (the
/// fake hub's <c>alice</c>, who may read <c>private/*</c>), and an allowlist per registry: Docker Hub's
/// official images and <c>private/*</c>, and only <c>team/*</c> on <c>other.test</c> (a second Docker-Hub-like
/// registry, without credentials).</summary>
public sealed class PasswordFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string OtherName = "other.test";

    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public ConcurrentQueue<RecordedRequest> OtherLog { get; } = new();
    public TestImage Image { get; } = TestImage.Create(62, 90_000, 40_000, 20_000);
    public FakeHub Hub { get; private set; } = null!;
    public FakeHub Other { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;

    public HttpClient Client => Worker.Client;
    public string MirrorHostPort => Worker.BaseAddress.Authority;

    public async Task InitializeAsync()
    {
        try
        {
            Hub = new FakeHub(Image, Log);
            Other = new FakeHub(Image, OtherLog);
            Worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(), new Dictionary<string, string>
            {
                ["UPSTREAM"] = Hub.Registry.BaseUrl,
                ["REGISTRIES"] = "{\"" + OtherName + "\":\"" + Other.Registry.BaseUrl + "\"}",
                ["MIRROR_PASSWORD"] = Password,
                ["UPSTREAM_CREDENTIALS"] = "{\"docker.io\":\"alice:wonderland\"}",
                ["ALLOWED_REPOSITORIES"] = "library/*, private/*, " + OtherName + "/team/*",
                ["UPSTREAM_TIMEOUT_MS"] = "5000",
                ["CACHE"] = "off",
            }));
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

    public Task DisposeAsync()
    {
        Worker?.Dispose();
        Hub?.Dispose();
        Other?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PasswordCollection : ICollectionFixture<PasswordFixture>
{
    public const string Name = "password-protected mirror, in workerd";
}
