using System.Net.Sockets;
using System.Text;
using CliWrap;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests.Infrastructure;

/// <summary>Debian's nginx in the foreground under a private prefix: a generated edgemirror.conf included in
/// http { }, plus whatever stand-in servers a test adds. Dispose stops the master and its workers.</summary>
public sealed class NginxInstance : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly StringBuilder _errors;
    private readonly CommandTask<CommandResult> _running;

    private NginxInstance(string prefix, CommandTask<CommandResult> running, StringBuilder errors, CancellationTokenSource stop)
    {
        Prefix = prefix;
        _running = running;
        _errors = errors;
        _stop = stop;
    }

    public string Prefix { get; }

    public string Log(string name) => File.Exists(Path.Combine(Prefix, "logs", name)) ? File.ReadAllText(Path.Combine(Prefix, "logs", name)) : "";

    public string Diagnostics => _errors + Log("error.log");

    /// <param name="prefix">Holds edgemirror.conf already; logs and temp folders are made here.</param>
    /// <param name="extraServers">More server { } blocks for the http { } context.</param>
    public static async Task<NginxInstance> StartAsync(string prefix, int waitForPort, string extraServers = "")
    {
        const UnixFileMode everyone = (UnixFileMode)0b111_111_111;
        foreach (var dir in new[] { "logs", "body", "proxy", "fastcgi", "uwsgi", "scgi" })
            Directory.CreateDirectory(Path.Combine(prefix, dir)).UnixFileMode = everyone; // nginx workers may run as nobody
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
            {{extraServers}}
            }
            """);
        var errors = new StringBuilder();
        var stop = new CancellationTokenSource();
        var running = Cli.Wrap("/usr/sbin/nginx").WithArguments(["-p", prefix, "-c", main, "-g", "daemon off;"])
            .WithStandardErrorPipe(PipeTarget.ToStringBuilder(errors))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(stop.Token);
        var instance = new NginxInstance(prefix, running, errors, stop);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", waitForPort);
                return instance;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !running.Task.IsCompleted)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                instance.Dispose();
                throw new InvalidOperationException("nginx did not start:\n" + errors + instance.Log("error.log"));
            }
        }
    }

    public void Dispose()
    {
        ProcessTree.Kill(_running.ProcessId);
        _stop.Cancel();
        try { _running.Task.Wait(TimeSpan.FromSeconds(10)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
