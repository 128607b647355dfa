// What the benchmark scripts share: their options, child processes that end with the script, free ports,
// tool runs, the compiled Worker, bundles for `workerd serve` made by `wrangler deploy --dry-run`,
// workerd's resident memory and their section of bench/README.md.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const args = process.argv.slice(2);
export const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
export const MiB = 1 << 20;
export const workerdBinary = path.join(root, "node_modules/@cloudflare/workerd-linux-64/bin/workerd");

/** Processes killed when the script exits, however it exits: push every child spawned. */
export const children = [];
export const cleanup = () => { for (const c of children) try { c.kill("SIGKILL"); } catch {} };
process.on("exit", cleanup);

export const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
});

/** Runs a tool to completion and returns its stdout; a non-zero exit throws with everything it printed. */
export function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * MiB, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Compiles worker-src with cs2js into dir/dist/worker.js, with html/ beside dist/ as the Worker expects. */
export function compileWorker(dir, artifactsName) {
  fs.mkdirSync(path.join(dir, "dist"), { recursive: true });
  const script = path.join(dir, "dist", "worker.js");
  run("dotnet", ["run", "--project", path.join(root, "compiler"), "--artifacts-path", path.join(os.tmpdir(), artifactsName),
    "--", path.join(root, "worker-src", "Worker.csproj"), "-o", script]);
  fs.cpSync(path.join(root, "html"), path.join(dir, "html"), { recursive: true });
  return script;
}

export const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(fs.readFileSync(path.join(root, "wrangler.toml"), "utf8"))[1];

/** Bundles `main` the way `wrangler deploy` uploads it (--dry-run --outdir dir/out; `extraToml` adds to the
 * generated wrangler.toml) and returns the `modules` list of a workerd config in `configDir` that embeds the
 * bundle: the main module first, then what wrangler wrote beside it (text modules such as the page). */
export function wranglerBundle({ dir, name, main, configDir, extraToml = "" }) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "wrangler.toml"),
    `name = "${name}"\nmain = "${main}"\ncompatibility_date = "${compatibilityDate}"\n${extraToml}`);
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true", CLOUDFLARE_CF_FETCH_ENABLED: "false",
    XDG_CONFIG_HOME: path.join(configDir, ".config") };
  const out = path.join(dir, "out");
  run(process.execPath, [path.join(root, "node_modules/wrangler/bin/wrangler.js"), "deploy", "--dry-run", "--outdir", out], { cwd: dir, env });
  const files = fs.readdirSync(out).filter((f) => !f.endsWith(".map") && !f.endsWith(".json"));
  const mainFile = files.find((f) => f.endsWith(".js"));
  const kind = (f) => f.endsWith(".js") || f.endsWith(".mjs") ? "esModule" : f.endsWith(".wasm") ? "wasm" : "text";
  return [mainFile, ...files.filter((f) => f !== mainFile)]
    .map((f) => `(name = "${f}", ${kind(f)} = embed "${path.relative(configDir, path.join(out, f))}")`)
    .join(", ");
}

/** Starts one nginx (master_process off, so killing it leaves no worker behind) on 127.0.0.1:port with `locations`
 * inside its server block and `http` added to its http block; its pid file, logs and temp files go in `work`. */
export function startNginx(work, port, locations, http = "") {
  const t = path.join(work, "tmp");
  fs.mkdirSync(t, { recursive: true });
  fs.writeFileSync(path.join(work, "nginx.conf"), `user root; master_process off; daemon off; pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_timeout 600s; ${http}
  client_body_temp_path ${t}; proxy_temp_path ${t}; fastcgi_temp_path ${t}; uwsgi_temp_path ${t}; scgi_temp_path ${t};
  server {
    listen 127.0.0.1:${port};
    ${locations}
  }
}`);
  const nginx = spawn("/usr/sbin/nginx", ["-c", path.join(work, "nginx.conf"), "-e", path.join(work, "nginx-error.log")], { stdio: "inherit" });
  children.push(nginx);
  return nginx;
}

/** VmRSS of a process, in bytes. */
export const rssBytes = (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]) * 1024;

/** Replaces the section of bench/README.md that starts with `heading` (up to the next "## ") by `section`, or appends it. */
export function writeReadmeSection(heading, section) {
  const readme = path.join(root, "bench", "README.md");
  let text = fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "# Benchmarks\n\n";
  const start = text.indexOf(heading + "\n");
  if (start >= 0) {
    const next = text.indexOf("\n## ", start + 1);
    text = text.slice(0, start) + section + (next >= 0 ? text.slice(next + 1) : "");
  } else {
    text = text.replace(/\n*$/, "\n\n") + section;
  }
  fs.writeFileSync(readme, text);
}
