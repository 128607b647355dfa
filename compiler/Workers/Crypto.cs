#pragma warning disable CS0626, CS0824 // extern members: implemented by the JavaScript runtime, never on .NET
using System.Threading.Tasks;
using H5;

namespace EdgeMirror.Workers;

/// <summary><c>crypto</c>: random values, UUIDs and <c>crypto.subtle</c>.</summary>
[External, Name("crypto"), Convention(Notation.CamelCase)]
public static class Crypto
{
    [Template("crypto.subtle")]
    public static extern SubtleCrypto Subtle { get; }

    [Template("crypto.randomUUID()")]
    public static extern string RandomUUID();

    [Template("crypto.getRandomValues({array})")]
    public static extern Uint8Array GetRandomValues(Uint8Array array);
}

[External, Convention(Notation.CamelCase)]
public class SubtleCrypto
{
    /// <summary>Algorithm "SHA-256", "SHA-384", "SHA-512" or "SHA-1".</summary>
    public extern Task<ArrayBuffer> Digest(string algorithm, Uint8Array data);
    [Template("{this}.digest({algorithm}, {data})")]
    public extern Task<ArrayBuffer> Digest(string algorithm, ArrayBuffer data);

    /// <summary>Format "raw"; usages such as "sign", "verify".</summary>
    public extern Task<CryptoKey> ImportKey(string format, Uint8Array keyData, HmacImportParams algorithm, bool extractable, string[] keyUsages);
    [Template("{this}.sign({algorithm}, {key}, {data})")]
    public extern Task<ArrayBuffer> Sign(string algorithm, CryptoKey key, Uint8Array data);
    [Template("{this}.verify({algorithm}, {key}, {signature}, {data})")]
    public extern Task<bool> Verify(string algorithm, CryptoKey key, ArrayBuffer signature, Uint8Array data);

    /// <summary>Constant-time comparison (a Cloudflare extension).</summary>
    [Template("{this}.timingSafeEqual({a}, {b})")]
    public extern bool TimingSafeEqual(Uint8Array a, Uint8Array b);
}

[External]
public class CryptoKey
{
}

/// <summary><c>{ name: "HMAC", hash: "SHA-256" }</c>: set both (object literals carry only assigned members).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class HmacImportParams
{
    public string? Name { get; set; }
    public string? Hash { get; set; }
}

/// <summary>Cloudflare's <c>crypto.DigestStream</c>: a WritableStream whose <see cref="Digest"/> resolves,
/// once the stream is closed, to the hash of everything written.</summary>
[External, Name("crypto.DigestStream"), Convention(Notation.CamelCase)]
public class DigestStream : WritableStream
{
    public extern DigestStream(string algorithm);
    public extern Task<ArrayBuffer> Digest { get; }
}
