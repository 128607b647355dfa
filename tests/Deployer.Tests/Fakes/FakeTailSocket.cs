using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EdgeMirror.TestSupport.Http;

namespace EdgeMirror.Deployer.Tests.Fakes;

/// <summary>The WebSocket a tail streams over (subprotocol "trace-v1"). Hand-rolled on a TcpListener because
/// wrangler sends its first frame unmasked, which .NET's WebSocket rejects as a protocol error (and the
/// real edge accepts). Sends the queued events, answers pings, counts connections.</summary>
public sealed class FakeTailSocket : IDisposable
{
    private const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private readonly LoopbackTcpServer _server;

    public FakeTailSocket() => _server = new LoopbackTcpServer(ServeAsync);

    public int Port => _server.Port;

    public ConcurrentQueue<JsonObject> Events { get; } = new();

    public ConcurrentQueue<string> Connections { get; } = new();

    private async Task ServeAsync(TcpClient client)
    {
        var stream = client.GetStream();
        try
        {
            var head = await ReadHeadAsync(stream);
            var path = head.Split(' ')[1];
            var key = head.Split("\r\n").First(l => l.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))[18..].Trim();
            var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + Guid)));
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                $"Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: trace-v1\r\n\r\n"));
            Connections.Enqueue(path);
            while (Events.TryDequeue(out var tailEvent))
                await WriteFrameAsync(stream, 0x1, Encoding.UTF8.GetBytes(tailEvent.ToJsonString()));
            while (true)
            {
                var (opcode, payload) = await ReadFrameAsync(stream);
                if (opcode == 0x8) { await WriteFrameAsync(stream, 0x8, payload); return; }
                if (opcode == 0x9) await WriteFrameAsync(stream, 0xA, payload);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException or InvalidOperationException)
        {
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n"))
        {
            if (await stream.ReadAsync(one) == 0) throw new EndOfStreamException();
            head.Append((char)one[0]);
        }
        return head.ToString();
    }

    private static async Task<(int Opcode, byte[] Payload)> ReadFrameAsync(NetworkStream stream)
    {
        var header = await ReadExactlyAsync(stream, 2);
        var opcode = header[0] & 0x0F;
        var masked = (header[1] & 0x80) != 0;
        long length = header[1] & 0x7F;
        if (length == 126) { var b = await ReadExactlyAsync(stream, 2); length = (b[0] << 8) | b[1]; }
        else if (length == 127) { var b = await ReadExactlyAsync(stream, 8); length = 0; foreach (var x in b) length = (length << 8) | x; }
        var mask = masked ? await ReadExactlyAsync(stream, 4) : null;
        var payload = await ReadExactlyAsync(stream, (int)length);
        if (mask is not null) for (var i = 0; i < payload.Length; i++) payload[i] ^= mask[i % 4];
        return (opcode, payload);
    }

    private static async Task<byte[]> ReadExactlyAsync(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return buffer;
    }

    private static async Task WriteFrameAsync(NetworkStream stream, int opcode, byte[] payload)
    {
        var frame = new List<byte> { (byte)(0x80 | opcode) };
        if (payload.Length < 126) frame.Add((byte)payload.Length);
        else { frame.Add(126); frame.Add((byte)(payload.Length >> 8)); frame.Add((byte)payload.Length); }
        frame.AddRange(payload);
        await stream.WriteAsync(frame.ToArray());
    }

    public void Dispose() => _server.Dispose();
}
