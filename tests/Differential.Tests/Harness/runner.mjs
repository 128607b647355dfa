// The differential suite's long-lived node process. Each stdin line is {"path": "/abs/Program.mjs"};
// the module runs its Main at top level (top-level await), so importing it returns when Main is done.
// Everything it writes to process.stdout/stderr is captured, and the answer is one JSON line on the
// real stdout: {"stdout", "stderr", "exitCode", "loadError"}.
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const realStdoutWrite = process.stdout.write.bind(process.stdout);
const realStderrWrite = process.stderr.write.bind(process.stderr);
let current = null;

function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

function capturing(stream, passThrough) {
  return (chunk, encoding, callback) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    // Output written after a module finished (a timer left behind) belongs to no program: keep it visible.
    if (current) current[stream] += text; else passThrough(text);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(done);
    return true;
  };
}

process.stdout.write = capturing("stdout", realStderrWrite);
process.stderr.write = capturing("stderr", realStderrWrite);

// A fault outside Main's promise chain must not take the runner (and every later program) down.
for (const event of ["uncaughtException", "unhandledRejection"]) {
  process.on(event, (error) => {
    const text = `runner: ${event}: ${describe(error)}\n`;
    if (current) current.stderr += text; else realStderrWrite(text);
  });
}

// node caches a module by URL: a second run of the same file (EveryProgram reruns a timer-driven program that
// disagreed) would return the cached module without running Main, so every import gets a URL of its own.
let runs = 0;

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { path } = JSON.parse(line);
  current = { stdout: "", stderr: "" };
  process.exitCode = 0;
  let loadError = null;
  try {
    await import(`${pathToFileURL(path).href}?run=${++runs}`);
  } catch (error) {
    loadError = describe(error);
  }
  const answer = { ...current, exitCode: process.exitCode ?? 0, loadError };
  current = null;
  process.exitCode = 0;
  realStdoutWrite(JSON.stringify(answer) + "\n");
}
