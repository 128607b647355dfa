// System.Threading.Tasks.Task helpers. A Task is a Promise (compiler/README.md); these keep .NET's
// observable behaviour where it differs from Promise's: WhenAll waits for every task and then
// surfaces the first failure (in task order for Task<T>, in time for Task), WhenAny yields the task.
import { $ArgumentException, $ArgumentOutOfRangeException, $InvalidOperationException, $TaskCanceledException } from "./exceptions.mjs";
import { $argNull } from "./collections.mjs";

function $taskList(tasks) {
  if (tasks === null || tasks === undefined) throw $argNull("tasks");
  const list = Array.from(tasks);
  for (const t of list) if (t === null || t === undefined) throw new $ArgumentException("The tasks argument included a null value.", null, "tasks");
  return list;
}

// Resolving a promise with another promise adopts its state; Task<Task<T>> must instead hold the
// task. The task's `then` is hidden while resolve() looks at it (resolve reads it synchronously).
function $resolveWithTask(resolve, task) {
  if (task === null || typeof task !== "object") { resolve(task); return; }
  const own = Object.getOwnPropertyDescriptor(task, "then");
  Object.defineProperty(task, "then", { value: undefined, configurable: true, writable: true });
  try { resolve(task); }
  finally { if (own) Object.defineProperty(task, "then", own); else delete task.then; }
}

export const $Task = {
  get CompletedTask() { return Promise.resolve(); },
  FromResult(value) { return Promise.resolve(value); },
  FromException(exception) { return Promise.reject(exception); },
  /** Task.WhenAll(tasks): the results in task order; a failure surfaces once all have finished. Since .NET 9
   *  the non-generic WhenAll keeps its tasks' exceptions in the order they failed (firstInTime), the
   *  generic one in task order; await rethrows the first. */
  async WhenAll(tasks, firstInTime = false) {
    const list = $taskList(tasks);
    let firstFailure = null;
    const watched = firstInTime
      ? list.map(t => Promise.resolve(t).then(null, e => { firstFailure ??= { reason: e }; throw e; }))
      : list;
    const settled = await Promise.allSettled(watched);
    const failed = firstFailure ?? settled.find(r => r.status === "rejected");
    if (failed) throw failed.reason;
    return settled.map(r => r.value);
  },
  /** Task.WhenAny(tasks): the first task to finish (successfully or not) — the task itself, so it
   *  can be compared with the others and awaited for its result or exception. */
  WhenAny(tasks) {
    const list = $taskList(tasks);
    if (list.length === 0) throw new $ArgumentException("The tasks argument contains no tasks.", null, "tasks");
    return new Promise(resolve => {
      let done = false;
      const finish = t => { if (!done) { done = true; $resolveWithTask(resolve, t); } };
      for (const t of list) Promise.resolve(t).then(() => finish(t), () => finish(t));
    });
  },
  /** Task.Delay(milliseconds): -1 waits forever, as .NET's Timeout.Infinite does. */
  Delay(milliseconds) {
    if (milliseconds < -1) throw new $ArgumentOutOfRangeException("The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.", null, "millisecondsDelay");
    if (milliseconds === -1) return new Promise(() => { });
    return new Promise(resolve => setTimeout(resolve, milliseconds));
  },
  /** Task.Yield(): lets the caller's synchronous code run before the rest of the method. */
  Yield() { return Promise.resolve(); },
  /** Task.Run(func): runs func after the caller's synchronous part; an async func's task is unwrapped. */
  Run(func) { return Promise.resolve().then(() => func()); },
};

/** TaskCompletionSource(<T>): a task completed from outside. Set* on a completed source throws as .NET does. */
export class $TaskCompletionSource {
  static $name = "TaskCompletionSource";
  static $fullName = "System.Threading.Tasks.TaskCompletionSource";
  constructor() {
    this.$done = false;
    this.Task = new Promise((resolve, reject) => { this.$resolve = resolve; this.$reject = reject; });
    // A task nobody awaits must not surface as an unhandled rejection; awaiting it still throws.
    this.Task.catch(() => { });
  }
  TrySetResult(result) {
    if (this.$done) return false;
    this.$done = true;
    this.$resolve(result);
    return true;
  }
  TrySetException(exception) {
    if (this.$done) return false;
    this.$done = true;
    this.$reject(exception);
    return true;
  }
  TrySetCanceled() { return this.TrySetException(new $TaskCanceledException("A task was canceled.")); }
  SetResult(result) { if (!this.TrySetResult(result)) throw $tcsCompleted(); }
  SetException(exception) { if (!this.TrySetException(exception)) throw $tcsCompleted(); }
  SetCanceled() { if (!this.TrySetCanceled()) throw $tcsCompleted(); }
}
function $tcsCompleted() { return new $InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
