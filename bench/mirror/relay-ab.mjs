// Paired A/B of the uncached manifest relay (bench/README.md, "Mirror", the relay row): the seed's Worker and one
// or more bundles of ours (CACHE=off), all in ONE workerd, against one nginx serving a tag manifest. Scratch
// bundles of ours must sit in the repository's dist/ (the Worker imports ../html/index.html).
//
//   node bench/mirror/relay-ab.mjs [--rounds 5] [--seconds 5] [--conns 32] name=dist/worker.js [name2=dist/other.js …]
//       wrk rounds, targets interleaved (order alternating): requests/s, paired ratios to the seed's round,
//       workerd user and system CPU per request (/proc). On shared, loaded cores the ratios move a lot: read them
//       over many rounds, or use the modes below, which the load does not change.
//   … --v8flags --trace-gc      young-generation bytes allocated per request, per isolate (from V8's GC trace)
//   … --callgrind 300 [--cg-warm 2500] [--cg-rounds 2]
//       workerd under callgrind (cache and branch simulation), each target warmed up uninstrumented until V8
//       has optimized its code, then per request: instructions (Ir), L1 instruction misses (I1mr), data misses
//       (D1mr/D1mw), mispredicted conditional and indirect branches (Bcm, Bim)
//   … --profile                 a V8 CPU profile and a sampled allocation profile of each target (inspector),
//       written to dist/relay-ab-<name>.cpuprofile and .heap.json (the inspector itself costs each console.log)
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { args, children, compatibilityDate, freePort, option, root, run, startNginx, workerdBinary, wranglerBundle } from "../lib.mjs";

const rounds = Number(option("--rounds", "5"));
const seconds = Number(option("--seconds", "5"));
const conns = Number(option("--conns", "32"));
const bundles = args.filter((a) => a.includes("=") && !a.startsWith("--")).map((a) => a.split("="));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "relay-ab-"));
process.on("SIGINT", () => process.exit(130));
process.on("exit", () => { if (!args.includes("--keep")) fs.rmSync(work, { recursive: true, force: true }); });
const here = path.join(root, "bench", "mirror");
// A manifest shaped like run.mjs's (a config and five layers); its digests name nothing, as only its bytes are relayed.
const fakeDigest = (i) => "sha256:" + createHash("sha256").update(String(i)).digest("hex");
const manifest = Buffer.from(JSON.stringify({
  schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json",
  config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: fakeDigest(0), size: 95 },
  layers: [4, 3, 2, 2, 1].map((mib, i) => ({ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: fakeDigest(i + 1), size: mib << 20 })),
}));
fs.mkdirSync(path.join(work, "up/manifests"), { recursive: true });
fs.writeFileSync(path.join(work, "up/manifests/latest"), manifest);
const digest = "sha256:" + createHash("sha256").update(manifest).digest("hex");
const nginxPort = await freePort();
// As run.mjs's nginx: one connection serves every request of a run (keepalive_requests).
startNginx(work, nginxPort, `location ~ ^/v2/.+/manifests/latest$ {
      default_type application/vnd.oci.image.manifest.v1+json; add_header Docker-Content-Digest ${digest}; alias ${work}/up/manifests/latest;
    }`, "keepalive_requests 1000000;");
const upstream = `http://127.0.0.1:${nginxPort}`;
fs.mkdirSync(path.join(work, "seed"));
fs.writeFileSync(path.join(work, "seed", "seed-worker.js"),
  fs.readFileSync(path.join(here, "seed-worker.js"), "utf8").replace("127.0.0.1:18099", `127.0.0.1:${nginxPort}`));
