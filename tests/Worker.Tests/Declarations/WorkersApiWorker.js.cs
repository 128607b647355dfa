using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker.Tests.Declarations;

/// <summary>A Worker written against the Workers declarations as a workers-types user would write it: each line
/// of its answer to "/" is one API's real outcome in workerd. It fetches itself ("/echo", "/redirect", "/slow")
/// to exercise fetch with RequestInit. Compiled only by cs2js; WorkersApiTests runs it.</summary>
[ExportDefault]
public static class WorkersApiWorker
{
    /// <summary>A text module next to worker.js (wrangler bundles *.txt as a string).</summary>
    [Import("./greeting.txt")]
    public static extern string Greeting { get; }

    // No [Name]: the export default key is camelCased, as workerd calls it.
    public static async Task<Response> Fetch(Request request, Env env, WorkerContext ctx)
    {
        var url = new URL(request.Url);
        switch (url.Pathname)
        {
            case "/echo": return await Echo(request);
            case "/redirect": return Response.Redirect(new URL("/echo?from=redirect", request.Url).Href, 307);
            case "/slow":
                await Timers.Wait(3000);
                return new Response("too late");
        }
        var lines = new List<string>();
        await Run(lines, "text-module", () => Task.FromResult(Greeting.Trim()));
        await Run(lines, "response", () => Responses());
        await Run(lines, "headers", () => Task.FromResult(HeadersLine()));
        await Run(lines, "url", () => Task.FromResult(UrlLine()));
        await Run(lines, "params", () => Task.FromResult(ParamsLine()));
        await Run(lines, "fetch", () => FetchLine(url));
        await Run(lines, "abort", () => AbortLine(url));
        await Run(lines, "streams", () => StreamsLine());
        await Run(lines, "transforms", () => TransformsLine());
        await Run(lines, "text", () => Task.FromResult(TextLine()));
        await Run(lines, "cache", () => CacheLine());
        await Run(lines, "crypto", () => CryptoLine());
        await Run(lines, "r2", () => R2Line(env.Bucket("BLOBS")!));
        await Run(lines, "kv", () => KvLine(env.Kv("KV")!));
        await Run(lines, "env", () => Task.FromResult(env.Var("GREETING") + " " + (env.Var("NOPE") == null) + " " + (env.Binding<R2Bucket>("BLOBS") != null) + " " + Platform.Env.Var("GREETING")));
        await Run(lines, "timers", () => TimersLine());
        var waited = new TaskCompletionSource<bool>();
        ctx.WaitUntil(waited.Task);
        waited.SetResult(true);
        JsConsole.Log("workers api worker answered", lines.Count, "lines");
        return new Response(string.Join("\n", lines), new ResponseInit { Status = 200, Headers = new Headers(Plain("content-type", "text/plain")) });
    }

    private static async Task Run(List<string> lines, string area, Func<Task<string>> step)
    {
        try { lines.Add(area + "=" + await step()); }
        catch (Exception e) { lines.Add(area + "=threw " + e.Message); }
    }

    private static JsObject Plain(string key, string value)
    {
        var o = new JsObject();
        o[key] = value;
        return o;
    }

    private static async Task<Response> Echo(Request request)
    {
        var body = request.Body == null ? "" : await request.Text();
        var answer = new JsObject();
        answer["method"] = request.Method;
        answer["body"] = body;
        answer["type"] = request.Headers.Get("content-type");
        answer["x"] = request.Headers.Get("x-test");
        answer["from"] = new URL(request.Url).SearchParams.Get("from");
        return Response.Json(answer);
    }

    private static async Task<string> Responses()
    {
        var json = Response.Json(Plain("a", "1"), new ResponseInit { Status = 201 });
        var jsonText = json.Status + " " + json.Headers.Get("content-type") + " " + await json.Text();
        var redirect = Response.Redirect("https://example.com/next", 301);
        var error = Response.Error();
        var original = new Response("body once");
        var copy = original.Clone();
        var first = await original.Text();
        var bytes = await new Response("héllo").Bytes();
        var buffer = await new Response(new byte[] { 1, 2, 3 }, new ResponseInit()).ArrayBuffer();
        var typed = await new Response("{\"n\":5}").Json<JsObject>();
        var form = await new Request("https://x.example/", new RequestInit
        {
            Method = "POST",
            Body = new URLSearchParams("a=1&b=two"),
        }).FormData();
        return jsonText + " | " + redirect.Status + " " + redirect.Headers.Get("location") + " | " + error.Type + " " + error.Status
            + " | " + first + " " + original.BodyUsed + " " + await copy.Text() + " | " + bytes.Length + " " + buffer.ByteLength
            + " " + typed["n"] + " | " + form.Get("b") + " " + form.Has("a") + " " + form.Entries().Length;
    }

