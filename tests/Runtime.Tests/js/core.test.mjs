// The core runtime contract: object protocol, exception mapping, Console and $runMain.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { $toString, $equals, $hashCode, $compare, $BoxedChar } from "../../../compiler/Runtime/object.mjs";
import { $toException, $Exception, $NullReferenceException, $DivideByZeroException, $ArgumentException, $FormatException, $InvalidOperationException } from "../../../compiler/Runtime/exceptions.mjs";

const runtimeUrl = new URL("../../../compiler/Runtime/", import.meta.url).href;

// Runs a module that imports console.mjs as `rt`, the way a compiled program would.
function runProgram(body) {
  const dir = mkdtempSync(join(tmpdir(), "rt-core-"));
  try {
    const file = join(dir, "program.mjs");
    writeFileSync(file, `import * as rt from "${runtimeUrl}console.mjs";\nimport * as ex from "${runtimeUrl}exceptions.mjs";\n${body}\n`);
    return spawnSync(process.execPath, [file], { encoding: "utf8" });
  } finally {
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 0);
  }
}

test("$toString prints values as .NET does", () => {
  assert.equal($toString(null), "");
  assert.equal($toString(undefined), "");
  assert.equal($toString(true), "True");
  assert.equal($toString(false), "False");
  assert.equal($toString(0.1 + 0.2), "0.30000000000000004");
  assert.equal($toString(1e21), "1E+21");
  assert.equal($toString(-0), "-0");
  assert.equal($toString(Infinity), "Infinity");
  assert.equal($toString(123n), "123");
  assert.equal($toString(new $BoxedChar(65)), "A");
  class Point { static $fullName = "Demo.Point"; }
  assert.equal($toString(new Point()), "Demo.Point");
  class Named { toString() { return "named"; } }
  assert.equal($toString(new Named()), "named");
});

test("$equals compares by value for primitives and through Equals for objects", () => {
  assert.ok($equals(NaN, NaN));
  assert.ok($equals(null, undefined));
  assert.ok(!$equals(1, "1"));
  assert.ok($equals(5n, 5n));
  assert.ok($equals(new $BoxedChar(97), new $BoxedChar(97)));
  class Key { constructor(v) { this.v = v; } Equals(o) { return o instanceof Key && o.v === this.v; } }
  assert.ok($equals(new Key(1), new Key(1)));
  assert.ok(!$equals(new Key(1), new Key(2)));
  assert.ok(!$equals({}, {}));
});

test("$hashCode matches .NET for ints, longs, bools and chars and is stable for objects", () => {
  assert.equal($hashCode(42), 42);
  assert.equal($hashCode(-1), -1);
  assert.equal($hashCode(true), 1);
  assert.equal($hashCode(1n << 32n), 1);
  assert.equal($hashCode(-1n), 0);
  assert.equal($hashCode(new $BoxedChar(65)), 65 | (65 << 16));
  const o = {};
  assert.equal($hashCode(o), $hashCode(o));
  assert.equal($hashCode("abc"), $hashCode("ab" + "c"));
});

test("$compare orders nulls first, NaN lowest and strings by culture", () => {
  assert.equal($compare(null, 1), -1);
  assert.equal($compare(NaN, -Infinity), -1);
  assert.equal($compare(NaN, NaN), 0);
  assert.equal($compare(2n, 10n), -1);
  assert.deepEqual(["b", "B", "a", "A", "_"].sort($compare), ["_", "a", "A", "b", "B"]);
  class V { constructor(v) { this.v = v; } CompareTo(o) { return this.v - o.v; } }
  assert.ok($compare(new V(1), new V(2)) < 0);
  assert.throws(() => $compare({}, {}), e => e instanceof $InvalidOperationException);
});

test("$toException maps JS faults to the .NET exceptions they mean", () => {
  let caught;
  try { null.x; } catch (e) { caught = $toException(e); }
  assert.ok(caught instanceof $NullReferenceException);
  assert.equal(caught.Message, "Object reference not set to an instance of an object.");
  try { 1n / 0n; } catch (e) { caught = $toException(e); }
  assert.ok(caught instanceof $DivideByZeroException);
  const own = new $FormatException("x");
  assert.equal($toException(own), own);
  const other = $toException("text");
  assert.equal(other.constructor, $Exception);
  assert.equal(other.Message, "text");
});

