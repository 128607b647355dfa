using System.Net;
using System.Net.Sockets;

namespace EdgeMirror.TestSupport.Http;

/// <summary>A raw TCP server on 127.0.0.1 for fakes that HttpListener cannot play (any Host header,
/// hand-made WebSocket frames): each connection runs <c>serve</c> on its own task and is closed after it.</summary>
public sealed class LoopbackTcpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<TcpClient, Task> _serve;

    public LoopbackTcpServer(Func<TcpClient, Task> serve)
    {
        _serve = serve;
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    private async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client) await _serve(client);
    }

    public void Dispose() => _listener.Stop();
}
