#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System;
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>A stream of chunks (bytes, for bodies: <see cref="Uint8Array"/>).</summary>
[External, Convention(Notation.CamelCase)]
public class ReadableStream
{
    /// <summary>A stream whose chunks C# produces (<see cref="UnderlyingSource"/>'s start/pull/cancel).</summary>
    public extern ReadableStream(UnderlyingSource source);

    public extern bool Locked { get; }
    public extern Task Cancel();
    public extern Task Cancel(string reason);
    public extern Task PipeTo(WritableStream destination);
    public extern Task PipeTo(WritableStream destination, StreamPipeOptions options);
    public extern ReadableStreamDefaultReader GetReader();

    /// <summary>Two streams that each see every chunk (for serving and storing at once).</summary>
    public extern ReadableStream[] Tee();

    /// <summary>Pipes through a transform and returns its readable side.</summary>
    public extern ReadableStream PipeThrough(TransformStream transform);
    public extern ReadableStream PipeThrough(TransformStream transform, StreamPipeOptions options);

    /// <summary>Async iteration (<c>for await (const chunk of stream)</c>): awaits the callback for each chunk, in order.
    /// C#'s <c>await foreach</c> is not in the compiled subset; this is its counterpart.</summary>
    [Template("(async (s, f) => { for await (const c of s) await f(c); })({this}, {onChunk})")]
    public extern Task ForEachChunk(Func<Uint8Array, Task> onChunk);
}

[External, Convention(Notation.CamelCase)]
public class ReadableStreamDefaultReader
{
    /// <summary>The next chunk, or <c>Done</c> at the end.</summary>
    public extern Task<ReadableStreamReadResult> Read();
    public extern Task Closed { get; }
    public extern Task Cancel();
    public extern void ReleaseLock();
}

/// <summary><c>{ done, value }</c> from <see cref="ReadableStreamDefaultReader.Read"/>; Value is null when Done.</summary>
[External, Convention(Notation.CamelCase)]
public sealed class ReadableStreamReadResult
{
    public extern bool Done { get; }
    public extern Uint8Array? Value { get; }
}

