// The ways a Worker can serve a cold (uncached) blob and still store it, side by side, for bench/mirror/cold-options.mjs.
// Each is the shape of a design, in plain JS, with the same store our Worker makes (cache.put through a
// FixedLengthStream, then the stored copy read back in 1 MiB pieces into crypto.DigestStream). GET /<option>/v2/…
// answers the upstream's /v2/… that way; GET /status says whether the last store is done and matched its digest.
let last = { done: true };

async function digestOf(stream) {
  const reader = stream.getReader({ mode: "byob" });
  const hasher = new crypto.DigestStream("SHA-256");
  const writer = hasher.getWriter();
  let buffer = new ArrayBuffer(1 << 20), filled = 0;
  for (;;) {
    const read = await reader.read(new Uint8Array(buffer, filled, (1 << 20) - filled));
    if (read.value) { buffer = read.value.buffer; filled += read.value.byteLength; }
    if (filled > 0 && (filled === 1 << 20 || read.done)) {
      await writer.write(new Uint8Array(buffer, 0, filled));
      buffer = new ArrayBuffer(1 << 20);
      filled = 0;
    }
    if (read.done) break;
  }
  await writer.close();
  return "sha256:" + [...new Uint8Array(await hasher.digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// Put, wait until the client is served, read back, hash.
async function store(key, body, length, digest, served) {
  const started = Date.now();
  try {
    const headers = new Headers({ "content-length": String(length), "cache-control": "public, max-age=3600" });
    await caches.default.put(key, new Response(body.pipeThrough(new FixedLengthStream(length)), { headers }));
    await served;
    const stored = await caches.default.match(key);
    last = { done: true, ok: (await digestOf(stored.body)) === digest, ms: Date.now() - started };
  } catch (e) {
    last = { done: true, ok: false, error: String(e), ms: Date.now() - started };
  }
}

const settled = (p) => p.then(() => {}, () => {});
// The client's answer piped through a FixedLengthStream: `served` ends when the client has had every byte.
function relayed(body, length) {
  const sized = new FixedLengthStream(length);
  return { readable: sized.readable, served: settled(body.pipeTo(sized.writable)) };
}

const options = {
  // No store at all: the upstream body handed to the response untouched (workerd pumps it natively).
  relay: (res) => { last = { done: true, ok: true }; return res.body; },
  // No store, but piped through a FixedLengthStream (what tells a store that the client is served).
  "relay-piped": (res, length) => { const r = relayed(res.body, length); r.served.then(() => { last = { done: true, ok: true }; }); return r.readable; },
  // tee(), the second branch cancelled at once: the tee's own cost.
  "tee-cancelled": (res) => { const [a, b] = res.body.tee(); b.cancel(); last = { done: true, ok: true }; return a; },
  // tee() into the store, the client's branch piped (the design up to 2026-11-28).
  "tee-piped": (res, length, store) => {
    const [a, b] = res.body.tee();
    const r = relayed(a, length);
    store(b, r.served);
    return r.readable;
  },
  // tee() with both branches consumed natively: the client's handed to the response as it is.
  "tee-native": (res, length, store) => { const [a, b] = res.body.tee(); store(b, Promise.resolve()); return a; },
  // The client's body untouched; a second download of the same URL stored at the same time.
  "second-download-concurrent": (res, length, store, again) => {
    store(null, Promise.resolve(), async () => (await again()).body);
    return res.body;
  },
  // The client's body piped (to know when it is served); the second download starts after that (the design since 2026-11-28).
  "second-download-after": (res, length, store, again) => {
    const r = relayed(res.body, length);
    store(null, r.served, async () => { await r.served; return (await again()).body; });
    return r.readable;
  },
};

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/status") return Response.json(last);
    const [, option, ...rest] = url.pathname.split("/");
    if (!options[option]) return new Response("no such option", { status: 404 });
    const upstream = env.UPSTREAM + "/" + rest.join("/");
    const digest = rest[rest.length - 1];
    const res = await fetch(upstream);
    const length = Number(res.headers.get("content-length"));
    last = { done: false };
    const storeOf = (body, served, later) => ctx.waitUntil((async () =>
      store("https://cache.invalid/" + digest, body ?? await later(), length, digest, served))());
    const body = options[option](res, length, storeOf, () => fetch(upstream));
    return new Response(body, { headers: res.headers });
  },
};
