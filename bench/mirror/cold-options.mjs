// The cold-blob options side by side (bench/README.md, "Mirror", the paragraph under the blob table): one nginx
// upstream with a 256 MiB blob, one `workerd serve` running bench/mirror/cold-options-worker.js (each design in
// plain JS) and, with --bundle, our compiled Worker (and with --before, an older build of it), the Cache API
// answered by bench/mirror/cache-server.mjs. Every round downloads the blob once per row, the rows interleaved
// (order alternating), the cache purged before each; a node client hashes every byte, as in run.mjs.
// Per row: the client's MiB/s (median, and its ratio to direct), workerd's CPU while the client downloads, and
// its CPU until the store is done (for our Worker: until the blob answers X-Cache: HIT).
//
//   node bench/mirror/cold-options.mjs [--rounds 5] [--bundle dist/worker.js] [--before dist/old.js] [--rows a,b,…]
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { args, children, cleanup, compatibilityDate, freePort, MiB, option, root, startNginx, workerdBinary, wranglerBundle } from "../lib.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const rounds = Number(option("--rounds", "5"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "edgemirror-cold-options-"));
process.on("SIGINT", () => process.exit(130));
process.on("exit", () => fs.rmSync(work, { recursive: true, force: true })); // the blob is 256 MiB: never left behind
const log = (...a) => console.log("[cold]", ...a);

// The blob, written as run.mjs writes its 256 MiB one.
fs.mkdirSync(path.join(work, "blobs"));
const chunk = Buffer.alloc(MiB);
const hash = createHash("sha256");
const fd = fs.openSync(path.join(work, "blobs", "tmp"), "w");
for (let i = 0; i < 256; i++) {
  for (let j = 0; j < MiB; j += 4) chunk.writeUInt32LE(((i * 2654435761) ^ (j * 40503) ^ 256) >>> 0, j);
  hash.update(chunk);
  fs.writeSync(fd, chunk);
}
fs.closeSync(fd);
const digest = "sha256:" + hash.digest("hex");
fs.renameSync(path.join(work, "blobs", "tmp"), path.join(work, "blobs", digest));

const ports = { nginx: await freePort(), cache: await freePort(), options: await freePort(), ours: await freePort(), before: await freePort() };
startNginx(work, ports.nginx, `location = /v2/ { return 200 '{}'; }
    location ~ "^/v2/.+/blobs/(sha256:[0-9a-f]{64})$" {
      default_type application/octet-stream; add_header Docker-Content-Digest $1; alias ${work}/blobs/$1;
    }`);
children.push(spawn(process.execPath, [path.join(here, "cache-server.mjs"), String(ports.cache)], { stdio: ["ignore", "ignore", "inherit"] }));

