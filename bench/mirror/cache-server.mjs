// The Cache API backend for the benchmark's blob and pull rows: a node HTTP server (native parsing, bodies
// kept in 1 MiB pieces) in a process of its own, answering what workerd's cacheApiOutbound sends
// (the protocol of cache-service.js, which stays the in-process backend of the manifest rows):
//   GET <key>   → the stored response with CF-Cache-Status: HIT, or 504 with CF-Cache-Status: MISS
//   PUT <key>   → the body is the response serialized as HTTP/1.1 (status line, headers, blank line, body)
//   PURGE <key> → delete
//   DELETE /purge-all (on any key's host) → forget everything, so cold runs can be repeated
// Why not workerd: Cloudflare's cache is a native service off the Worker's thread and cores; a JS Worker in a
// second workerd reading every chunk through promises took about twice the CPU of this server on the cores the
// Worker and the client share.
//   node cache-server.mjs <port>
import http from "node:http";

const entries = new Map();
const port = Number(process.argv[2]);

function store(key, chunks) {
  const all = Buffer.concat(chunks.slice(0, 4));
  const end = all.indexOf("\r\n\r\n");
  if (end < 0) throw new Error("no HTTP head in the first chunks");
  const [statusLine, ...lines] = all.subarray(0, end).toString("latin1").split("\r\n");
  const headers = lines.map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]);
  // The body: the rest of the first chunks, then the others as they came (no copy of the bulk).
  const headLength = end + 4;
  const body = [];
  let offset = 0; // bytes of the request body before the current chunk
  for (const chunk of chunks) {
    const start = offset;
    offset += chunk.length;
    if (offset <= headLength) continue;
    body.push(start >= headLength ? chunk : chunk.subarray(headLength - start));
  }
  entries.set(key, { status: Number(statusLine.split(" ")[1]), headers, body: pieces(body) });
}

// Served in 1 MiB pieces, as a native cache hands out large reads: a hit sent as the 64 KiB chunks a PUT arrives
// in made the Worker's side of every hit pay for sixteen times as many reads. (One native copy, once the PUT is in.)
function pieces(chunks) {
  const out = [];
  let group = [], size = 0;
  for (const chunk of chunks) {
    group.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) { out.push(Buffer.concat(group, size)); group = []; size = 0; }
  }
  if (size > 0) out.push(Buffer.concat(group, size));
  return out;
}

// Everything queued at once: the pieces are the stored Buffers themselves (no copy), and the socket drains them
// without a JS round trip per piece.
function send(res, entry) {
  res.writeHead(entry.status, [...entry.headers.flat(), "cf-cache-status", "HIT"]);
  for (const chunk of entry.body) res.write(chunk);
  res.end();
}

http.createServer((req, res) => {
  const key = `http://${req.headers.host}${req.url}`;
  if (req.method === "DELETE" && req.url === "/purge-all") {
    const deleted = entries.size;
    entries.clear();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ deleted }));
    return;
  }
  if (req.method === "PUT") {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try { store(key, chunks); res.writeHead(204).end(); }
      catch (e) { res.writeHead(400).end(String(e)); }
    });
    return;
  }
  if (req.method === "PURGE") { res.writeHead(entries.delete(key) ? 200 : 404).end(); return; }
  const entry = entries.get(key);
  if (!entry) { res.writeHead(504, { "cf-cache-status": "MISS" }).end(); return; }
  send(res, entry);
}).listen(port, "127.0.0.1");
