using System.Collections.Concurrent;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>
/// A single-threaded SynchronizationContext: every await continuation of the program runs on one thread,
/// one at a time, in the order it became ready — the way node's event loop runs the compiled JS. Without it,
/// .NET runs continuations on the thread pool concurrently and a program's output could depend on a race.
/// </summary>
public sealed class EventLoopContext : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> ready = new();
    private readonly int loopThreadId = Environment.CurrentManagedThreadId;

    public override void Post(SendOrPostCallback callback, object? state)
    {
        try
        {
            ready.Add((callback, state));
        }
        catch (InvalidOperationException)
        {
            // Main has finished: like node after the module settled, work left behind is not the program's output.
        }
    }

    public override void Send(SendOrPostCallback callback, object? state)
    {
        if (Environment.CurrentManagedThreadId == loopThreadId)
        {
            callback(state);
            return;
        }
        using var done = new ManualResetEventSlim();
        Post(_ => { callback(state); done.Set(); }, null);
        done.Wait();
    }

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs continuations on the calling thread until <paramref name="main"/> has completed.</summary>
    public void RunUntilCompleted(Task main)
    {
        main.ContinueWith(_ => ready.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state) in ready.GetConsumingEnumerable())
            callback(state);
    }
}