    private static string HeadersLine()
    {
        var init = new JsObject();
        init["B-Header"] = "2";
        init["a-header"] = "1";
        var headers = new Headers(init);
        headers.Append("Set-Cookie", "x=1");
        headers.Append("Set-Cookie", "y=2");
        headers.Append("a-header", "3");
        var pairs = new List<string>();
        foreach (var entry in headers.Entries()) pairs.Add(entry.Name + ":" + entry.Value);
        var seen = new List<string>();
        headers.ForEach((value, name) => seen.Add(name));
        var copy = new Headers(headers);
        copy.Delete("a-header");
        return string.Join(",", pairs) + " | " + string.Join(";", headers.GetSetCookie()) + " | " + string.Join(",", headers.Keys())
            + " | " + seen.Count + " " + copy.Has("a-header") + " " + headers.Has("A-HEADER");
    }

    private static string UrlLine()
    {
        var url = new URL("../c/d?q=1#frag", "https://user:pw@Example.COM:8443/a/b/");
        url.SearchParams.Append("r", "a b");
        url.Hash = "";
        var relative = new URL("/x", new URL("http://h.example/y"));
        return url.Href + " " + url.Origin + " " + url.Username + " " + url.Password + " " + url.Hostname + " " + url.Port + " "
            + url.Pathname + " " + url.Search + " | " + relative + " " + URL.CanParse("nope") + " " + URL.CanParse("/p", "https://b.example")
            + " " + url.ToJson().Length;
    }

    private static string ParamsLine()
    {
        var query = new URLSearchParams("b=2&a=1&b=3");
        query.Sort();
        var pairs = new List<string>();
        foreach (var entry in query.Entries()) pairs.Add(entry.Name + entry.Value);
        query.Set("c", "x y");
        return string.Join(",", pairs) + " " + query.Size + " " + string.Join("", query.Values()) + " " + query;
    }

    private static async Task<string> FetchLine(URL self)
    {
        var echo = new URL("/echo", self.Href).Href;
        var headers = new Headers();
        headers.Set("x-test", "yes");
        headers.Set("content-type", "text/plain");
        var posted = await (await Http.Fetch(echo, new RequestInit { Method = "POST", Body = "string body", Headers = headers, Cf = new RequestInitCf { CacheTtl = 60, CacheEverything = true, CacheKey = "k" } })).Json<JsObject>();
        var chunks = 0;
        var streamed = await (await Http.Fetch(echo, new RequestInit
        {
            Method = "PUT",
            Body = new ReadableStream(new UnderlyingSource
            {
                Pull = controller =>
                {
                    if (chunks++ < 3) controller.Enqueue(new TextEncoder().Encode("c" + chunks));
                    else controller.Close();
                    return Task.CompletedTask;
                },
            }),
        })).Json<JsObject>();
        var buffer = await (await Http.Fetch(new Request(echo, new RequestInit { Method = "POST", Body = new TextEncoder().Encode("buf").Buffer }))).Json<JsObject>();
        var manual = await Http.Fetch(new URL("/redirect", self.Href).Href, new RequestInit { Redirect = "manual" });
        var followed = await (await Http.Fetch(new URL("/redirect", self.Href))).Json<JsObject>();
        return posted["method"] + " " + posted["body"] + " " + posted["x"] + " " + posted["type"] + " | " + streamed["method"] + " " + streamed["body"]
            + " | " + buffer["body"] + " | " + manual.Status + " " + manual.Headers.Has("location") + " | " + followed["from"];
    }

    private static async Task<string> AbortLine(URL self)
    {
        var controller = new AbortController();
        var either = AbortSignal.Any(new[] { controller.Signal, AbortSignal.Timeout(60000) });
        controller.Abort("stop");
        string timedOut;
        try
        {
            await Http.Fetch(new URL("/slow", self.Href).Href, new RequestInit { Signal = AbortSignal.Timeout(100) });
            timedOut = "answered";
        }
        catch (Exception)
        {
            timedOut = "aborted";
        }
        return either.Aborted + " " + either.ReasonMessage + " " + AbortSignal.Abort().Aborted + " " + timedOut;
    }

    private static async Task<string> StreamsLine()
    {
        var reader = new Response("abc").Body!.GetReader();
        var read = new StringBuilder();
        while (true)
        {
            var result = await reader.Read();
            if (result.Done) break;
            read.Append(new TextDecoder().Decode(result.Value!));
        }
        var received = new List<string>();
        var sink = new WritableStream(new UnderlyingSink
        {
            Write = chunk => { received.Add(new TextDecoder().Decode(chunk)); return Task.CompletedTask; },
        });
        await new Response("piped").Body!.PipeTo(sink);
        var branches = new Response("twice").Body!.Tee();
        var left = await new Response(branches[0]).Text();
        var right = await new Response(branches[1]).Text();
        var iterated = 0;
        await new Response("iterate me").Body!.ForEachChunk(chunk => { iterated += chunk.Length; return Task.CompletedTask; });
        var cancelled = new Response("x").Body!;
        await cancelled.Cancel();
        return read + " " + string.Join("", received) + " " + left + "|" + right + " " + iterated + " " + cancelled.Locked;
    }