fs.copyFileSync(path.join(here, "docker-stub.html"), path.join(work, "seed", "docker-stub.html"));
const keepNames = /^keep_names\s*=\s*(true|false)/m.exec(fs.readFileSync(path.join(root, "wrangler.toml"), "utf8"));
const extraToml = (keepNames ? `keep_names = ${keepNames[1]}\n` : "") + `[[rules]]\ntype = "Text"\nglobs = ["**/*.html"]\nfallthrough = true\n`;
const bundle = (name, main) => wranglerBundle({ dir: path.join(work, "bundle-" + name), name: "ab-" + name, main, configDir: work, extraToml });
const targets = [["seed", path.join(work, "seed", "seed-worker.js")], ...bundles];
const ports = {};
const services = [];
for (const [name, main] of targets) {
  ports[name] = await freePort();
  const modules = bundle(name, path.resolve(main));
  services.push(name === "seed"
    ? `(name = "seed", worker = (modules = [ ${modules} ], compatibilityDate = "${compatibilityDate}", globalOutbound = "internet"))`
    : `(name = "${name}", worker = (modules = [ ${modules} ], compatibilityDate = "${compatibilityDate}", bindings = [
        (name = "UPSTREAM", text = "${upstream}"), (name = "REGISTRIES", text = "{}"), (name = "FALLBACK", text = "[]"),
        (name = "CACHE", text = "off") ], globalOutbound = "internet", cacheApiOutbound = "internet"))`);
}
fs.writeFileSync(path.join(work, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  ${option("--v8flags") ? `v8Flags = [ ${option("--v8flags").split(",").map((f) => JSON.stringify(f)).join(", ")} ],` : ""}
  services = [ ${services.join(",\n")},
    (name = "internet", network = (allow = ["public", "private", "local"])) ],
  sockets = [ ${targets.map(([n]) => `(name = "${n}", address = "127.0.0.1:${ports[n]}", http = (), service = "${n}")`).join(",\n")} ],
);`);
const inspectPort = args.includes("--profile") ? await freePort() : 0;
const cg = Number(option("--callgrind", "0"));
const workerd = cg ? spawn("valgrind", ["--tool=callgrind", "--cache-sim=yes", "--branch-sim=yes", "--smc-check=all-non-file", "--dump-instr=no", "--instr-atstart=no",
    `--callgrind-out-file=${work}/cg.out`, workerdBinary, "serve", "config.capnp", "--experimental"],
    { cwd: work, stdio: ["ignore", fs.openSync(path.join(work, "workerd.out"), "w"), fs.openSync(path.join(work, "workerd.err"), "w")] })
  : spawn(workerdBinary, ["serve", "config.capnp", "--experimental", ...(inspectPort ? ["-i", `127.0.0.1:${inspectPort}`] : [])],
  { cwd: work, stdio: ["ignore", fs.openSync(path.join(work, "workerd.out"), "w"), fs.openSync(path.join(work, "workerd.err"), "w")] });
children.push(workerd);
const accept = "application/vnd.oci.image.manifest.v1+json";
const mp = "/v2/bench/app/manifests/latest";
for (let i = 0; ; i++) {
  try { for (const [n] of targets) { const r = await fetch(`http://127.0.0.1:${ports[n]}${mp}`, { headers: { accept } }); const b = await r.text(); if (r.status !== 200 || b !== manifest.toString()) throw new Error(n + " wrong " + r.status); } break; }
  catch (e) { if (i > 300) throw e; await new Promise((r) => setTimeout(r, 100)); }
}
console.log("workerd pid", workerd.pid, "work", work);
const ticks = () => { const f = fs.readFileSync(`/proc/${workerd.pid}/stat`, "utf8").split(") ")[1].split(" "); return [Number(f[11]), Number(f[12])]; };
const clk = Number(run("getconf", ["CLK_TCK"]).trim()) || 100;
if (cg) {
  // Deterministic per-request costs: instructions, simulated cache misses and branch mispredictions, N sequential
  // keep-alive requests per target after a warm-up, counters zeroed and dumped around them.
  const http = await import("node:http");
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const get = (port) => new Promise((resolve, reject) => http.get({ host: "127.0.0.1", port, path: mp, agent, headers: { accept } },
    (r) => { r.resume(); r.on("end", () => r.statusCode === 200 ? resolve() : reject(new Error("status " + r.statusCode))); }).on("error", reject));
  const burst = async (port, n) => { let i = 0; await Promise.all([0, 1, 2, 3].map(async () => { while (i++ < n) await get(port); })); };
  // Warm every target up uninstrumented (valgrind runs it several times faster) until V8 has optimized its code.
  for (const [n] of targets) { const t0 = Date.now(); await burst(ports[n], Number(option("--cg-warm", "200"))); console.log("warmed", n, Date.now() - t0, "ms"); }
  for (const r of Array.from({ length: Number(option("--cg-rounds", "1")) }, (_, i) => i)) for (const [n] of r % 2 ? [...targets].reverse() : targets) {
    await burst(ports[n], 100);
    run("callgrind_control", ["-i", "on", String(workerd.pid)]);
    run("callgrind_control", ["-z", String(workerd.pid)]);
    await burst(ports[n], cg);
    run("callgrind_control", ["-d", `${n}-${r}`, String(workerd.pid)]);
    run("callgrind_control", ["-i", "off", String(workerd.pid)]);
    await new Promise((r) => setTimeout(r, 500));
    const file = fs.readdirSync(work).filter((f) => f.startsWith("cg.out.")).map((f) => path.join(work, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    const text = fs.readFileSync(file, "utf8");
    const names = /^events: (.*)$/m.exec(text)[1].split(" ");
    const totals = (/^summary: (.*)$/m.exec(text) ?? /^totals: (.*)$/m.exec(text))[1].split(" ").map(Number);
    const per = Object.fromEntries(names.map((e, i) => [e, totals[i] / cg]));
    console.log(n, r, names.map((e) => `${e} ${Math.round(per[e])}`).join("  "));
  }
  process.exit(0);
}
// A warm-up run per target (its requests count for the allocation figures, which cover the whole run).
const total = Object.fromEntries(targets.map(([n]) => [n, 1]));
for (const [n] of targets) total[n] += Number(/(\d+) requests in/.exec(run("wrk", ["-t2", `-c${conns}`, "-d2s", "-H", `Accept: ${accept}`, `http://127.0.0.1:${ports[n]}${mp}`]))[1]);
if (inspectPort) {
  const list = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  for (const [n] of targets) {
    const target = list.find((t) => t.title === n || t.id === n || JSON.stringify(t).includes(`"${n}"`));
    if (!target) { console.log("no target", n, JSON.stringify(list)); continue; }
    const ws = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((r) => ws.addEventListener("open", r));
    let id = 0; const pending = new Map();
    ws.addEventListener("message", (ev) => { const m = JSON.parse(ev.data); if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); } });
    const call = (method, params = {}) => new Promise((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
    await call("Profiler.enable"); await call("HeapProfiler.enable");
    await call("Profiler.setSamplingInterval", { interval: 100 });
    await call("HeapProfiler.startSampling", { samplingInterval: 64, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    await call("Profiler.start");
    const out = run("wrk", ["-t2", `-c${conns}`, `-d${seconds}s`, "-H", `Accept: ${accept}`, `http://127.0.0.1:${ports[n]}${mp}`]);
    const reqs = Number(/(\d+) requests in/.exec(out)[1]);
    const cpu = await call("Profiler.stop");
    const heap = await call("HeapProfiler.stopSampling");
    fs.writeFileSync(path.join(root, "dist", `relay-ab-${n}.cpuprofile`), JSON.stringify(cpu.result.profile));
    fs.writeFileSync(path.join(root, "dist", `relay-ab-${n}.heap.json`), JSON.stringify({ reqs, profile: heap.result.profile }));
    console.log("profiled", n, reqs, "requests");
    ws.close();
  }
  process.exit(0);
}
const res = Object.fromEntries(targets.map(([n]) => [n, []]));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...targets].reverse() : targets;
  for (const [n] of order) {
    const [u0, s0] = ticks();
    const out = run("wrk", ["-t2", `-c${conns}`, `-d${seconds}s`, "-H", `Accept: ${accept}`, `http://127.0.0.1:${ports[n]}${mp}`]);
    const [u1, s1] = ticks();
    const reqs = Number(/(\d+) requests in/.exec(out)[1]);
    const non = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
    if (non) throw new Error(n + ": non-2xx " + non[1]);
    total[n] += reqs;
    res[n].push({ rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1]), user: (u1 - u0) * 1e6 / clk / reqs, sys: (s1 - s0) * 1e6 / clk / reqs });
  }
  console.log(`round ${r}: ` + targets.map(([n]) => `${n} ${res[n][r].rps.toFixed(0)} (${res[n][r].user.toFixed(0)}+${res[n][r].sys.toFixed(0)}µs)`).join("  "), " load", os.loadavg()[0].toFixed(1));
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const gm = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
console.log("\n| target | rps median | paired ratio vs seed (median / geomean) | per-round ratios | user µs/req | sys µs/req | cpu ratio |");
for (const [n] of targets) {
  const ratios = res[n].map((x, i) => x.rps / res.seed[i].rps);
  const cpu = med(res[n].map((x) => x.user + x.sys)), cpuSeed = med(res.seed.map((x) => x.user + x.sys));
  console.log(`| ${n} | ${med(res[n].map((x) => x.rps)).toFixed(0)} | ${med(ratios).toFixed(3)} / ${gm(ratios).toFixed(3)} | ${ratios.map((x) => x.toFixed(2)).join(" ")} | ${med(res[n].map((x) => x.user)).toFixed(1)} | ${med(res[n].map((x) => x.sys)).toFixed(1)} | ${(cpu / cpuSeed).toFixed(3)} |`);
}
console.log("requests", JSON.stringify(total));
if (option("--v8flags", "").includes("trace-gc")) {
  // Young-generation allocation per isolate from the trace: each GC's "before" minus the previous GC's "after".
  const lines = fs.readFileSync(path.join(work, "workerd.out"), "utf8").split("\n");
  const iso = new Map();
  for (const l of lines) {
    const m = /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: (\S+(?: \(\S+\))?)[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+)/.exec(l);
    if (!m) continue;
    const e = iso.get(m[1]) ?? { first: Number(m[2]), n: 0, alloc: 0, last: null, kinds: {} };
    if (e.last !== null) e.alloc += Number(m[4]) - e.last;
    e.last = Number(m[6]); e.n++; e.kinds[m[3]] = (e.kinds[m[3]] ?? 0) + 1;
    iso.set(m[1], e);
  }
  for (const [k, e] of [...iso].sort((a, b) => a[1].first - b[1].first)) console.log(k, "gcs", e.n, JSON.stringify(e.kinds), "allocated MB", e.alloc.toFixed(1));
}
process.exit(0);
