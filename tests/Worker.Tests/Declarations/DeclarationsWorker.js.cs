using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker.Tests.Declarations;

/// <summary>A Worker that touches every area of the Workers declarations (compiler/Workers) and answers
/// one line per result; DeclarationsTests runs it in workerd. Compiled only by cs2js.</summary>
[ExportDefault]
public static class DeclarationsWorker
{
    [Name("fetch")]
    public static async Task<Response> Fetch(Request request, Env env, WorkerContext ctx)
    {
        var lines = new List<string>();
        var encoder = new TextEncoder();
        var abc = encoder.Encode("abc");

        lines.Add("sha256=" + Hex(new Uint8Array(await Crypto.Subtle.Digest("SHA-256", abc))));

        var digestStream = new DigestStream("SHA-256");
        var writer = digestStream.GetWriter();
        await writer.Write(abc);
        await writer.Close();
        lines.Add("digeststream=" + Hex(new Uint8Array(await digestStream.Digest)));

        var key = await Crypto.Subtle.ImportKey("raw", encoder.Encode("key"),
            new HmacImportParams { Name = "HMAC", Hash = "SHA-256" }, false, new[] { "sign", "verify" });
        var message = encoder.Encode("The quick brown fox jumps over the lazy dog");
        var signature = await Crypto.Subtle.Sign("HMAC", key, message);
        lines.Add("hmac=" + Hex(new Uint8Array(signature)) + " verified=" + await Crypto.Subtle.Verify("HMAC", key, signature, message));
        lines.Add("timingsafe=" + Crypto.Subtle.TimingSafeEqual(encoder.Encode("same"), encoder.Encode("same")));

        var parts = new Response("hello stream").Body!.Tee();
        var transform = new TransformStream();
        var piping = parts[0].PipeTo(transform.Writable);
        var viaTransform = await new Response(transform.Readable, new ResponseInit()).Text();
        await piping;
        lines.Add("tee=" + await new Response(parts[1], new ResponseInit()).Text() + "|" + viaTransform);

        var cacheHeaders = new Headers();
        cacheHeaders.Set("cache-control", "public, max-age=60");
        const string cacheUrl = "https://cache.example/declarations";
        await Caches.Default.Put(cacheUrl, new Response("cached body", new ResponseInit { Headers = cacheHeaders }));
        var hit = await Caches.Default.Match(cacheUrl);
        lines.Add("cache=" + (hit == null ? "miss" : await hit.Text()));
        var miss = await Caches.Default.Match("https://cache.example/absent");
        lines.Add("cachemiss=" + (miss == null));

        var bucket = env.Bucket("BLOBS");
        if (bucket != null)
        {
            await bucket.Put("greeting", "hello r2", new R2PutOptions { HttpMetadata = new R2HttpMetadata { ContentType = "text/plain" } });
            var stored = await bucket.Get("greeting");
            lines.Add("r2=" + (stored == null ? "null" : await stored.Text() + " " + stored.Size + " " + stored.HttpMetadata!.ContentType));
            lines.Add("r2absent=" + (await bucket.Head("absent") == null));
        }

        var query = new URLSearchParams("a=1&b=2&a=3");
        lines.Add("params=" + string.Join(",", query.GetAll("a")) + " names=" + string.Join(",", query.Names()) + " missing=" + (query.Get("z") == null));
        var url = new URL("https://user.example:8443/p/a?x=1#h");
        lines.Add("url=" + url.Host + " " + url.Hostname + " " + url.Port + " " + url.Pathname + " " + url.Search + " " + url.Protocol);

        var headers = new Headers();
        headers.Set("X-A", "1");
        headers.Append("x-a", "2");
        lines.Add("headers=" + headers.Get("x-a") + " names=" + string.Join(",", headers.Names()) + " absent=" + (headers.Get("nope") == null));

        lines.Add("var=" + env.Var("GREETING") + " unset=" + (env.Var("NOPE") == null));
        lines.Add("method=" + request.Method + " signal=" + AbortSignal.Timeout(1000).Aborted);

        var controller = new AbortController();
        controller.Abort();
        lines.Add("aborted=" + controller.Signal.Aborted);

        ctx.WaitUntil(Caches.Default.Delete(cacheUrl));
        JsConsole.Log("declarations worker answered " + lines.Count + " lines");
        var responseHeaders = new Headers();
        responseHeaders.Set("content-type", "text/plain");
        return new Response(string.Join("\n", lines), new ResponseInit { Status = 200, Headers = responseHeaders });
    }

    private static string Hex(Uint8Array bytes)
    {
        const string digits = "0123456789abcdef";
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes.Get(i);
            text.Append(digits.Substring(b >> 4, 1)).Append(digits.Substring(b & 15, 1));
        }
        return text.ToString();
    }
}