    private static async Task<string> TransformsLine()
    {
        var upper = new TransformStream(new Transformer
        {
            Transform = (chunk, controller) =>
            {
                var copy = new Uint8Array(chunk.Length);
                for (var i = 0; i < chunk.Length; i++) copy[i] = chunk[i] is >= 97 and <= 122 ? chunk[i] - 32 : chunk[i];
                controller.Enqueue(copy);
            },
            Flush = controller => controller.Enqueue(new TextEncoder().Encode("!")),
        });
        var shouted = await new Response(new Response("quiet").Body!.PipeThrough(upper)).Text();
        var identity = new IdentityTransformStream();
        var writing = new Response("same").Body!.PipeTo(identity.Writable);
        var same = await new Response(identity.Readable).Text();
        await writing;
        var fixedLength = new FixedLengthStream(5);
        var fixedWriting = new Response("12345").Body!.PipeTo(fixedLength.Writable);
        var sized = await new Response(fixedLength.Readable).Text();
        await fixedWriting;
        var zipped = new Response(new Response("compress me").Body!.PipeThrough(new CompressionStream("gzip")));
        var gzipBytes = await zipped.Bytes();
        var unzipped = await new Response(new Response(gzipBytes, new ResponseInit()).Body!.PipeThrough(new DecompressionStream("gzip"))).Text();
        return shouted + " " + same + " " + sized + " " + (gzipBytes[0] == 0x1f && gzipBytes[1] == 0x8b) + " " + unzipped;
    }

    private static string TextLine()
    {
        var encoded = new TextEncoder().Encode("€");
        var decoder = new TextDecoder("utf-8");
        var first = decoder.Decode(encoded.Subarray(0, 2), new TextDecodeOptions { Stream = true });
        var rest = decoder.Decode(encoded.Subarray(2, 3));
        string fatal;
        try { new TextDecoder("utf-8", new TextDecoderOptions { Fatal = true }).Decode(new byte[] { 0xff }); fatal = "accepted"; }
        catch (Exception) { fatal = "rejected"; }
        var bytes = encoded.ToBytes();
        return encoded.Length + " " + (first == "") + " " + rest + " " + fatal + " " + bytes[0] + " " + new TextEncoder().Encoding + " " + decoder.Encoding;
    }

    private static async Task<string> CacheLine()
    {
        var cache = await Caches.Open("workers-api");
        const string key = "https://cache.example/api";
        var stored = new Headers();
        stored.Set("cache-control", "public, max-age=60");
        await cache.Put(key, new Response("named cache body", new ResponseInit { Headers = stored }));
        var hit = await cache.Match(key);
        var viaPost = await cache.Match(new Request(key, new RequestInit { Method = "POST" }), new CacheQueryOptions { IgnoreMethod = true });
        var postMiss = await cache.Match(new Request(key, new RequestInit { Method = "POST" }));
        var deleted = await cache.Delete(key);
        var after = await cache.Match(key);
        var defaultPut = Caches.Default.Put(key, new Response("default", new ResponseInit { Headers = stored }));
        await defaultPut;
        var defaultHit = await Caches.Default.Match(new Request(key));
        await Caches.Default.Delete(new Request(key));
        return (hit == null ? "miss" : await hit.Text()) + " " + (viaPost != null) + " " + (postMiss == null) + " " + deleted + " " + (after == null)
            + " " + (defaultHit == null ? "miss" : await defaultHit.Text());
    }

