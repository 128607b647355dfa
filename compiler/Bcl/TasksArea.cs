namespace EdgeMirror.Compiler.Bcl;

/// <summary>System.Threading.Tasks.Task helpers and TaskCompletionSource (tasks.mjs); a Task is a Promise.</summary>
public sealed class TasksArea : IBclArea
{
    public IEnumerable<BclMember> Members { get; } =
    [
        new("M:System.Threading.Tasks.Task.get_CompletedTask", "@Task.CompletedTask"),
        new("M:System.Threading.Tasks.Task.FromResult``1(``0)", "@Task.FromResult({result})"),
        new("M:System.Threading.Tasks.Task.FromException(System.Exception)", "@Task.FromException({exception})"),
        new("M:System.Threading.Tasks.Task.FromException``1(System.Exception)", "@Task.FromException({exception})"),
        new("M:System.Threading.Tasks.Task.Yield", "@Task.Yield()"),
        new("M:System.Threading.Tasks.Task.Delay(System.Int32)", "@Task.Delay({millisecondsDelay})"),
        new("M:System.Threading.Tasks.Task.Delay(System.TimeSpan)", "@Task.Delay(Math.trunc({delay}.TotalMilliseconds))"),
        new("M:System.Threading.Tasks.Task.Run(System.Action)", "@Task.Run({action})"),
        new("M:System.Threading.Tasks.Task.Run``1(System.Func{``0})", "@Task.Run({function})"),
        new("M:System.Threading.Tasks.Task.Run(System.Func{System.Threading.Tasks.Task})", "@Task.Run({function})"),
        new("M:System.Threading.Tasks.Task.Run``1(System.Func{System.Threading.Tasks.Task{``0}})", "@Task.Run({function})"),
        new("M:System.Threading.Tasks.Task.WhenAll(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task})", "@Task.WhenAll({tasks}, false, true)"),
        new("M:System.Threading.Tasks.Task.WhenAll(System.Threading.Tasks.Task[])", "@Task.WhenAll({tasks}, false, true)"),
        new("M:System.Threading.Tasks.Task.WhenAll(System.ReadOnlySpan{System.Threading.Tasks.Task})", "@Task.WhenAll({tasks}, false, true)"),
        new("M:System.Threading.Tasks.Task.WhenAll``1(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task{``0}})", "@Task.WhenAll({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAll``1(System.Threading.Tasks.Task{``0}[])", "@Task.WhenAll({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAll``1(System.ReadOnlySpan{System.Threading.Tasks.Task{``0}})", "@Task.WhenAll({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny(System.Threading.Tasks.Task[])", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny(System.ReadOnlySpan{System.Threading.Tasks.Task})", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task})", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny(System.Threading.Tasks.Task,System.Threading.Tasks.Task)", "@Task.WhenAny([{task1}, {task2}])"),
        new("M:System.Threading.Tasks.Task.WhenAny``1(System.Threading.Tasks.Task{``0}[])", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny``1(System.ReadOnlySpan{System.Threading.Tasks.Task{``0}})", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny``1(System.Collections.Generic.IEnumerable{System.Threading.Tasks.Task{``0}})", "@Task.WhenAny({tasks})"),
        new("M:System.Threading.Tasks.Task.WhenAny``1(System.Threading.Tasks.Task{``0},System.Threading.Tasks.Task{``0})", "@Task.WhenAny([{task1}, {task2}])"),
        // what a task says of itself, read from its state (tasks.mjs, $taskInfo)
        new("M:System.Threading.Tasks.Task.get_Status", "@taskInfo.Status({this})"),
        new("M:System.Threading.Tasks.Task.get_IsCompleted", "@taskInfo.IsCompleted({this})"),
        new("M:System.Threading.Tasks.Task.get_IsCompletedSuccessfully", "@taskInfo.IsCompletedSuccessfully({this})"),
        new("M:System.Threading.Tasks.Task.get_IsFaulted", "@taskInfo.IsFaulted({this})"),
        new("M:System.Threading.Tasks.Task.get_IsCanceled", "@taskInfo.IsCanceled({this})"),
        new("M:System.Threading.Tasks.Task.get_Exception", "@taskInfo.Exception({this})"),
        new("M:System.Threading.Tasks.Task`1.get_Result", "@taskInfo.Result({this})"),
        new("M:System.Threading.Tasks.Task.ConfigureAwait(System.Boolean)", "{this}"),
        new("M:System.Threading.Tasks.Task`1.ConfigureAwait(System.Boolean)", "{this}"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.#ctor", "new @TaskCompletionSource()"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.get_Task", "{this}.Task"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.SetException(System.Exception)", "{this}.SetException({exception})"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.TrySetException(System.Exception)", "{this}.TrySetException({exception})"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.SetCanceled", "{this}.SetCanceled()"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.TrySetCanceled", "{this}.TrySetCanceled()"),
        new("M:System.Threading.Tasks.TaskCompletionSource.#ctor", "new @TaskCompletionSource()"),
        new("M:System.Threading.Tasks.TaskCompletionSource.get_Task", "{this}.Task"),
        new("M:System.Threading.Tasks.TaskCompletionSource.SetException(System.Exception)", "{this}.SetException({exception})"),
        new("M:System.Threading.Tasks.TaskCompletionSource.TrySetException(System.Exception)", "{this}.TrySetException({exception})"),
        new("M:System.Threading.Tasks.TaskCompletionSource.SetCanceled", "{this}.SetCanceled()"),
        new("M:System.Threading.Tasks.TaskCompletionSource.TrySetCanceled", "{this}.TrySetCanceled()"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.SetResult(`0)", "{this}.SetResult({result})"),
        new("M:System.Threading.Tasks.TaskCompletionSource`1.TrySetResult(`0)", "{this}.TrySetResult({result})"),
        new("M:System.Threading.Tasks.TaskCompletionSource.SetResult", "{this}.SetResult()"),
        new("M:System.Threading.Tasks.TaskCompletionSource.TrySetResult", "{this}.TrySetResult()"),
    ];

    public IEnumerable<BclType> Types { get; } =
    [
        new("T:System.Threading.Tasks.TaskStatus", "$TaskStatus"),
        new("T:System.Threading.Tasks.TaskCompletionSource`1", "$TaskCompletionSource"),
        new("T:System.Threading.Tasks.TaskCompletionSource", "$TaskCompletionSource"),
    ];
}
