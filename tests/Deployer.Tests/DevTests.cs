using System.Net;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.Tests.Fakes;
using EdgeMirror.Deployer.Tests.Infrastructure;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`dev` runs the Worker in workerd on 127.0.0.1 and a signal stops all of it.</summary>
public sealed class DevTests : IDisposable
{
    private readonly TempProject _project = new();

    [Fact]
    public async Task Dev_builds_the_worker_answers_v2_with_the_realm_on_its_own_url_and_SIGTERM_stops_workerd_too()
    {
        _project.WithRepositoryFolders("worker-src", "html");
        using var upstream = new FakeEdge(_ => "https://auth.docker.io/token");

        await RunDevAsync(["--var", $"UPSTREAM={upstream.Origin}"], "TERM", async (http, url) =>
        {
            using var v2 = await http.GetAsync(url + "/v2/");
            Assert.Equal(HttpStatusCode.Unauthorized, v2.StatusCode);
            Assert.Contains($"realm=\"{url}/token\"", v2.Headers.WwwAuthenticate.ToString());
            Assert.NotEmpty(upstream.HostsSeen);
        });
        Assert.StartsWith("// Compiled from C# by cs2js", File.ReadAllText(Path.Combine(_project.Root, "dist", "worker.js")));
    }

    [Fact]
    public async Task Dev_passes_var_overrides_to_the_worker_and_SIGINT_stops_it_cleanly()
    {
        await RunDevAsync(["--no-build", "--var", "UPSTREAM=http://127.0.0.1:9/upstream"], "INT", async (http, url) =>
            Assert.Contains("UPSTREAM=http://127.0.0.1:9/upstream", await http.GetStringAsync(url + "/")));
    }

    /// <summary>Starts dev, waits for its ready line, runs <paramref name="probe"/>, sends the signal, and checks
    /// that dev exits 0 and that nothing it started (wrangler, workerd) is still running or listening.</summary>
    private async Task RunDevAsync(string[] options, string signal, Func<HttpClient, string, Task> probe)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string line)
        {
            lock (output) output.AppendLine(line);
            if (line.Contains(url) && line.Contains("running")) ready.TrySetResult();
        }
        var dev = DeployerProcess.Command(_project, ["dev", "--port", port.ToString(), .. options])
            .WithStandardOutputPipe(PipeTarget.ToDelegate(OnLine))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(OnLine))
            .ExecuteAsync();
        string Output() { lock (output) return output.ToString(); }

        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(120));
            using var http = new HttpClient();
            await probe(http, url);

            var tree = ProcessTree.Descendants(dev.ProcessId);
            Assert.Contains(tree, pid => ProcessTree.CommandLine(pid).Contains("workerd"));

            var kill = await Cli.Wrap("kill").WithArguments([$"-{signal}", dev.ProcessId.ToString()])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
            Assert.Equal(0, kill.ExitCode);
            var result = await dev.Task.WaitAsync(TimeSpan.FromSeconds(20));

            Assert.True(result.ExitCode == 0, Output());
            Assert.Contains("Stopped", Output());
            Assert.DoesNotContain(tree, pid => Directory.Exists($"/proc/{pid}") && !IsZombie(pid));
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url + "/v2/"));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Exception(e.Message + "\n" + Output(), e);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException(e.Message + "\n--- dev output\n" + Output());
        }
        finally
        {
            ProcessTree.Kill(dev.ProcessId);
        }
    }

    [Fact]
    public async Task Dev_refuses_a_port_that_is_already_taken()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await DeployerProcess.RunAsync(_project, ["dev", "--no-build", "--port", port.ToString()]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", result.StandardOutput);
        Assert.Contains($"--port {port + 1}", result.StandardOutput);
    }

    private static bool IsZombie(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('Z'); }
        catch (IOException) { return true; }
    }

    public void Dispose() => _project.Dispose();
}
