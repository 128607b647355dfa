using System.Threading.Tasks;
using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>A stream's BYOB ("bring your own buffer") reader (JS <c>ReadableStreamBYOBReader</c>): reads fill the
/// caller's buffer instead of handing out the runtime's chunks, so a consumer decides how big its pieces are.</summary>
[External, Convention(Notation.CamelCase)]
public sealed class ByteReader
{
    [Template("{stream}.getReader({ mode: \"byob\" })")]
    public static extern ByteReader Of(ReadableStream stream);

    /// <summary>Reads into <paramref name="view"/>, whose buffer is handed over: the result's view owns it now.</summary>
    public extern Task<ByteRead> Read(Uint8Array view);

    public extern Task Cancel();
}

/// <summary>What one BYOB read gave: the filled part of the buffer (possibly empty), and whether the stream ended.</summary>
[External, Convention(Notation.CamelCase)]
public sealed class ByteRead
{
    public extern bool Done { get; }
    public extern Uint8Array? Value { get; }
}

/// <summary>Views on an ArrayBuffer (the Uint8Array constructors the Workers declarations do not name).</summary>
[External]
public static class ByteViews
{
    [Template("new Uint8Array({buffer}, {offset}, {length})")]
    public static extern Uint8Array Of(ArrayBuffer buffer, int offset, int length);
}
