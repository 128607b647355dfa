using System;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>Passes a body through while hashing it (crypto.DigestStream, incremental SHA-256) and errors
/// the stream at its end unless the bytes have the expected digest. Whatever consumes it (cache.put)
/// then fails, and <paramref name="onVerified"/> runs only when the whole body matched: the caller commits
/// then and only then (some caches keep a body whose stream errored after its last byte).</summary>
public static class DigestVerifier
{
    public static ReadableStream Verified(ReadableStream source, string expectedDigest, Action onVerified)
    {
        var hasher = new DigestStream("SHA-256");
        var writer = hasher.GetWriter();
        var transform = new CustomTransformStream(new Transformer
        {
            Transform = async (chunk, controller) =>
            {
                await writer.Write(chunk);
                controller.Enqueue(chunk);
            },
            Flush = async controller =>
            {
                await writer.Close();
                var actual = ContentDigest.Prefix + Hex(new Uint8Array(await hasher.Digest));
                if (actual != expectedDigest)
                    controller.Error("digest mismatch: expected " + expectedDigest + ", got " + actual);
                else
                    onVerified();
            },
        });
        return source.PipeThrough(transform);
    }

    public static string Hex(Uint8Array bytes)
    {
        const string digits = "0123456789abcdef";
        var text = "";
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes.Get(i);
            text += digits[b >> 4].ToString() + digits[b & 15].ToString();
        }
        return text;
    }
}
