using System;
using System.Threading.Tasks;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>Waiting for the end of something whose outcome does not matter, only that it is over.</summary>
public static class Settling
{
    /// <summary>A task that ends when <paramref name="task"/> does, however it ends (a client that hangs up rejects
    /// the pipe of its answer). Call it right away, so that a rejection is never an unhandled one.</summary>
    public static async Task Of(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Only the end matters here, not how it came.
        }
    }
}
