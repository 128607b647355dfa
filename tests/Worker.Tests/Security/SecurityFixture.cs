using System.Collections.Concurrent;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Http;
using EdgeMirror.TestSupport.Registry;
using EdgeMirror.Worker.Tests.Workerd;

namespace EdgeMirror.Worker.Tests.Security;

/// <summary>An open mirror (no password) for the fault, validation, "no way through", fuzz and load tests:
/// a Docker-Hub-like upstream, <c>faulty.test</c> (<see cref="FaultyRegistry"/>), <c>badtoken.test</c>, a
/// registry that refuses connections (<c>dead.test</c>), a user-agent blocklist, and a listener standing for
/// "somewhere else" that nothing configured points to: it must never receive a request.</summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    // Long enough that 200 concurrent pulls on a busy 2-core machine never wait that long for an upstream's headers.
    public const int UpstreamTimeoutMs = 8000;
    public const string BlockedAgents = "BadBot,evil-crawler";

    public ConcurrentQueue<RecordedRequest> Log { get; } = new();
    public ConcurrentQueue<RecordedRequest> ElsewhereLog { get; } = new();
    public TestImage Image { get; } = TestImage.Create(61, 120_000, 60_000, 30_000, 10_000);
    public FakeHub Hub { get; private set; } = null!;
    /// <summary><c>creds.test</c>: a second Docker-Hub-like registry for which the mirror holds credentials
    /// (<c>alice</c>, who may read <c>private/*</c>) in UPSTREAM_CREDENTIALS; its requests go to <see cref="CredsLog"/>.</summary>
    public FakeHub CredsHub { get; private set; } = null!;
    public ConcurrentQueue<RecordedRequest> CredsLog { get; } = new();
    public FaultyRegistry Faulty { get; private set; } = null!;
    public BadTokenRegistry BadToken { get; private set; } = null!;
    public TestHttpServer Elsewhere { get; private set; } = null!;
    /// <summary><c>badrealm.test</c>: its ping challenge names a realm that is no URL at all.</summary>
    public TestHttpServer BadRealm { get; private set; } = null!;
    public WorkerHost Worker { get; private set; } = null!;
    public int DeadPort { get; private set; }

    public HttpClient Client => Worker.Client;
    public string MirrorHostPort => Worker.BaseAddress.Authority;
    public string ElsewhereHostPort => "127.0.0.1:" + Elsewhere.Port;

    public async Task InitializeAsync()
    {
        try
        {
            Hub = new FakeHub(Image, Log);
            CredsHub = new FakeHub(Image, CredsLog);
            Faulty = new FaultyRegistry(Log);
            BadToken = new BadTokenRegistry(Log);
            Elsewhere = new TestHttpServer("elsewhere", ElsewhereLog, c => LoopbackHttpServer.Answer(c, 200, "{\"elsewhere\":true}"));
            BadRealm = new TestHttpServer("badrealm", Log, c => LoopbackHttpServer.Answer(c, 401, "{\"errors\":[]}",
                headers: new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer realm=\"http://[::1\",service=\"badrealm\"" }));
            DeadPort = FreePort.Next();
            Worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(), new Dictionary<string, string>
            {
                ["UPSTREAM"] = Hub.Registry.BaseUrl,
                ["REGISTRIES"] = "{\"faulty.test\":\"" + Faulty.Server.BaseUrl + "\",\"badtoken.test\":\"" + BadToken.Server.BaseUrl
                                 + "\",\"creds.test\":\"" + CredsHub.Registry.BaseUrl + "\",\"badrealm.test\":\"" + BadRealm.BaseUrl + "\",\"dead.test\":\"http://127.0.0.1:" + DeadPort + "\"}",
                ["UPSTREAM_TIMEOUT_MS"] = UpstreamTimeoutMs.ToString(),
                ["BLOCKED_USER_AGENTS"] = BlockedAgents,
                ["UPSTREAM_CREDENTIALS"] = "{\"creds.test\":\"alice:wonderland\"}",
                // The relay itself is under test (every pull reaches the upstream); the cache has its own suites.
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
        CredsHub?.Dispose();
        Faulty?.Dispose();
        BadToken?.Dispose();
        Elsewhere?.Dispose();
        BadRealm?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityFixture>
{
    public const string Name = "open mirror under attack, in workerd";
}
