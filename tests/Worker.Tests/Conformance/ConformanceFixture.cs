using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>One running mirror with every built-in registry name pointed at a double that behaves as that registry
/// is documented to (Docker Hub, ghcr.io, quay.io, gcr.io, registry.k8s.io in front of an Artifact Registry,
/// mcr.microsoft.com, public.ecr.aws, nvcr.io, docker.elastic.co), plus the real CNCF registry as
/// <c>registry.test</c>. The edge cache is off: these suites observe what reaches each upstream.</summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public const string RealRegistry = "registry.test";
    public const string RealRepository = "team/paged";
    public static readonly string[] RealTags = { "a", "b", "c" };

    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public ImageSet Images { get; } = new(TestImage.Create(7, 40_000, 10_000));
    public TestImage RealImage { get; } = TestImage.Create(8, 30_000);
    public Dictionary<string, PublicRegistryDouble> Doubles { get; } = new();
    public RedirectingFront K8s { get; private set; } = null!;
    /// <summary>A registry.k8s.io-like front that answers the version check itself, served as <see cref="K8sLike"/>.</summary>
    public RedirectingFront K8sPingless { get; private set; } = null!;
    public const string K8sLike = "k8s-like.example";
    public DistributionRegistry Real { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;

    public PublicRegistryDouble this[string registry] => Doubles[registry];
    public string MirrorHostPort => Worker.BaseAddress.Authority;

    public async Task InitializeAsync()
    {
        try
        {
            await Start();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task Start()
    {
        var script = Task.Run(WorkerBundle.Compile);
        Add("docker.io", new RegistryBehaviour("hub", "/token", "registry.docker.io", "both", RealmOnOwnServer: true, TokenPost: true));
        Add("ghcr.io", new RegistryBehaviour("ghcr", "/token", "ghcr.io"));
        Add("quay.io", new RegistryBehaviour("quay", "/v2/auth", "quay.io", "both", AbsoluteLinks: true));
        Add("gcr.io", new RegistryBehaviour("gcr", "/v2/token", "gcr.io", BlobsToCdn: true));
        Add("pkg.dev", new RegistryBehaviour("ar", "/v2/token", "us-west1-docker.pkg.dev", TokenPost: true));
        Add("mcr.microsoft.com", new RegistryBehaviour("mcr", null, null, BlobsToCdn: true, RefusesUnknownTokens: true));
        Add("public.ecr.aws", new RegistryBehaviour("ecr", "/token/", "public.ecr.aws", FixedScope: "aws"));
        Add("nvcr.io", new RegistryBehaviour("nvcr", "/proxy_auth", null, "both"));
        Add("docker.elastic.co", new RegistryBehaviour("elastic", "/auth", "token-service", RealmOnOwnServer: true));
        K8s = new RedirectingFront("k8s", this["pkg.dev"].Registry.BaseUrl, answersVersionCheck: false, Log);
        K8sPingless = new RedirectingFront("k8s-like", this["pkg.dev"].Registry.BaseUrl, answersVersionCheck: true, Log);

        Real = await DistributionRegistry.StartAsync();
        foreach (var tag in RealTags) await Real.PushAsync(RealImage, RealRepository, tag);

        var registries = Doubles.Where(d => d.Key != "docker.io" && d.Key != "pkg.dev")
            .Select(d => $"\"{d.Key}\":\"{d.Value.Registry.BaseUrl}\"")
            .Append($"\"registry.k8s.io\":\"{K8s.Server.BaseUrl}\"")
            .Append($"\"{K8sLike}\":\"{K8sPingless.Server.BaseUrl}\"")
            .Append($"\"{RealRegistry}\":\"{Real.BaseUrl}\"");
        Worker = await WorkerHost.StartAsync(new WorkerHostOptions(await script, new Dictionary<string, string>
        {
            ["UPSTREAM"] = this["docker.io"].Registry.BaseUrl,
            ["REGISTRIES"] = "{" + string.Join(",", registries) + "}",
            ["UPSTREAM_TIMEOUT_MS"] = "5000",
            ["CACHE"] = "off",
        }));
    }

    private void Add(string registry, RegistryBehaviour behaviour) => Doubles[registry] = new PublicRegistryDouble(behaviour, Images, Log);

    public int Mark() => Log.Count;

    public IReadOnlyList<RecordedRequest> Since(int mark, string server) =>
        Log.Skip(mark).Where(r => r.Server == server).ToList();

    public Task DisposeAsync()
    {
        Worker?.Dispose();
        Real?.Dispose();
        K8s?.Dispose();
        K8sPingless?.Dispose();
        foreach (var registry in Doubles.Values) registry.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceFixture>
{
    public const string Name = "conformance: every registry and client in workerd";
}
