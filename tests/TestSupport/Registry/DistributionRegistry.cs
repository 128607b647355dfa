using System.Diagnostics;
using System.Net.Sockets;

namespace EdgeMirror.TestSupport.Registry;

/// <summary>The CNCF distribution registry (Debian's docker-registry) on 127.0.0.1 with filesystem storage in
/// a temporary folder, no auth: a second, real upstream.</summary>
public sealed class DistributionRegistry : IDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private DistributionRegistry(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string HostPort => $"127.0.0.1:{Port}";

    public static async Task<DistributionRegistry> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-registry-").FullName;
        var port = FreePort.Next();
        var config = Path.Combine(dir, "config.yml");
        File.WriteAllText(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(dir, "data")}
            http:
              addr: 127.0.0.1:{port}
            """);
        var start = new ProcessStartInfo("/usr/bin/docker-registry")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var registry = new DistributionRegistry(process, dir, port);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return registry;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch
            {
                registry.Dispose();
                throw new InvalidOperationException("docker-registry did not start on port " + port);
            }
        }
    }

    /// <summary>Pushes an image with skopeo from an OCI layout to <c>name:tag</c>.</summary>
    public async Task PushAsync(TestImage image, string name, string tag)
    {
        var layout = Directory.CreateTempSubdirectory("edgemirror-oci-").FullName;
        try
        {
            image.WriteOciLayout(layout, tag);
            await Tool.Skopeo("copy", "--dest-tls-verify=false", $"oci:{layout}:{tag}", $"docker://{HostPort}/{name}:{tag}");
        }
        finally
        {
            Directory.Delete(layout, recursive: true);
        }
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
