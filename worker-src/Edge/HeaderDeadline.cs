using System;
using System.Threading.Tasks;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>The one timer that bounds how long an upstream call waits for its final headers, redirect hops
/// included. Each fetch is raced against it rather than given an AbortSignal: a signal stays tied to the
/// response body (aborting it later would break a long download), costs an AbortController and a signal per
/// call on the hot path, and is not needed to give up — a fetch that loses the race is let go
/// (<see cref="LetGo"/>) and the runtime ends it with the request.</summary>
public sealed class HeaderDeadline
{
    private readonly object _timer;
    // Rejects the race in progress (one per redirect hop); null before the first.
    private Action<Exception>? _expire;

    public HeaderDeadline(int timeoutMs)
    {
        _timer = Timers.SetTimeout(() =>
        {
            Expired = true;
            if (_expire != null) _expire(Timeout());
        }, timeoutMs);
    }

    public bool Expired { get; private set; }

    /// <summary>The fetch's response, or a TimeoutException once the deadline has passed.</summary>
    public Task<Response> Race(Task<Response> fetch) =>
        Expired ? Task.FromException<Response>(Timeout()) : Promises.Rejectable(fetch, reject => _expire = reject);

    /// <summary>Stops the timer (headers arrived, or the call failed otherwise).</summary>
    public void Clear() => Timers.ClearTimeout(_timer);

    private static TimeoutException Timeout() => new TimeoutException("upstream headers timed out");

    /// <summary>A fetch that lost the race: its body, if it still comes, is cancelled rather than left unread.</summary>
    public static async Task LetGo(Task<Response> fetch)
    {
        try
        {
            var late = await fetch;
            if (late.Body != null) await late.Body.Cancel();
        }
        catch (Exception)
        {
            // It failed on its own; nothing is left to let go of.
        }
    }
}
