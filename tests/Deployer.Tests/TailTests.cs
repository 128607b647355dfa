using System.Text;
using System.Text.Json.Nodes;
using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`tail` through wrangler tail against the fake API's tail WebSocket.</summary>
public sealed class TailTests : IDisposable
{
    private readonly FakeCloudflareApi _cloudflare = new();
    private readonly TempProject _project = new();

    [Fact]
    public async Task Tail_prints_the_live_workers_log_events_and_ctrl_c_closes_the_tail()
    {
        _cloudflare.SeedPublished("edgemirror", 1);
        _cloudflare.TailSocket.Events.Enqueue(new JsonObject
        {
            ["outcome"] = "ok", ["scriptName"] = "edgemirror", ["exceptions"] = new JsonArray(),
            ["logs"] = new JsonArray(new JsonObject
            {
                ["message"] = new JsonArray("fallback used for library/alpine"), ["level"] = "log", ["timestamp"] = 1764300000000,
            }),
            ["eventTimestamp"] = 1764300000000,
            ["event"] = new JsonObject
            {
                ["request"] = new JsonObject { ["url"] = "https://hub.example.com/v2/library/alpine/manifests/latest", ["method"] = "GET", ["headers"] = new JsonObject() },
            },
        });
        var output = new StringBuilder();
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string line)
        {
            lock (output) output.AppendLine(line);
            if (line.Contains("fallback used for library/alpine")) seen.TrySetResult();
        }
        var tail = DeployerProcess.Command(_project, ["tail", "--format", "json"], new Dictionary<string, string?>
            {
                ["CLOUDFLARE_API_TOKEN"] = _cloudflare.Token,
                ["CLOUDFLARE_ACCOUNT_ID"] = _cloudflare.AccountId,
                ["CLOUDFLARE_API_BASE_URL"] = _cloudflare.BaseUrl,
            })
            .WithStandardOutputPipe(PipeTarget.ToDelegate(OnLine))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(OnLine))
            .ExecuteAsync();
        string Output() { lock (output) return output.ToString(); }
        try
        {
            await seen.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var tree = ProcessTree.Descendants(tail.ProcessId);

            await Cli.Wrap("kill").WithArguments(["-INT", tail.ProcessId.ToString()]).ExecuteBufferedAsync();
            var result = await tail.Task.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.True(result.ExitCode == 0, Output());
            Assert.Single(_cloudflare.CallsTo("POST", "/workers/scripts/edgemirror/tails$"));
            Assert.Single(_cloudflare.TailSocket.Connections);
            Assert.Single(_cloudflare.CallsTo("DELETE", "/workers/scripts/edgemirror/tails/"));
            Assert.DoesNotContain(tree, pid => Directory.Exists($"/proc/{pid}"));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Exception(e.Message + "\n" + Output() + "\ncalls:\n" + string.Join("\n", _cloudflare.Calls), e);
        }
        finally
        {
            ProcessTree.Kill(tail.ProcessId);
        }
    }

    public void Dispose()
    {
        _cloudflare.Dispose();
        _project.Dispose();
    }
}