/// <summary>What <c>new ReadableStream(source)</c> calls: set the callbacks you need (Pull may return a Task).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class UnderlyingSource
{
    public Action<ReadableStreamDefaultController>? Start { get; set; }
    public Func<ReadableStreamDefaultController, Task>? Pull { get; set; }
    public Action<string?>? Cancel { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class ReadableStreamDefaultController
{
    public extern double? DesiredSize { get; }
    public extern void Enqueue(Uint8Array chunk);
    [Template("{this}.enqueue({chunk})")]
    public extern void Enqueue(byte[] chunk);
    public extern void Close();
    [Template("{this}.error(new Error({message}))")]
    public extern void Error(string message);
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class StreamPipeOptions
{
    public bool? PreventClose { get; set; }
    public bool? PreventAbort { get; set; }
    public bool? PreventCancel { get; set; }
    public AbortSignal? Signal { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class WritableStream
{
    /// <summary>A stream whose chunks C# consumes (<see cref="UnderlyingSink"/>'s write/close/abort).</summary>
    public extern WritableStream(UnderlyingSink sink);
    protected extern WritableStream();

    public extern bool Locked { get; }
    public extern Task Close();
    public extern Task Abort();
    public extern WritableStreamDefaultWriter GetWriter();
}

/// <summary>What <c>new WritableStream(sink)</c> calls; Write and Close may return Tasks (backpressure).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class UnderlyingSink
{
    public Func<Uint8Array, Task>? Write { get; set; }
    public Func<Task>? Close { get; set; }
    public Action<string?>? Abort { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class WritableStreamDefaultWriter
{
    public extern Task Ready { get; }
    public extern Task Closed { get; }
    public extern double? DesiredSize { get; }
    public extern Task Write(Uint8Array chunk);
    [Template("{this}.write({chunk})")]
    public extern Task Write(byte[] chunk);
    public extern Task Close();
    public extern Task Abort();
    public extern void ReleaseLock();
}

/// <summary>A transform: an identity transform unless built from a <see cref="Transformer"/>; its two ends connect a producer to a consumer.</summary>
[External, Convention(Notation.CamelCase)]
public class TransformStream
{
    public extern TransformStream();
    public extern TransformStream(Transformer transformer);
    public extern ReadableStream Readable { get; }
    public extern WritableStream Writable { get; }
}

/// <summary>What <c>new TransformStream(transformer)</c> calls for each chunk and at the end. Set
/// <see cref="Transform"/> or <see cref="TransformAsync"/> (both are JS <c>transform</c>).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class Transformer
{
    public Action<Uint8Array, TransformStreamDefaultController>? Transform { get; set; }
    [Name("transform")]
    public Func<Uint8Array, TransformStreamDefaultController, Task>? TransformAsync { get; set; }
    public Action<TransformStreamDefaultController>? Flush { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class TransformStreamDefaultController
{
    public extern double? DesiredSize { get; }
    public extern void Enqueue(Uint8Array chunk);
    [Template("{this}.enqueue({chunk})")]
    public extern void Enqueue(byte[] chunk);
    [Template("{this}.error(new Error({message}))")]
    public extern void Error(string message);
    public extern void Terminate();
}

/// <summary>Cloudflare's byte-only identity transform (faster than a TransformStream for bodies).</summary>
[External, Convention(Notation.CamelCase)]
public class IdentityTransformStream : TransformStream
{
    public extern IdentityTransformStream();
}

/// <summary>Cloudflare's identity transform that enforces (and announces as Content-Length) an exact length.</summary>
[External, Convention(Notation.CamelCase)]
public class FixedLengthStream : TransformStream
{
    public extern FixedLengthStream(double length);
}

/// <summary>"gzip", "deflate" or "deflate-raw".</summary>
[External, Convention(Notation.CamelCase)]
public class CompressionStream : TransformStream
{
    public extern CompressionStream(string format);
}

/// <summary>"gzip", "deflate" or "deflate-raw".</summary>
[External, Convention(Notation.CamelCase)]
public class DecompressionStream : TransformStream
{
    public extern DecompressionStream(string format);
}

/// <summary>Strings in, UTF-8 bytes out.</summary>
[External, Convention(Notation.CamelCase)]
public class TextEncoderStream : TransformStream
{
    public extern TextEncoderStream();
}

/// <summary>Bytes in, strings out.</summary>
[External, Convention(Notation.CamelCase)]
public class TextDecoderStream : TransformStream
{
    public extern TextDecoderStream();
}

[External, Convention(Notation.CamelCase)]
public class ArrayBuffer
{
    public extern ArrayBuffer(int length);
    public extern int ByteLength { get; }
    public extern ArrayBuffer Slice(int begin);
    public extern ArrayBuffer Slice(int begin, int end);
}

/// <summary>Bytes. A C# <c>byte[]</c> is a Uint8Array at run time: <see cref="FromBytes"/> and <see cref="ToBytes"/> convert for free.</summary>
[External, Convention(Notation.CamelCase)]
public class Uint8Array
{
    public extern Uint8Array(int length);
    public extern Uint8Array(ArrayBuffer buffer);
    public extern Uint8Array(ArrayBuffer buffer, int byteOffset, int length);
    public extern int Length { get; }
    public extern ArrayBuffer Buffer { get; }
    public extern int ByteOffset { get; }
    public extern int ByteLength { get; }

    public extern int this[int index] { [Template("{this}[{index}]")] get; [Template("{this}[{index}] = {value}")] set; }

    [Template("{this}[{index}]")]
    public extern int Get(int index);

    [Template("{this}[{index}] = {value}")]
    public extern void Set(int index, int value);

    /// <summary>A view of the same bytes (no copy).</summary>
    public extern Uint8Array Subarray(int begin, int end);
    /// <summary>A copy of the range.</summary>
    public extern Uint8Array Slice(int begin, int end);

    [Template("{bytes}")]
    public static extern Uint8Array FromBytes(byte[] bytes);
    [Template("{this}")]
    public extern byte[] ToBytes();
}

[External, Convention(Notation.CamelCase)]
public class TextEncoder
{
    public extern TextEncoder();
    /// <summary>Always "utf-8".</summary>
    public extern string Encoding { get; }
    public extern Uint8Array Encode(string text);
}

[External, Convention(Notation.CamelCase)]
public class TextDecoder
{
    public extern TextDecoder();
    /// <summary>A label such as "utf-8" or "utf-16le".</summary>
    public extern TextDecoder(string label);
    public extern TextDecoder(string label, TextDecoderOptions options);
    public extern string Encoding { get; }
    public extern bool Fatal { get; }
    public extern string Decode(ArrayBuffer bytes);
    [Template("{this}.decode({bytes})")]
    public extern string Decode(Uint8Array bytes);
    [Template("{this}.decode({bytes})")]
    public extern string Decode(byte[] bytes);
    /// <summary>Keeps an incomplete UTF-8 sequence for the next call when options.Stream is true.</summary>
    [Template("{this}.decode({bytes}, {options})")]
    public extern string Decode(Uint8Array bytes, TextDecodeOptions options);
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class TextDecoderOptions
{
    /// <summary>Throw on malformed input instead of writing U+FFFD.</summary>
    public bool? Fatal { get; set; }
    public bool? IgnoreBOM { get; set; }
}

[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class TextDecodeOptions
{
    public bool? Stream { get; set; }
}
