#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System;
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary>A <c>TransformStream</c> made from a <see cref="Transformer"/> (the JS global of that name with
/// callbacks): for transforms written in C#, such as checking a digest while bytes stream past.</summary>
[External, Name("TransformStream"), Convention(Notation.CamelCase)]
public class CustomTransformStream : TransformStream
{
    public extern CustomTransformStream(Transformer transformer);
}

/// <summary>The callbacks of a TransformStream; set only those needed (object literals carry only assigned
/// members). A returned Task is awaited by the stream before the next chunk (backpressure).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class Transformer
{
    public Func<Uint8Array, TransformStreamDefaultController, Task>? Transform { get; set; }
    public Func<TransformStreamDefaultController, Task>? Flush { get; set; }
}

[External, Convention(Notation.CamelCase)]
public class TransformStreamDefaultController
{
    public extern void Enqueue(Uint8Array chunk);
    /// <summary>Errors both sides: a consumer (cache.put, an R2 put) then fails instead of committing.</summary>
    [Template("{this}.error(new Error({reason}))")]
    public extern void Error(string reason);
    public extern void Terminate();
}
