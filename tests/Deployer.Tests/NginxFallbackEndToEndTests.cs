using System.Net.Sockets;
using System.Security.Cryptography;
using CliWrap;
using EdgeMirror.Deployer.Tests.Infrastructure;
using EdgeMirror.TestSupport;
using EdgeMirror.Worker.Tests.Workerd;
using Xunit.Abstractions;

namespace EdgeMirror.Deployer.Tests;

/// <summary>The generated nginx front, run for real: nginx tries "Docker Hub" (here an nginx server that
/// answers 429 to everything), falls back to the compiled Worker in workerd, whose upstream is a real
/// registry; skopeo pulls an image through nginx and gets the registry's exact bytes.</summary>
public sealed class NginxFallbackEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempProject _project = new();

    [Fact]
    public async Task Skopeo_pulls_through_nginx_from_the_worker_when_the_upstream_answers_429()
    {
        using var registry = await DistributionRegistry.StartAsync();
        var image = TestImage.Create(seed: 4, 40_000, 12_000);
        await registry.PushAsync(image, "library/hello", "1");
        await using var worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(),
            new Dictionary<string, string> { ["UPSTREAM"] = registry.BaseUrl }));

        var prefix = Directory.CreateDirectory(Path.Combine(_project.Root, "nginx")).FullName;
        var (mirrorPort, hubPort) = (FreePort.Next(), FreePort.Next());
        var generated = await DeployerProcess.RunAsync(_project,
        [
            "nginx", "--domain", "mirror.test", "--fallback", worker.BaseAddress.GetLeftPart(UriPartial.Authority),
            "--upstream", $"http://127.0.0.1:{hubPort}", "--auth", $"http://127.0.0.1:{hubPort}",
            "--no-tls", "--listen", $"127.0.0.1:{mirrorPort}", "--public-url", $"http://127.0.0.1:{mirrorPort}",
            "--resolver", "127.0.0.1", "-o", Path.Combine(prefix, "edgemirror.conf"),
        ]);
        Assert.True(generated.ExitCode == 0, generated.ToString());
        var main = WriteMainConfig(prefix, hubPort);

        using var stop = new CancellationTokenSource();
        var nginxOutput = new System.Text.StringBuilder();
        var nginx = Cli.Wrap("/usr/sbin/nginx").WithArguments(["-p", prefix, "-c", main, "-g", "daemon off;"])
            .WithStandardErrorPipe(PipeTarget.ToStringBuilder(nginxOutput))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(stop.Token);
        try
        {
            await WaitForPortAsync(mirrorPort, nginx.Task);
            var pulled = Directory.CreateTempSubdirectory("edgemirror-nginx-pull-").FullName;
            await Tool.Skopeo("copy", "--src-tls-verify=false", $"docker://127.0.0.1:{mirrorPort}/library/hello:1", "dir:" + pulled);

            var manifest = File.ReadAllBytes(Path.Combine(pulled, "manifest.json"));
            Assert.Equal(image.ManifestDigest, TestImage.Digest(manifest));
            foreach (var (digest, bytes) in image.Blobs)
                Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(pulled, digest["sha256:".Length..])))));

            // nginx asked "Docker Hub" first for every registry call, and the Worker answered instead.
            var hubLog = File.ReadAllText(Path.Combine(prefix, "logs", "hub.log"));
            Assert.Contains("/v2/library/hello/manifests/1", hubLog);
            Assert.Contains("/v2/library/hello/manifests/1", worker.Output);
            Assert.Contains(image.LayerDigests[0], worker.Output);
            Directory.Delete(pulled, recursive: true);
        }
        finally
        {
            output.WriteLine("nginx:\n" + nginxOutput + "\nworker:\n" + worker.Output);
            foreach (var pid in ProcessTree.Descendants(nginx.ProcessId).Prepend(nginx.ProcessId))
                try { System.Diagnostics.Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { }
            stop.Cancel();
            try { await nginx; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>An nginx.conf around the generated file, plus the stand-in Docker Hub that is rate limited.</summary>
    private static string WriteMainConfig(string prefix, int hubPort)
    {
        foreach (var dir in new[] { "logs", "body", "proxy", "fastcgi", "uwsgi", "scgi" })
            Directory.CreateDirectory(Path.Combine(prefix, dir)).UnixFileMode =
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite |
                UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var main = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(main, $$"""
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{prefix}}/logs/access.log;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                include {{prefix}}/edgemirror.conf;

                # Docker Hub, rate limited.
                server {
                    listen 127.0.0.1:{{hubPort}};
                    access_log {{prefix}}/logs/hub.log;
                    location / { return 429 '{"errors":[{"code":"TOOMANYREQUESTS","message":"pull rate limit"}]}'; }
                }
            }
            """);
        return main;
    }

    private static async Task WaitForPortAsync(int port, Task exited)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !exited.IsCompleted)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose() => _project.Dispose();
}
