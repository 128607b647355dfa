// Task helpers: .NET's WhenAll/WhenAny semantics on Promises.
import { test } from "node:test";
import assert from "node:assert/strict";
import { $Task } from "../../../compiler/Runtime/tasks.mjs";

const delayed = (ms, value, fail) => new Promise((resolve, reject) => setTimeout(() => fail ? reject(value) : resolve(value), ms));

test("WhenAll gives results in task order, not completion order", async () => {
  assert.deepEqual(await $Task.WhenAll([delayed(30, "a"), delayed(5, "b"), $Task.FromResult("c")]), ["a", "b", "c"]);
});

test("WhenAll surfaces the first failure in task order after all tasks finish", async () => {
  let lateFinished = false;
  const late = delayed(40, "late").then(v => { lateFinished = true; return v; });
  await assert.rejects($Task.WhenAll([delayed(20, "first", true), delayed(1, "second", true), late]), e => e === "first");
  assert.equal(lateFinished, true);
});

test("non-generic WhenAll (firstInTime) surfaces the failure that happened first, as .NET 9+ does", async () => {
  let lateFinished = false;
  const late = delayed(40, "late").then(v => { lateFinished = true; return v; });
  await assert.rejects($Task.WhenAll([delayed(20, "second in time", true), delayed(1, "first in time", true), late], false, true), e => e === "first in time");
  assert.equal(lateFinished, true);
  // tasks that had already failed count in the order they are listed
  const a = Promise.reject("listed first"), b = Promise.reject("listed second");
  await assert.rejects($Task.WhenAll([a, b], false, true), e => e === "listed first");
});

test("WhenAny yields the first task to finish itself, which can then be awaited", async () => {
  const slow = delayed(200, "slow"), fast = delayed(5, "fast");
  const winner = await $Task.WhenAny([slow, fast]);
  assert.equal(winner, fast);
  assert.equal(await winner, "fast");
  assert.equal(typeof fast.then, "function");
  // A task that never finishes cannot win, however loaded the machine is.
  const failing = delayed(1, "bad", true), never = new Promise(() => { });
  const loser = await $Task.WhenAny([never, failing]);
  assert.equal(loser, failing);
  await assert.rejects(loser, e => e === "bad");
  await slow;
});

test("Delay waits at least the given time, Yield lets synchronous code run first", async () => {
  const start = Date.now();
  await $Task.Delay(20);
  assert.ok(Date.now() - start >= 15);
  const order = [];
  const p = (async () => { order.push(1); await $Task.Yield(); order.push(3); })();
  order.push(2);
  await p;
  assert.deepEqual(order, [1, 2, 3]);
  assert.equal(await $Task.Run(async () => 5), 5);
});

test("TaskCompletionSource completes its task once, from outside", async () => {
  const { $TaskCompletionSource } = await import("../../../compiler/Runtime/tasks.mjs");
  const tcs = new $TaskCompletionSource();
  setTimeout(() => tcs.SetResult(7), 1);
  assert.equal(await tcs.Task, 7);
  assert.equal(tcs.TrySetResult(8), false);
  assert.throws(() => tcs.SetResult(9), e => e.Message === "An attempt was made to transition a task to a final state when it had already completed.");
  const failing = new $TaskCompletionSource();
  failing.SetException(new Error("boom"));
  await assert.rejects(failing.Task, e => e.message === "boom");
});

// The completion state a compiled `await` reads so that it continues synchronously, as .NET does:
// `$done($t = task) ? $t.$s.result : await $t`.
const completedResult = (task) => { assert.equal($done(task), true); return task.$s.result; };
const { $async, $isCompleted, $done, $TaskCompletionSource } = await import("../../../compiler/Runtime/tasks.mjs");
const asyncBody = (work) => $async(async ($s) => {
  try { return $s.result = await work(); } catch ($e) { $s.fault($e); } finally { $s.end(); }
});

test("an async body that returns before suspending gives a task that says it has completed, and is still a promise", async () => {
  const task = $async(async ($s) => { try { return $s.result = 42; } catch ($e) { $s.fault($e); } finally { $s.end(); } });
  assert.equal($isCompleted(task), true);
  assert.equal(completedResult(task), 42);
  assert.ok(task instanceof Promise);
  assert.equal(await task, 42);
});

test("an async body that suspends is not complete until it ends, then is", async () => {
  const task = asyncBody(() => $Task.Delay(5).then(() => "late"));
  assert.equal($isCompleted(task), false);
  assert.equal($done(task), false, "a running task is awaited");
  assert.equal($done(Promise.resolve(1)), false, "a host promise carries no state and is awaited");
  assert.equal(await task, "late");
  assert.equal($isCompleted(task), true);
  assert.equal(completedResult(task), "late");
});

