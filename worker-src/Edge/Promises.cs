using System;
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Worker.Edge;

/// <summary>JavaScript's own Promise machinery where the BCL's would cost more on the hot path
/// (a TaskCompletionSource raced against a task is three promises and a state object; one promise will do).</summary>
[External]
public static class Promises
{
    /// <summary>Settles as <paramref name="task"/> does, unless the reject function handed to
    /// <paramref name="expose"/> (synchronously, before this returns) is called first.</summary>
    [Template("new Promise((resolve, reject) => { {expose}(reject); {task}.then(resolve, reject); })")]
    public static extern Task<T> Rejectable<T>(Task<T> task, Action<Action<Exception>> expose);
}
