using System.Diagnostics;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Worker.Tests.Conformance;

/// <summary>A real containerd (Debian's) with its own root, state and socket in a temporary folder, for
/// <c>ctr</c> to pull through the mirror the way Kubernetes nodes do: hosts.toml mirrors, <c>?ns=</c>,
/// override_path, credentials. Only the content store is used (no CRI, no unpacking). One per test: its content
/// store would otherwise already hold what an earlier test fetched, and containerd would not ask again.</summary>
public sealed class ContainerdDaemon : IAsyncDisposable
{
    private Process? _process;
    private string _dir = "";

    private ContainerdDaemon()
    {
    }

    public string Socket => Path.Combine(_dir, "containerd.sock");

    public static async Task<ContainerdDaemon> StartAsync()
    {
        var daemon = new ContainerdDaemon();
        try
        {
            await daemon.Start();
            return daemon;
        }
        catch
        {
            await daemon.DisposeAsync();
            throw;
        }
    }

    private async Task Start()
    {
        _dir = Directory.CreateTempSubdirectory("edgemirror-containerd-").FullName;
        var config = Path.Combine(_dir, "config.toml");
        File.WriteAllText(config, $"""
            version = 2
            root = "{_dir}/root"
            state = "{_dir}/state"
            disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs",
                                "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs"]
            [grpc]
              address = "{Socket}"
            [ttrpc]
              address = "{Socket}.ttrpc"
            [debug]
              address = "{_dir}/debug.sock"
            """);
        var start = new ProcessStartInfo("/usr/bin/containerd") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(config);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(Socket))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException("containerd did not start");
            await Task.Delay(50);
        }
    }

    /// <summary><c>ctr content fetch</c> of <paramref name="reference"/> with hosts.toml files from <paramref name="hostsDir"/>:
    /// every blob of this platform's image is downloaded and verified against its digest by containerd.</summary>
    public Task<Tool.Result> Fetch(string hostsDir, string reference, params string[] extra) =>
        Tool.Run("/usr/bin/ctr", new[] { "--address", Socket, "--namespace", "conformance", "content", "fetch", "--hosts-dir", hostsDir }
            .Concat(extra).Append(reference), TimeSpan.FromMinutes(2));

    /// <summary>A hosts.toml directory: one <c>&lt;registry&gt;/hosts.toml</c> per entry.</summary>
    public static string HostsDir(IReadOnlyDictionary<string, string> hostsTomlByRegistry)
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-certs.d-").FullName;
        foreach (var (registry, toml) in hostsTomlByRegistry)
        {
            Directory.CreateDirectory(Path.Combine(dir, registry));
            File.WriteAllText(Path.Combine(dir, registry, "hosts.toml"), toml);
        }
        return dir;
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
            _process?.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
