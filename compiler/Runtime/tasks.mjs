// System.Threading.Tasks.Task helpers. A Task is a Promise (compiler/README.md); these keep .NET's
// observable behaviour where it differs from Promise's: WhenAll waits for every task and then
// surfaces the first failure (in task order for Task<T>, in time for Task), WhenAny yields the task.
//
// .NET continues synchronously after `await` of a task that has already completed; a JS `await`
// always yields a microtask first. So a task can say it has completed: its promise carries a
// `$s` ($TaskState) that compiled async bodies, FromResult/CompletedTask/FromException, WhenAll,
// WhenAny and TaskCompletionSource fill in, and a compiled `await t` reads it first
// (`$done(t) ? t.$s.result : await t`). Promises from elsewhere (fetch) have none.
import { $ArgumentException, $ArgumentOutOfRangeException, $InvalidOperationException, $TaskCanceledException, $OperationCanceledException, $AggregateException, $argNull } from "./exceptions.mjs";
import { $enumType } from "./enums.mjs";

/** How a task ended, readable synchronously: status 0 running, 1 ran to completion, 2 faulted. */
class $TaskState {
  constructor(status, result, exception) {
    this.status = status;
    this.result = result;
    this.exception = exception;
    this.task = null;
  }
  /** The body of an async method threw: the task faults, and the exception goes on (rethrown here, so
   *  every compiled body's catch is `$s.fault($e);`). Nobody may ever await the task, and .NET does
   *  not crash on an unobserved faulted task, so its rejection counts as handled. */
  fault(exception) {
    this.status = 2;
    this.exception = exception;
    if (this.task !== null) this.task.catch($ignoreFault);
    throw exception;
  }
  /** The body of an async method finished (its result, if any, is already in `result`). */
  end() { if (this.status === 0) this.status = 1; }
}
function $ignoreFault() { }

/** Runs an async method's body (`async $s => { try { … return $s.result = x; } catch ($e) { $s.fault($e); } finally { $s.end(); } }`):
 *  the one extra object per call is the state the returned promise carries. */
export function $async(body) {
  const state = new $TaskState(0, undefined, undefined);
  const task = body(state);
  task.$s = state;
  if (state.status === 2) task.catch($ignoreFault);
  else state.task = task;
  return task;
}

/** An `async void` method's body: the same, except that its fault stays unhandled, since .NET lets
 *  an exception escaping an async void method take the process down. */
export function $asyncVoid(body) {
  const state = new $TaskState(0, undefined, undefined);
  const task = body(state);
  task.$s = state;
  return task;
}

/** Whether a task has ended (a null task throws, as .NET's NullReferenceException). */
export function $isCompleted(task) {
  const state = task.$s;
  return state !== undefined && state.status !== 0;
}

/** `$done($t = task) ? $t.$s.result : await $t`: true once the task ran to completion, throws a faulted one's exception. */
export function $done(task) {
  const state = task.$s;
  if (state === undefined || state.status === 0) return false;
  if (state.status === 2) throw state.exception;
  return true;
}

function $completedTask(result) {
  const task = new Promise(resolve => $resolveWithTask(resolve, result));
  task.$s = new $TaskState(1, result, undefined);
  return task;
}

function $faultedTask(exception) {
  const task = Promise.reject(exception);
  task.catch($ignoreFault);
  task.$s = new $TaskState(2, undefined, exception);
  return task;
}

/** Marks `task` completed once it settles, so an await after that continues synchronously. */
function $tracked(task, state = new $TaskState(0, undefined, undefined)) {
  task.$s = state;
  task.then(result => { state.status = 1; state.result = result; }, exception => { state.status = 2; state.exception = exception; });
  return task;
}

let $completedSingleton = null;

function $taskList(tasks) {
  if (tasks === null || tasks === undefined) throw $argNull("tasks");
  const list = Array.from(tasks);
  for (const t of list) if (t === null || t === undefined) throw new $ArgumentException("The tasks argument included a null value.", null, "tasks");
  return list;
}

