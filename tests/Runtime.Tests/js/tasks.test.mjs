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
  await assert.rejects($Task.WhenAll([delayed(20, "second in time", true), delayed(1, "first in time", true), late], true), e => e === "first in time");
  assert.equal(lateFinished, true);
  // tasks that had already failed count in the order they are listed
  const a = Promise.reject("listed first"), b = Promise.reject("listed second");
  await assert.rejects($Task.WhenAll([a, b], true), e => e === "listed first");
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
