using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Worker.Edge;

/// <summary>JavaScript's own Promise combinators where the BCL's would cost more on the hot path
/// (Task.WhenAny wraps every task to hand back the winner; a race only needs its result).</summary>
[External]
public static class Promises
{
    /// <summary>Settles as the first of the two settles, with its result or exception.</summary>
    [Template("Promise.race([{first}, {second}])")]
    public static extern Task<T> Race<T>(Task<T> first, Task<T> second);
}