// Resolving a promise with another promise adopts its state; Task<Task<T>> must instead hold the
// task. The task's `then` is hidden while resolve() looks at it (resolve reads it synchronously).
// An object with no `then` at all (most results: Task.FromResult(new Record(...))) cannot be adopted and
// resolves as itself: hiding a property it does not have cost a define and a delete per call.
function $resolveWithTask(resolve, task) {
  if (task === null || typeof task !== "object" || !("then" in task)) { resolve(task); return; }
  const own = Object.getOwnPropertyDescriptor(task, "then");
  Object.defineProperty(task, "then", { value: undefined, configurable: true, writable: true });
  try { resolve(task); }
  finally { if (own) Object.defineProperty(task, "then", own); else delete task.then; }
}

async function $whenAllSettled(list, withResults, firstInTime, state) {
  const inTime = [];
  const watched = firstInTime
    ? list.map(t => Promise.resolve(t).then(null, e => { inTime.push(e); throw e; }))
    : list;
  const settled = await Promise.allSettled(watched);
  const failures = firstInTime ? inTime : settled.filter(r => r.status === "rejected").map(r => r.reason);
  if (failures.length > 0) {
    state.exceptions = failures; // Task.Exception holds them all; await throws the first
    throw failures[0];
  }
  return withResults ? settled.map(r => r.value) : undefined;
}

// A class of static members rather than an object literal: the linker leaves out the members a program never names.
export class $Task {
  /** Task.CompletedTask: one task, as in .NET (so two reads are the same task). */
  static get CompletedTask() { return $completedSingleton ??= $completedTask(undefined); }
  static FromResult(value) { return $completedTask(value); }
  static FromException(exception) { return $faultedTask(exception); }
  /** Task.WhenAll(tasks): the results in task order (none for the non-generic overloads); a failure
   *  surfaces once all have finished. Since .NET 9 the non-generic WhenAll keeps its tasks' exceptions
   *  in the order they failed (firstInTime), the generic one in task order; await rethrows the first.
   *  Already finished tasks give an already finished task (their failures in task order, as .NET
   *  collects them when it finds every task complete). */
  static WhenAll(tasks, withResults = true, firstInTime = false) {
    const list = $taskList(tasks);
    if (list.every($isCompleted)) {
      const failed = list.filter(t => t.$s.status === 2);
      if (failed.length > 0) {
        const task = $faultedTask(failed[0].$s.exception);
        task.$s.exceptions = failed.map(t => t.$s.exception);
        return task;
      }
      return $completedTask(withResults ? list.map(t => t.$s.result) : undefined);
    }
    const state = new $TaskState(0, undefined, undefined);
    return $tracked($whenAllSettled(list, withResults, firstInTime, state), state);
  }
  /** Task.WhenAny(tasks): the first task to finish (successfully or not) — the task itself, so it
   *  can be compared with the others and awaited for its result or exception. */
  static WhenAny(tasks) {
    const list = $taskList(tasks);
    if (list.length === 0) throw new $ArgumentException("The tasks argument contains no tasks.", null, "tasks");
    const done = list.find($isCompleted);
    if (done !== undefined) return $completedTask(done);
    return $tracked(new Promise(resolve => {
      let done = false;
      const finish = t => { if (!done) { done = true; $resolveWithTask(resolve, t); } };
      for (const t of list) Promise.resolve(t).then(() => finish(t), () => finish(t));
    }));
  }
  /** Task.Delay(milliseconds): -1 waits forever, as .NET's Timeout.Infinite does. */
  static Delay(milliseconds) {
    if (milliseconds < -1) throw new $ArgumentOutOfRangeException("The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.", null, "millisecondsDelay");
    if (milliseconds === -1) return new Promise(() => { });
    if (milliseconds === 0) return $Task.CompletedTask;
    return $tracked(new Promise(resolve => setTimeout(resolve, milliseconds)));
  }
  /** Task.Yield(): lets the caller's synchronous code run before the rest of the method. */
  static Yield() { return Promise.resolve(); }
  /** Task.Run(func): runs func after the caller's synchronous part; an async func's task is unwrapped. */
  static Run(func) {
    const task = $tracked(Promise.resolve().then(() => func()));
    task.catch($ignoreFault); // .NET does not crash on a faulted Task.Run nobody awaits
    return task;
  }
}