test("exceptions are Errors with .NET names, messages and inner exceptions", () => {
  const inner = new $ArgumentException("bad", null, "p");
  const outer = new $InvalidOperationException("outer", inner);
  assert.ok(outer instanceof Error);
  assert.equal(outer.InnerException, inner);
  assert.equal(outer.GetBaseException(), inner);
  assert.equal(outer.name, "System.InvalidOperationException");
  assert.equal(outer.message, "outer");
  assert.equal(inner.ParamName, "p");
  assert.match(outer.toString(), /^System.InvalidOperationException: outer\n ---> System.ArgumentException: bad \(Parameter 'p'\)\n   --- End of inner exception stack trace ---$/);
  let thrown;
  try { throw outer; } catch (e) { thrown = e; }
  assert.match(thrown.StackTrace ?? "", /^   at /);
  class MyError extends $Exception { static $name = "MyError"; static $fullName = "App.MyError"; }
  assert.equal(new MyError().Message, "Exception of type 'App.MyError' was thrown.");
});

test("Console output goes to stdout in order and $runMain returns normally", () => {
  const r = runProgram(`await rt.$runMain(() => { rt.$Console.Write("a"); rt.$Console.WriteLine("b"); rt.$Console.WriteLine(); rt.$Console.WriteLine("c"); });`);
  assert.equal(r.stdout, "ab\n\nc\n");
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
});

test("a faulted task nobody awaits does not end the program, as .NET ignores unobserved task exceptions", () => {
  const r = runProgram(`await rt.$runMain(async () => {
    const early = Promise.reject(new ex.$InvalidOperationException("unobserved"));
    const late = Promise.reject(new ex.$FormatException("awaited later"));
    await new Promise(resolve => setTimeout(resolve, 20));
    try { await late; } catch (e) { rt.$Console.WriteLine("caught " + e.Message); }
    rt.$Console.WriteLine("still running");
  });`);
  assert.equal(r.stdout, "caught awaited later\nstill running\n");
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
});

test("an exception escaping Main is reported on stderr after stdout is flushed, with exit code 1", () => {
  const r = runProgram(`await rt.$runMain(() => { rt.$Console.WriteLine("before"); throw new ex.$FormatException("bad input"); });`);
  assert.equal(r.stdout, "before\n");
  assert.equal(r.stderr, "Unhandled exception. System.FormatException: bad input\n");
  assert.equal(r.status, 1);
});

test("async Main is awaited, its exceptions are reported, and an int result becomes the exit code", () => {
  const a = runProgram(`await rt.$runMain(async () => { await new Promise(r => setTimeout(r, 5)); rt.$Console.WriteLine("late"); });`);
  assert.equal(a.stdout, "late\n");
  assert.equal(a.status, 0);
  const b = runProgram(`await rt.$runMain(async () => { await null; null.boom; });`);
  assert.equal(b.stderr, "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n");
  assert.equal(b.status, 1);
  const c = runProgram(`await rt.$runMain(() => 3);`);
  assert.equal(c.status, 3);
});

test("Console.Error writes after flushing stdout, so interleaving is kept", () => {
  const r = runProgram(`await rt.$runMain(() => { rt.$Console.WriteLine("1"); rt.$Console.Error.WriteLine("2"); rt.$Console.WriteLine("3"); });`);
  assert.equal(r.stdout, "1\n3\n");
  assert.equal(r.stderr, "2\n");
});

test("output still pending when the program calls process.exit is flushed", () => {
  const r = runProgram(`await rt.$runMain(() => { rt.$Console.WriteLine("kept"); process.exit(2); });`);
  assert.equal(r.stdout, "kept\n");
  assert.equal(r.status, 2);
});

test("large output is written completely", () => {
  const r = runProgram(`await rt.$runMain(() => { for (let i = 0; i < 20000; i++) rt.$Console.WriteLine("line " + i); });`);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines.length, 20000);
  assert.equal(lines[19999], "line 19999");
});

test("a boxed float prints, compares and formats with single precision", async () => {
  const { $BoxedFloat } = await import("../../../compiler/Runtime/object.mjs");
  const { $format } = await import("../../../compiler/Runtime/format.mjs");
  const f = new $BoxedFloat(Math.fround(0.1));
  assert.equal($toString(f), "0.1");
  assert.equal($format("{0} {0:R} {0:F3}", [f]), "0.1 0.1 0.100");
  assert.ok($equals(f, new $BoxedFloat(Math.fround(0.1))));
  assert.ok(!$equals(f, Math.fround(0.1)));
  assert.equal($compare(f, new $BoxedFloat(1)), -1);
});
