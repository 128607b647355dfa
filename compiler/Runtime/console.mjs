// Console output and the program entry. Under node, output is buffered and written with
// process.stdout.write (flushed at exit, before anything goes to stderr, and when large);
// elsewhere (workerd) whole lines go to console.log / console.error.
import { $toException } from "./exceptions.mjs";

const $consoleProcess = globalThis.process;
// workerd with nodejs_compat has a process object too, but no exit event to flush on.
const $consoleIsNode = typeof $consoleProcess?.stdout?.write === "function" && globalThis.navigator?.userAgent !== "Cloudflare-Workers";
// Once Main has finished, writes (from leftover timers) go straight out.
let $consoleMainDone = false;

// One process-wide exit hook flushes whatever writers still hold output (e.g. after process.exit()),
// shared by every compiled module loaded into the process.
function $consoleFlushAtExit(writer) {
  let pending = globalThis.$edgeMirrorPendingWriters;
  if (pending === undefined) {
    pending = globalThis.$edgeMirrorPendingWriters = new Set();
    $consoleProcess.on("exit", () => { for (const w of pending) w.Flush(); });
  }
  pending.add(writer);
}

class $ConsoleWriter {
  constructor(stream, log) {
    this.stream = stream;
    this.log = log;
    this.pending = "";
  }

  Write(value) {
    this.pending += value;
    if (this.stream === "stderr") $Console.Out.Flush();
    if ($consoleIsNode) {
      $consoleFlushAtExit(this);
      if (this.pending.length > 1 << 16 || this.stream === "stderr" || $consoleMainDone) this.Flush();
    } else {
      const end = this.pending.lastIndexOf("\n");
      if (end >= 0) {
        for (const line of this.pending.slice(0, end).split("\n")) this.log(line);
        this.pending = this.pending.slice(end + 1);
      }
    }
  }

  WriteLine(value) { this.Write(value === undefined ? "\n" : value + "\n"); }

  Flush() {
    globalThis.$edgeMirrorPendingWriters?.delete(this);
    if (this.pending.length === 0) return;
    if ($consoleIsNode) $consoleProcess[this.stream].write(this.pending);
    else this.log(this.pending);
    this.pending = "";
  }
}

// Console.Write/WriteLine: templates turn every overload into one string first (see Bcl/ConsoleArea.cs).
export const $Console = {
  Out: new $ConsoleWriter("stdout", (line) => console.log(line)),
  Error: new $ConsoleWriter("stderr", (line) => console.error(line)),
  Write(value) { this.Out.Write(value); },
  WriteLine(value) { this.Out.WriteLine(value); },
};

// Runs Main (sync or async). An escaping exception is reported as .NET does and sets exit code 1;
// an int returned from Main becomes the exit code.
export async function $runMain(main) {
  // .NET ignores a faulted Task nobody awaits (an unobserved exception); node would end the process.
  const unobserved = Symbol.for("cs2js.unobservedTaskExceptions");
  if (typeof $consoleProcess?.on === "function" && !$consoleProcess[unobserved]) {
    $consoleProcess[unobserved] = true;
    $consoleProcess.on("unhandledRejection", () => { });
    $consoleProcess.on("rejectionHandled", () => { }); // awaited later after all: no warning either
  }
  try {
    let result = main();
    if (result !== null && typeof result === "object" && typeof result.then === "function") result = await result;
    $consoleMainDone = true;
    $Console.Out.Flush();
    $Console.Error.Flush();
    if (typeof result === "number" && $consoleProcess) $consoleProcess.exitCode = result;
  } catch (e) {
    const ex = $toException(e);
    $consoleMainDone = true;
    $Console.Out.Flush();
    $Console.Error.Write("Unhandled exception. " + ex.toString() + "\n");
    $Console.Error.Flush();
    if ($consoleProcess) $consoleProcess.exitCode = 1;
    else throw e;
  }
}

// Environment.Exit: output is flushed first; outside node (workerd) there is no process to end.
export function $exit(exitCode) {
  $Console.Out.Flush();
  $Console.Error.Flush();
  if (typeof $consoleProcess?.exit === "function") $consoleProcess.exit(exitCode);
  throw new Error(`Environment.Exit(${exitCode}) is not available here`);
}

export function $getExitCode() { return Number($consoleProcess?.exitCode ?? 0); }

export function $setExitCode(value) { if ($consoleProcess) $consoleProcess.exitCode = value; }