export const $TaskStatus = $enumType("TaskStatus", "System.Threading.Tasks.TaskStatus",
  [["Created", 0], ["WaitingForActivation", 1], ["WaitingToRun", 2], ["Running", 3], ["WaitingForChildrenToComplete", 4],
   ["RanToCompletion", 5], ["Canceled", 6], ["Faulted", 7]]);

// A task's observable state (Status, IsCompleted, Exception, Result), read from its $TaskState. A task
// still running is WaitingForActivation, as .NET reports an async method's or a Delay's task; a promise
// from the host carries no state and reads as running. A task that ended with an
// OperationCanceledException is Canceled, as .NET marks one (TrySetCanceled, a canceled async method).
export const $taskInfo = {
  Status(task) {
    const s = task.$s;
    if (s === undefined || s.status === 0) return 1;
    if (s.status === 1) return 5;
    return s.exception instanceof $OperationCanceledException ? 6 : 7;
  },
  IsCompleted(task) { return $isCompleted(task); },
  IsCompletedSuccessfully(task) { return $taskInfo.Status(task) === 5; },
  IsFaulted(task) { return $taskInfo.Status(task) === 7; },
  IsCanceled(task) { return $taskInfo.Status(task) === 6; },
  /** Task.Exception: null unless faulted; one AggregateException (the same object each time) of every failure. */
  Exception(task) {
    if ($taskInfo.Status(task) !== 7) return null;
    const s = task.$s;
    return s.aggregate ??= new $AggregateException(null, s.exceptions ?? [s.exception]);
  },
  /** Task<T>.Result of a finished task; a faulted one throws its AggregateException, a canceled one an
   *  AggregateException of a TaskCanceledException. JS cannot block, so reading an unfinished task's
   *  Result is an InvalidOperationException instead of a wait. */
  Result(task) {
    const status = $taskInfo.Status(task);
    if (status === 5) return task.$s.result;
    if (status === 7) { const s = task.$s; throw new $AggregateException(null, s.exceptions ?? [s.exception]); } // a new one each time, as .NET's
    if (status === 6) throw new $AggregateException(null, [new $TaskCanceledException("A task was canceled.")]);
    throw new $InvalidOperationException("Task.Result cannot wait for an unfinished task in JavaScript.");
  },
};

/** TaskCompletionSource(<T>): a task completed from outside. Set* on a completed source throws as .NET does. */
export class $TaskCompletionSource {
  static $name = "TaskCompletionSource";
  static $fullName = "System.Threading.Tasks.TaskCompletionSource";
  constructor() {
    this.$done = false;
    this.Task = new Promise((resolve, reject) => { this.$resolve = resolve; this.$reject = reject; });
    // A task nobody awaits must not surface as an unhandled rejection; awaiting it still throws.
    this.Task.catch($ignoreFault);
    this.Task.$s = new $TaskState(0, undefined, undefined);
  }
  TrySetResult(result) {
    if (this.$done) return false;
    this.$done = true;
    $resolveWithTask(this.$resolve, result);
    this.Task.$s.status = 1;
    this.Task.$s.result = result;
    return true;
  }
  TrySetException(exception) {
    if (this.$done) return false;
    this.$done = true;
    this.$reject(exception);
    this.Task.$s.status = 2;
    this.Task.$s.exception = exception;
    return true;
  }
  TrySetCanceled() { return this.TrySetException(new $TaskCanceledException("A task was canceled.")); }
  SetResult(result) { if (!this.TrySetResult(result)) throw $tcsCompleted(); }
  SetException(exception) { if (!this.TrySetException(exception)) throw $tcsCompleted(); }
  SetCanceled() { if (!this.TrySetCanceled()) throw $tcsCompleted(); }
}
function $tcsCompleted() { return new $InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
