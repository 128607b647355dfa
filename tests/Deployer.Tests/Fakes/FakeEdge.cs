using System.Net.Sockets;
using System.Text;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>Stands in for the live mirror on Cloudflare's edge: answers every request with 401 and a
/// WWW-Authenticate realm made by <paramref name="realmFor"/> from the Host header. A raw TcpListener,
/// because HttpListener rejects Host headers that do not match its prefix.</summary>
public sealed class FakeEdge : IDisposable
{
    private readonly LoopbackTcpServer _server;
    private readonly Func<string, string> _realmFor;

    public FakeEdge(Func<string, string> realmFor)
    {
        _realmFor = realmFor;
        _server = new LoopbackTcpServer(AnswerAsync);
    }

    public string Origin => _server.BaseUrl;

    public List<string> HostsSeen { get; } = [];

    private async Task AnswerAsync(TcpClient client)
    {
        var stream = client.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0) return;
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var host = head.ToString().Split("\r\n")
            .FirstOrDefault(l => l.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))?[5..].Trim() ?? "";
        lock (HostsSeen) HostsSeen.Add(host);
        const string body = """{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}""";
        var response = "HTTP/1.1 401 Unauthorized\r\n" +
                       $"WWW-Authenticate: Bearer realm=\"{_realmFor(host)}\",service=\"registry.docker.io\"\r\n" +
                       "Content-Type: application/json\r\n" +
                       $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
    }

    public void Dispose() => _server.Dispose();
}
