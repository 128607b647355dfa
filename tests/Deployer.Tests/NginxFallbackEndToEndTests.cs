using System.Net;
using System.Security.Cryptography;
using EdgeMirror.Deployer.Tests.Infrastructure;
using EdgeMirror.TestSupport;
using EdgeMirror.TestSupport.Registry;
using Xunit.Abstractions;

namespace EdgeMirror.Deployer.Tests;

/// <summary>The generated nginx front, run for real.</summary>
public sealed class NginxFallbackEndToEndTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempProject _project = new();

    private string Prefix => Directory.CreateDirectory(Path.Combine(_project.Root, "nginx")).FullName;

    private async Task GenerateAsync(int mirrorPort, string fallback, int hubPort, int authPort)
    {
        var generated = await DeployerProcess.RunAsync(_project,
        [
            "nginx", "--domain", "mirror.test", "--fallback", fallback,
            "--upstream", $"http://127.0.0.1:{hubPort}", "--auth", $"http://127.0.0.1:{authPort}",
            "--no-tls", "--listen", $"127.0.0.1:{mirrorPort}", "--public-url", $"http://127.0.0.1:{mirrorPort}",
            "--resolver", "127.0.0.1", "-o", Path.Combine(Prefix, "edgemirror.conf"),
        ]);
        Assert.True(generated.ExitCode == 0, generated.ToString());
    }

    /// <summary>nginx tries "Docker Hub" (an nginx server answering 429 to everything), falls back to the compiled
    /// Worker in workerd whose upstream is a real registry; skopeo gets the registry's exact bytes.</summary>
    [Fact]
    public async Task Skopeo_pulls_through_nginx_from_the_worker_when_the_upstream_answers_429()
    {
        using var registry = await DistributionRegistry.StartAsync();
        var image = TestImage.Create(seed: 4, 40_000, 12_000);
        await registry.PushAsync(image, "library/hello", "1");
        await using var worker = await WorkerHost.StartAsync(new WorkerHostOptions(WorkerBundle.Compile(),
            new Dictionary<string, string> { ["UPSTREAM"] = registry.BaseUrl }));
        var (mirrorPort, hubPort) = (FreePort.Next(), FreePort.Next());
        await GenerateAsync(mirrorPort, worker.BaseAddress.GetLeftPart(UriPartial.Authority), hubPort, hubPort);

        using var nginx = await NginxInstance.StartAsync(Prefix, mirrorPort, $$"""
                # Docker Hub, rate limited.
                server {
                    listen 127.0.0.1:{{hubPort}};
                    access_log {{Prefix}}/logs/hub.log;
                    location / { return 429 '{"errors":[{"code":"TOOMANYREQUESTS","message":"pull rate limit"}]}'; }
                }
            """);
        try
        {
            var pulled = Directory.CreateTempSubdirectory("edgemirror-nginx-pull-").FullName;
            await Tool.Skopeo("copy", "--src-tls-verify=false", $"docker://127.0.0.1:{mirrorPort}/library/hello:1", "dir:" + pulled);

            var manifest = File.ReadAllBytes(Path.Combine(pulled, "manifest.json"));
            Assert.Equal(image.ManifestDigest, TestImage.Digest(manifest));
            foreach (var (digest, _) in image.Blobs)
                Assert.Equal(digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(pulled, digest["sha256:".Length..])))));
            Directory.Delete(pulled, recursive: true);

            // nginx asked "Docker Hub" first, and the Worker answered instead.
            Assert.Contains("/v2/library/hello/manifests/1", nginx.Log("hub.log"));
            Assert.Contains("/v2/library/hello/manifests/1", worker.Output);
            Assert.Contains(image.LayerDigests[0], worker.Output);
        }
        finally
        {
            output.WriteLine("nginx:\n" + nginx.Diagnostics + "\nworker:\n" + worker.Output);
        }
    }

    /// <summary>When Docker Hub itself answers (401 with its realm), clients are sent to this mirror's /token,
    /// which nginx proxies to the token service.</summary>
    [Fact]
    public async Task Nginx_rewrites_the_upstream_realm_to_the_mirror_and_proxies_token()
    {
        var (mirrorPort, hubPort, authPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        await GenerateAsync(mirrorPort, "http://127.0.0.1:9", hubPort, authPort);
        using var nginx = await NginxInstance.StartAsync(Prefix, mirrorPort, $$"""
                # Docker Hub asking for a token, and its token service.
                server {
                    listen 127.0.0.1:{{hubPort}};
                    location /v2/ {
                        add_header WWW-Authenticate 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"' always;
                        return 401 '{"errors":[{"code":"UNAUTHORIZED"}]}';
                    }
                }
                server {
                    listen 127.0.0.1:{{authPort}};
                    location = /token { return 200 '{"token":"from-auth:$arg_scope"}'; }
                }
            """);
        using var http = new HttpClient();

        using var challenge = await http.GetAsync($"http://127.0.0.1:{mirrorPort}/v2/library/alpine/manifests/latest");
        using var token = await http.GetAsync($"http://127.0.0.1:{mirrorPort}/token?service=registry.docker.io&scope=repository:library/alpine:pull");

        Assert.Equal(HttpStatusCode.Unauthorized, challenge.StatusCode);
        Assert.Equal($"Bearer realm=\"http://127.0.0.1:{mirrorPort}/token\",service=\"registry.docker.io\",scope=\"repository:library/alpine:pull\"",
            Assert.Single(challenge.Headers.GetValues("WWW-Authenticate")));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("{\"token\":\"from-auth:repository:library/alpine:pull\"}", await token.Content.ReadAsStringAsync());
    }

    public void Dispose() => _project.Dispose();
}
