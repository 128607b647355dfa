using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Caching;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Caching;

/// <summary>Hashes a body as it streams (crypto.DigestStream: incremental SHA-256, native, no JS per chunk)
/// so what was stored can be checked against its digest before it is committed.</summary>
public static class DigestVerifier
{
    /// <summary>The <c>sha256:…</c> digest of everything the stream yields, or null when the stream errors
    /// (a truncated upstream body): never a rejection nobody waits for.</summary>
    public static async Task<string?> Digest(ReadableStream source)
    {
        try
        {
            var hasher = new DigestStream("SHA-256");
            await source.PipeTo(hasher);
            return ContentDigest.Prefix + Hex(new Uint8Array(await hasher.Digest));
        }
        catch (Exception)
        {
            return null;
        }
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