const upstream = `http://127.0.0.1:${ports.nginx}`;
const bundles = { ours: option("--bundle"), before: option("--before") };
const keepNames = /^keep_names\s*=\s*(true|false)/m.exec(fs.readFileSync(path.join(root, "wrangler.toml"), "utf8"));
const extraToml = (keepNames ? `keep_names = ${keepNames[1]}\n` : "") + `[[rules]]\ntype = "Text"\nglobs = ["**/*.html"]\nfallthrough = true\n`;
const ourService = (name) => {
  const modules = wranglerBundle({ dir: path.join(work, "bundle-" + name), name: "cold-" + name, main: path.resolve(bundles[name]), configDir: work, extraToml });
  return `(name = "${name}", worker = (modules = [ ${modules} ], compatibilityDate = "${compatibilityDate}",
    bindings = [ (name = "UPSTREAM", text = "${upstream}"), (name = "REGISTRIES", text = "{}"), (name = "FALLBACK", text = "[]") ],
    globalOutbound = "internet", cacheApiOutbound = "cache")),`;
};
fs.copyFileSync(path.join(here, "cold-options-worker.js"), path.join(work, "cold-options-worker.js"));
const ours = Object.keys(bundles).filter((name) => bundles[name]);
if (ours.length > 0) log("bundling with wrangler deploy --dry-run…");
fs.writeFileSync(path.join(work, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "options", worker = (modules = [ (name = "cold-options-worker.js", esModule = embed "cold-options-worker.js") ],
      compatibilityDate = "${compatibilityDate}", bindings = [ (name = "UPSTREAM", text = "${upstream}") ],
      globalOutbound = "internet", cacheApiOutbound = "cache")),
    ${ours.map(ourService).join("\n    ")}
    (name = "cache", external = (address = "127.0.0.1:${ports.cache}", http = ())),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [
    ${["options", ...ours].map((name) => `(name = "${name}", address = "127.0.0.1:${ports[name]}", http = (), service = "${name}")`).join(",\n    ")}
  ],
);`);
const workerd = spawn(workerdBinary, ["serve", "config.capnp", "--experimental"], { cwd: work, stdio: ["ignore", "ignore", "inherit"] });
children.push(workerd);
const local = (port) => `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    for (const port of [ports.options, ports.cache, ports.nginx, ...ours.map((n) => ports[n])]) await fetch(local(port) + "/v2/");
    break;
  } catch {
    if (i > 200) throw new Error("workerd, nginx or the cache did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}

// workerd's CPU time (user + system), in ms.
const cpuMs = () => {
  const fields = fs.readFileSync(`/proc/${workerd.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 1000 / 100;
};
const blobPath = `/v2/bench/big/blobs/${digest}`;
async function download(url) {
  const started = performance.now();
  const response = await fetch(url).catch(() => fetch(url));
  const h = createHash("sha256");
  let bytes = 0;
  for await (const part of response.body) { bytes += part.length; h.update(part); }
  if (response.status !== 200 || bytes !== 256 * MiB || "sha256:" + h.digest("hex") !== digest) throw new Error(`${url}: wrong answer`);
  return { mibs: 256 / ((performance.now() - started) / 1000), xcache: response.headers.get("x-cache") };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Until the store is done: the options worker says so at /status, ours answers X-Cache: HIT.
async function stored(row) {
  for (let i = 0; i < 600; i++) {
    if (row === "direct") return true;
    if (ours.includes(row)) {
      const r = await fetch(local(ports[row]) + blobPath, { method: "HEAD" });
      if (r.headers.get("x-cache") === "HIT") return true;
    } else {
      const status = await (await fetch(local(ports.options) + "/status")).json();
      if (status.done) return status.ok;
    }
    await sleep(50);
  }
  return false;
}
const optionRows = ["relay", "relay-piped", "tee-cancelled", "tee-piped", "tee-native", "second-download-concurrent", "second-download-after"];
const rows = (option("--rows")?.split(",")) ?? ["direct", ...optionRows, ...ours];
const results = Object.fromEntries(rows.map((row) => [row, []]));
log("%d rounds of %s", rounds, rows.join(", "));
for (let round = 0; round < rounds; round++) {
  for (const row of round % 2 ? [...rows].reverse() : rows) {
    await fetch(local(ports.cache) + "/purge-all", { method: "DELETE" });
    await sleep(300); // the cache server lets go of the last copy
    const before = cpuMs();
    const url = row === "direct" ? upstream + blobPath : ours.includes(row) ? local(ports[row]) + blobPath : `${local(ports.options)}/${row}${blobPath}`;
    const d = await download(url);
    const during = cpuMs() - before;
    const ok = await stored(row);
    results[row].push({ mibs: d.mibs, during, total: cpuMs() - before, ok });
  }
}
cleanup();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const direct = median(results.direct?.map((r) => r.mibs) ?? [NaN]);
console.log(`\n| option (${rounds} rounds, interleaved) | MiB/s (median) | vs direct | rounds | workerd CPU while the client downloads | … until stored | stored and verified |`);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
for (const row of rows) {
  const rs = results[row];
  const mibs = median(rs.map((r) => r.mibs));
  console.log(`| ${row} | ${mibs.toFixed(0)} | ${(mibs / direct).toFixed(2)}× | ${rs.map((r) => r.mibs.toFixed(0)).join(" / ")} | ` +
    `${median(rs.map((r) => r.during)).toFixed(0)} ms | ${median(rs.map((r) => r.total)).toFixed(0)} ms | ${rs.every((r) => r.ok) ? "yes" : "NO"} |`);
}
console.log(`\nload average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