    private static async Task<string> CryptoLine()
    {
        var random = Crypto.GetRandomValues(new byte[32]);
        var nonZero = 0;
        foreach (var b in random) if (b != 0) nonZero++;
        var uuid = Crypto.RandomUUID();
        var digest = Hex(new Uint8Array(await Crypto.Subtle.Digest("SHA-256", Encoding.UTF8.GetBytes("abc"))));
        var aesKey = await Crypto.Subtle.GenerateKey(new AesKeyGenParams { Length = 128 }, false, new[] { "encrypt", "decrypt" });
        var iv = Crypto.GetRandomValues(new Uint8Array(12));
        var secret = await Crypto.Subtle.Encrypt(new AesGcmParams { Iv = iv }, aesKey, new TextEncoder().Encode("secret text"));
        var plain = new TextDecoder().Decode(await Crypto.Subtle.Decrypt(new AesGcmParams { Iv = iv }, aesKey, secret));
        var hmac = await Crypto.Subtle.ImportKey("raw", Encoding.UTF8.GetBytes("key"), new HmacImportParams { Name = "HMAC", Hash = "SHA-256" }, true, new[] { "sign", "verify" });
        var raw = new Uint8Array(await Crypto.Subtle.ExportKey("raw", hmac));
        var same = Crypto.Subtle.TimingSafeEqual(new byte[] { 1, 2 }, new byte[] { 1, 2 });
        var different = Crypto.Subtle.TimingSafeEqual(new byte[] { 1, 2 }, new byte[] { 1, 3 });
        var stream = new DigestStream("SHA-256");
        await new Response("abc").Body!.PipeTo(stream);
        var streamed = Hex(new Uint8Array(await stream.Digest));
        return random.Length + " " + (nonZero > 20) + " " + uuid.Length + " " + uuid[14] + " " + digest[..16] + " " + plain + " " + (secret.ByteLength == 11 + 16)
            + " " + aesKey.AlgorithmName + " " + hmac.Type + " " + raw.Length + " " + same + " " + different + " " + (streamed == digest);
    }

    private static async Task<string> R2Line(R2Bucket bucket)
    {
        const string text = "0123456789";
        var meta = Plain("owner", "tests");
        var sha = Hex(new Uint8Array(await Crypto.Subtle.Digest("SHA-256", new TextEncoder().Encode(text))));
        var put = await bucket.Put("api/one", text, new R2PutOptions { HttpMetadata = new R2HttpMetadata { ContentType = "text/plain" }, CustomMetadata = meta, Sha256 = sha });
        await bucket.Put("api/two", "2");
        string badHash;
        try { await bucket.Put("api/bad", text, new R2PutOptions { Sha256 = new string('0', 64) }); badHash = "stored"; }
        catch (Exception) { badHash = "refused"; }
        var head = await bucket.Head("api/one");
        var ranged = await bucket.Get("api/one", new R2GetOptions { Range = new R2Range { Offset = 2, Length = 3 } });
        var unchanged = await bucket.Get("api/one", new R2GetOptions { OnlyIf = new R2Conditional { EtagDoesNotMatch = put!.Etag } });
        var listed = await bucket.List(new R2ListOptions { Prefix = "api/", Include = new[] { "customMetadata" } });
        var keys = new List<string>();
        foreach (var o in listed.Objects) keys.Add(o.Key + "=" + (o.CustomMetadata("owner") ?? "-"));
        var headers = new Headers();
        head!.WriteHttpMetadata(headers);
        await bucket.Delete(new[] { "api/one", "api/two" });
        var gone = await bucket.Head("api/one");
        return head.Size + " " + head.CustomMetadata("owner") + " " + head.HttpMetadata!.ContentType + " " + headers.Get("content-type") + " " + (head.Sha256Hex() == sha)
            + " " + (head.UploadedTime > 1.6e12) + " | " + badHash + " | " + await ranged!.Text() + " | " + unchanged!.HasBody + " | " + string.Join(",", keys)
            + " " + listed.Truncated + " | " + (gone == null);
    }

    private static async Task<string> KvLine(KVNamespace kv)
    {
        await kv.Put("k1", "v1", new KVPutOptions { Metadata = Plain("tag", "t1") });
        await kv.Put("k2", "v2");
        var value = await kv.Get("k1");
        var missing = await kv.Get("absent");
        var withMeta = await kv.GetWithMetadata("k1");
        var listed = await kv.List(new KVListOptions { Prefix = "k" });
        var names = new List<string>();
        foreach (var key in listed.Keys) names.Add(key.Name + (key.Metadata == null ? "" : ":" + key.Metadata["tag"]));
        await kv.Delete("k1");
        var deleted = await kv.Get("k1");
        return value + " " + (missing == null) + " " + withMeta.Value + " " + withMeta.Metadata!["tag"] + " " + string.Join(",", names) + " " + listed.ListComplete + " " + (deleted == null);
    }

    private static async Task<string> TimersLine()
    {
        var fired = false;
        Timers.SetTimeout(() => fired = true, 5);
        var cleared = false;
        var id = Timers.SetTimeout(() => cleared = true, 5);
        Timers.ClearTimeout(id);
        var ticks = 0;
        object? interval = null;
        interval = Timers.SetInterval(() => { if (++ticks == 2) Timers.ClearInterval(interval!); }, 5);
        await Timers.Wait(100);
        return fired + " " + cleared + " " + ticks;
    }

    private static string Hex(Uint8Array bytes)
    {
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++) text.Append(bytes[i].ToString("x2"));
        return text.ToString();
    }
}