test("a synchronously faulted async body throws at the await, not at the call, and nobody has to observe it", async () => {
  const error = new Error("sync fault");
  let unhandled = 0;
  const onUnhandled = () => { unhandled++; };
  process.on("unhandledRejection", onUnhandled);
  const task = $async(async ($s) => { try { throw error; } catch ($e) { $s.fault($e); } finally { $s.end(); } });
  assert.equal($isCompleted(task), true);
  assert.throws(() => completedResult(task), e => e === error);
  await assert.rejects(task, e => e === error);
  const unobserved = asyncBody(() => $Task.Delay(1).then(() => { throw error; }));
  await new Promise(resolve => setTimeout(resolve, 30));
  process.off("unhandledRejection", onUnhandled);
  assert.equal(unhandled, 0);
  assert.equal($isCompleted(unobserved), true);
});

test("FromResult, CompletedTask, FromException, Delay(0) and a set TaskCompletionSource are complete at once", async () => {
  assert.equal(completedResult($Task.FromResult("v")), "v");
  assert.equal($Task.CompletedTask, $Task.CompletedTask);
  assert.equal($isCompleted($Task.Delay(0)), true);
  const failure = new Error("f");
  assert.throws(() => completedResult($Task.FromException(failure)), e => e === failure);
  const inner = $Task.FromResult(1);
  assert.equal(completedResult($Task.FromResult(inner)), inner, "a task holding a task keeps it, not its result");
  const tcs = new $TaskCompletionSource();
  assert.equal($isCompleted(tcs.Task), false);
  tcs.SetResult(3);
  assert.equal(completedResult(tcs.Task), 3);
});

test("WhenAll and WhenAny of finished tasks are finished; of pending ones they finish later", async () => {
  const a = $Task.FromResult(1), b = $Task.FromResult(2);
  assert.deepEqual(completedResult($Task.WhenAll([a, b])), [1, 2]);
  assert.equal(completedResult($Task.WhenAll([a, b], false)), undefined);
  assert.equal(completedResult($Task.WhenAny([a, b])), a);
  const failure = new Error("second");
  assert.throws(() => completedResult($Task.WhenAll([a, $Task.FromException(failure)])), e => e === failure);
  const pending = $Task.Delay(5).then(() => 3);
  const all = $Task.WhenAll([a, pending]);
  assert.equal($isCompleted(all), false);
  assert.deepEqual(await all, [1, 3]);
  assert.equal($isCompleted(all), true);
  assert.equal($isCompleted(fetchLike()), false, "a promise from elsewhere carries no state and is awaited");
});

function fetchLike() { return new Promise(resolve => setTimeout(resolve, 1)); }

test("a task's Status, Exception and Result come from its state, as .NET reports them", async () => {
  const { $taskInfo } = await import("../../../compiler/Runtime/tasks.mjs");
  const delay = $Task.Delay(5);
  assert.equal($taskInfo.Status(delay), 1, "WaitingForActivation while it runs");
  await delay;
  assert.equal($taskInfo.Status(delay), 5, "RanToCompletion once it has (Delay tasks are tracked)");
  assert.equal($taskInfo.Exception(delay), null);
  const first = new Error("first"), second = new Error("second");
  const both = $Task.WhenAll([$Task.Delay(1).then(() => { throw first; }), $Task.Delay(3).then(() => { throw second; })], false, true);
  await assert.rejects(both, e => e === first);
  assert.equal($taskInfo.IsFaulted(both), true);
  const aggregate = $taskInfo.Exception(both);
  assert.deepEqual(aggregate.InnerExceptions, [first, second], "every failure, not only the one await throws");
  assert.equal($taskInfo.Exception(both), aggregate, "the same AggregateException each time");
  assert.throws(() => $taskInfo.Result(both), e => e !== aggregate && e.InnerExceptions.length === 2, "Result throws a new one");
  const canceled = new $TaskCompletionSource();
  canceled.SetCanceled();
  assert.equal($taskInfo.Status(canceled.Task), 6);
  assert.equal($taskInfo.IsFaulted(canceled.Task), false);
  assert.equal($taskInfo.Result($Task.FromResult(4)), 4);
  assert.throws(() => $taskInfo.Result(new $TaskCompletionSource().Task), e => e.constructor.name === "$InvalidOperationException");
});
