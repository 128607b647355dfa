#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System;
using System.Threading.Tasks;
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

    /// <summary>Runs the callback every interval until <see cref="ClearInterval"/>.</summary>
    [Template("setInterval({callback}, {milliseconds})")]
    public static extern object SetInterval(Action callback, int milliseconds);

    [Template("clearInterval({id})")]
    public static extern void ClearInterval(object id);

    /// <summary>Cloudflare's <c>scheduler.wait(ms)</c>: a promise that resolves after the delay.</summary>
    [Template("scheduler.wait({milliseconds})")]
    public static extern Task Wait(int milliseconds);

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
    [Template("{this}.abort(new Error({reason}))")]
    public extern void Abort(string reason);
}

[External, Convention(Notation.CamelCase)]
public class AbortSignal
{
    public extern bool Aborted { get; }
    /// <summary>The reason's message (a timeout's "The operation was aborted due to timeout"…), or null.</summary>
    [Template("({this}.reason == null ? null : String({this}.reason.message ?? {this}.reason))")]
    public extern string? ReasonMessage { get; }
    /// <summary>Throws the reason if aborted.</summary>
    public extern void ThrowIfAborted();

    [Template("AbortSignal.timeout({milliseconds})")]
    public static extern AbortSignal Timeout(int milliseconds);
    [Template("AbortSignal.abort()")]
    public static extern AbortSignal Abort();
    /// <summary>Aborts when any of the signals does.</summary>
    [Template("AbortSignal.any({signals})")]
    public static extern AbortSignal Any(AbortSignal[] signals);
}
