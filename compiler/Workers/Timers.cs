#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System;
using H5;

namespace EdgeMirror.Workers;

[External, Name("globalThis")]
public static class Timers
{
    /// <summary>Runs the callback once after the delay; returns the id for <see cref="ClearTimeout"/>.</summary>
    [Template("setTimeout({callback}, {milliseconds})")]
    public static extern object SetTimeout(Action callback, int milliseconds);

    [Template("clearTimeout({id})")]
    public static extern void ClearTimeout(object id);

    /// <summary>Milliseconds since the epoch (in Workers, frozen during synchronous execution).</summary>
    [Template("Date.now()")]
    public static extern double Now();
}

[External, Convention(Notation.CamelCase)]
public class AbortController
{
    public extern AbortController();
    public extern AbortSignal Signal { get; }
    public extern void Abort();
}

[External, Convention(Notation.CamelCase)]
public class AbortSignal
{
    public extern bool Aborted { get; }

    [Template("AbortSignal.timeout({milliseconds})")]
    public static extern AbortSignal Timeout(int milliseconds);
}
