using System.Diagnostics;
using System.Net.Sockets;

namespace EdgeMirror.Worker.Tests.Workerd;

/// <summary>nginx configured as in the seed document's combined setup: it proxies to the registry
/// (proxy_intercept_errors, no redirect handling) and on 429 hands the request to the Worker with the
/// Worker's domain as Host and the client's Authorization untouched.</summary>
public sealed class NginxFront : IDisposable
{
    public const string WorkerDomain = "edgemirror.example.com";

    private readonly Process _process;
    private readonly string _dir;

    private NginxFront(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }
    public string HostPort => $"127.0.0.1:{Port}";

    public static async Task<NginxFront> StartAsync(string registryHostPort, string workerHostPort)
    {
        var dir = Directory.CreateTempSubdirectory("edgemirror-nginx-").FullName;
        var port = EdgeMirror.TestSupport.FreePort.Next();
        var config = Path.Combine(dir, "nginx.conf");
        File.WriteAllText(config, $$"""
            worker_processes 1;
            daemon off;
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log warn;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{dir}}/body;
              proxy_temp_path {{dir}}/proxy;
              fastcgi_temp_path {{dir}}/fastcgi;
              uwsgi_temp_path {{dir}}/uwsgi;
              scgi_temp_path {{dir}}/scgi;
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://{{registryHostPort}};
                  proxy_set_header Host {{registryHostPort}};
                  proxy_set_header X-Real-IP $remote_addr;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_buffering off;
                  proxy_set_header Authorization $http_authorization;
                  proxy_pass_header Authorization;
                  proxy_intercept_errors on;
                  recursive_error_pages on;
                  error_page 429 = @handle_too_many_requests;
                }
                location @handle_too_many_requests {
                  proxy_set_header Host {{WorkerDomain}};
                  proxy_pass http://{{workerHostPort}};
                }
              }
            }
            """);
        var start = new ProcessStartInfo("/usr/sbin/nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", config, "-p", dir, "-e", Path.Combine(dir, "error.log") }) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var front = new NginxFront(process, dir, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return front;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch
            {
                var log = File.Exists(Path.Combine(dir, "error.log")) ? File.ReadAllText(Path.Combine(dir, "error.log")) : "";
                front.Dispose();
                throw new InvalidOperationException("nginx did not start: " + log + await process.StandardError.ReadToEndAsync());
            }
        }
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
