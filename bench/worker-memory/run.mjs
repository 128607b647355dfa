// Worker memory benchmark (issue 3): streams a 1 GiB blob through the compiled Worker running in
// `workerd serve` and reports how much workerd's resident memory grows. The Worker must stream
// (never buffer), so growth should stay far below the blob size; the goal is < 64 MiB.
//
//   node bench/worker-memory/run.mjs [--size-mib 1024] [--bundle dist/worker.js] [--no-readme]
//
// Without --bundle it compiles worker-src with cs2js first. The bundle is made by
// `wrangler deploy --dry-run --outdir` (as DESIGN.md asks for benchmarks), run by the workerd binary
// from npm on 127.0.0.1, against an upstream in this process that serves the blob without auth.
// Results are printed and written to bench/README.md under "## Worker memory" (only that section).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { args, children, cleanup, compatibilityDate, compileWorker, freePort, option, rssBytes, workerdBinary, wranglerBundle,
  writeReadmeSection } from "../lib.mjs";

const sizeMiB = Number(option("--size-mib", "1024"));
const writeReadme = !args.includes("--no-readme");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "edgemirror-bench-memory-"));

// 1. The Worker module: compiled from worker-src (or given), laid out as dist/ beside html/.
let script = option("--bundle");
if (!script) {
  console.log("compiling worker-src with cs2js…");
  script = compileWorker(work, "art-bench-memory");
}
script = path.resolve(script);

// 2. One bundle, the way `wrangler deploy` would upload it.
const modules = wranglerBundle({ dir: path.join(work, "bundle"), name: "edgemirror-bench", main: script, configDir: work });

// 3. The upstream: a registry without auth serving one blob of sizeMiB, generated as it streams.
const chunk = Buffer.alloc(1 << 20);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 2654435761) >>> 24;
const hash = createHash("sha256");
for (let i = 0; i < sizeMiB; i++) hash.update(chunk);
const digest = "sha256:" + hash.digest("hex");
const totalBytes = sizeMiB * chunk.length;
const upstreamPort = await freePort();
const upstream = http.createServer((req, res) => {
  if (req.url === "/v2/" || req.url === "/v2") { res.writeHead(200, { "content-type": "application/json" }); return res.end("{}"); }
  if (req.url !== `/v2/bench/big/blobs/${digest}`) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": totalBytes, "docker-content-digest": digest });
  if (req.method === "HEAD") return res.end();
  let sent = 0;
  const pump = () => {
    while (sent < sizeMiB) { sent++; if (!res.write(chunk)) return res.once("drain", pump); }
    res.end();
  };
  pump();
}).listen(upstreamPort, "127.0.0.1");

// 4. workerd serve with a config of its own (the Worker may reach 127.0.0.1).
const workerPort = await freePort();
const capnp = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .mirror),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${workerPort}", http = (), service = "main") ],
);
const mirror :Workerd.Worker = (
  modules = [ ${modules} ],
  compatibilityDate = "${compatibilityDate}",
  bindings = [
    (name = "UPSTREAM", text = "http://127.0.0.1:${upstreamPort}"),
    (name = "REGISTRIES", text = "{\\"bench.test\\":\\"http://127.0.0.1:${upstreamPort}\\"}"),
    (name = "FALLBACK", text = "[]"),
  ],
  globalOutbound = "internet",
);
`;
fs.writeFileSync(path.join(work, "config.capnp"), capnp);
const workerd = spawn(workerdBinary,
  ["serve", "config.capnp", "--experimental"], { cwd: work, stdio: ["ignore", "inherit", "inherit"] });
children.push(workerd);
const base = `http://127.0.0.1:${workerPort}`;
for (let i = 0; ; i++) {
  try { await fetch(base + "/robots.txt"); break; } catch { if (i > 100) throw new Error("workerd did not start"); await new Promise((r) => setTimeout(r, 100)); }
}

const rss = () => rssBytes(workerd.pid);
const blobUrl = `${base}/v2/bench.test/bench/big/blobs/${digest}`;

// Warm up (JIT, first fetch), then measure one full download while sampling RSS every 50 ms.
await (await fetch(`${base}/v2/bench.test/bench/big/manifests/latest`)).arrayBuffer();
const baseline = rss();
let peak = baseline;
const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 50);
const started = performance.now();
const response = await fetch(blobUrl);
if (response.status !== 200) throw new Error(`blob answered ${response.status}: ${await response.text()}`);
const check = createHash("sha256");
let received = 0;
for await (const part of response.body) { received += part.length; check.update(part); }
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, rss());
const ok = received === totalBytes && "sha256:" + check.digest("hex") === digest;
upstream.close();
cleanup();

const mib = (b) => (b / (1 << 20)).toFixed(1);
const growth = peak - baseline;
const result = {
  blobMiB: sizeMiB, received: received, digestOk: ok, seconds: Number(seconds.toFixed(1)),
  mibPerSecond: Number((received / (1 << 20) / seconds).toFixed(1)),
  baselineRssMiB: Number(mib(baseline)), peakRssMiB: Number(mib(peak)), growthMiB: Number(mib(growth)),
  goalMiB: 64, pass: ok && growth < 64 * (1 << 20),
};
console.log(JSON.stringify(result, null, 2));

if (writeReadme) {
  const section = [
    "## Worker memory",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/worker-memory/run.mjs\`: one ${sizeMiB} MiB blob streamed through the`,
    "compiled Worker in `workerd serve` (bundle from `wrangler deploy --dry-run`) from a local upstream, workerd's",
    "resident memory (VmRSS) sampled every 50 ms. Goal: growth below 64 MiB (the Worker streams, never buffers).",
    "",
    "| blob | bytes received, digest | time | throughput | workerd RSS before | peak | growth | goal |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${sizeMiB} MiB | ${received} B, ${ok ? "matches" : "MISMATCH"} | ${result.seconds} s | ${result.mibPerSecond} MiB/s | ${result.baselineRssMiB} MiB | ${result.peakRssMiB} MiB | **${result.growthMiB} MiB** | < 64 MiB ${result.pass ? "✔" : "✘"} |`,
    "",
  ].join("\n");
  writeReadmeSection("## Worker memory", section);
  console.log("written to bench/README.md (## Worker memory)");
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(result.pass ? 0 : 1);
