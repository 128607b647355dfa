// A Cache API backend for `workerd serve` (the Worker's cacheApiOutbound), in memory, for the benchmark:
// on Cloudflare the Cache API is the data centre's cache; under plain workerd something has to answer
// the protocol workerd speaks (what miniflare's cache worker implements):
//   GET <key>   → the stored response with CF-Cache-Status: HIT, or CF-Cache-Status: MISS
//   PUT <key>   → the body is the response serialized as HTTP/1.1 (status line, headers, blank line, body)
//   PURGE <key> → delete
// A second entry point (the "admin" socket) answers DELETE /purge-all, so cold runs can be repeated.
const entries = new Map();

async function readAll(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) { chunks.push(chunk); size += chunk.byteLength; }
  return { chunks, size };
}

function parse(chunks) {
  // Find the blank line that ends the head; it is in the first chunks.
  let head = new Uint8Array(0);
  let index = -1, used = 0;
  while (index < 0 && used < chunks.length) {
    const next = new Uint8Array(head.length + chunks[used].byteLength);
    next.set(head); next.set(chunks[used], head.length);
    head = next; used++;
    for (let i = 0; i + 3 < head.length; i++)
      if (head[i] === 13 && head[i + 1] === 10 && head[i + 2] === 13 && head[i + 3] === 10) { index = i; break; }
  }
  if (index < 0) throw new Error("no HTTP head");
  const [statusLine, ...lines] = new TextDecoder().decode(head.subarray(0, index)).split("\r\n");
  const status = Number(statusLine.split(" ")[1]);
  const headers = lines.map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]);
  return { status, headers, body: coalesce([head.subarray(index + 4), ...chunks.slice(used)]) };
}

// Stored as 1 MiB pieces: a hit then streams a few hundred large chunks instead of thousands of small ones
// (a native cache hands out large reads; a JS stream pays per chunk).
function coalesce(parts) {
  const pieces = [];
  let current = new Uint8Array(1 << 20), filled = 0;
  for (const part of parts) {
    let offset = 0;
    while (offset < part.byteLength) {
      const n = Math.min(part.byteLength - offset, current.length - filled);
      current.set(part.subarray(offset, offset + n), filled);
      filled += n; offset += n;
      if (filled === current.length) { pieces.push(current); current = new Uint8Array(1 << 20); filled = 0; }
    }
  }
  if (filled > 0) pieces.push(current.subarray(0, filled));
  return pieces;
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/purge-all" && request.method === "DELETE") {
      const count = entries.size;
      entries.clear();
      return Response.json({ deleted: count });
    }
    const key = request.url;
    if (request.method === "PUT") {
      const { chunks } = await readAll(request.body);
      entries.set(key, parse(chunks));
      return new Response(null, { status: 204 });
    }
    if (request.method === "PURGE") return new Response(null, { status: entries.delete(key) ? 200 : 404 });
    const entry = entries.get(key);
    if (!entry) return new Response(null, { status: 504, headers: { "cf-cache-status": "MISS" } });
    const headers = new Headers(entry.headers);
    headers.set("cf-cache-status", "HIT");
    let i = 0;
    // A default (not byte) stream: enqueuing does not detach the stored chunks, so nothing is copied here.
    const body = new ReadableStream({
      pull(controller) {
        if (i < entry.body.length) controller.enqueue(entry.body[i++]);
        else controller.close();
      },
    });
    return new Response(body, { status: entry.status, headers });
  },
};
