#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

[External, Convention(Notation.CamelCase)]
public class ReadableStream
{
    public extern bool Locked { get; }
    public extern Task Cancel();
    public extern Task PipeTo(WritableStream destination);

    /// <summary>Two streams that each see every chunk (for serving and storing at once).</summary>
    public extern ReadableStream[] Tee();

    /// <summary>Pipes through a transform and returns its readable side.</summary>
    public extern ReadableStream PipeThrough(TransformStream transform);
}

[External, Convention(Notation.CamelCase)]
public class WritableStream
{
    public extern bool Locked { get; }
    public extern Task Close();
    public extern Task Abort();
    public extern WritableStreamDefaultWriter GetWriter();
}

[External, Convention(Notation.CamelCase)]
public class WritableStreamDefaultWriter
{
    public extern Task Ready { get; }
    public extern Task Closed { get; }
    public extern Task Write(Uint8Array chunk);
    public extern Task Close();
    public extern Task Abort();
    public extern void ReleaseLock();
}

/// <summary>An identity transform unless subclassed in JS; its two ends connect a producer to a consumer.</summary>
[External, Convention(Notation.CamelCase)]
public class TransformStream
{
    public extern TransformStream();
    public extern ReadableStream Readable { get; }
    public extern WritableStream Writable { get; }
}

/// <summary>Cloudflare's identity transform that enforces (and announces) an exact length.</summary>
[External, Convention(Notation.CamelCase)]
public class FixedLengthStream : TransformStream
{
    public extern FixedLengthStream(double length);
}

[External, Convention(Notation.CamelCase)]
public class ArrayBuffer
{
    public extern ArrayBuffer(int length);
    public extern int ByteLength { get; }
    public extern ArrayBuffer Slice(int begin, int end);
}

[External, Convention(Notation.CamelCase)]
public class Uint8Array
{
    public extern Uint8Array(int length);
    public extern Uint8Array(ArrayBuffer buffer);
    public extern int Length { get; }
    public extern ArrayBuffer Buffer { get; }

    [Template("{this}[{index}]")]
    public extern int Get(int index);

    [Template("{this}[{index}] = {value}")]
    public extern void Set(int index, int value);
}

[External, Convention(Notation.CamelCase)]
public class TextEncoder
{
    public extern TextEncoder();
    public extern Uint8Array Encode(string text);
}

[External, Convention(Notation.CamelCase)]
public class TextDecoder
{
    public extern TextDecoder();
    public extern string Decode(ArrayBuffer bytes);
    [Template("{this}.decode({bytes})")]
    public extern string Decode(Uint8Array bytes);
}
