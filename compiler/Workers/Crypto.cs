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

    /// <summary>A random version-4 UUID ("xxxxxxxx-xxxx-4xxx-…").</summary>
    [Template("crypto.randomUUID()")]
    public static extern string RandomUUID();

    /// <summary>Fills the array with cryptographically strong random bytes (at most 65,536) and returns it.</summary>
    [Template("crypto.getRandomValues({array})")]
    public static extern Uint8Array GetRandomValues(Uint8Array array);
    [Template("crypto.getRandomValues({array})")]
    public static extern byte[] GetRandomValues(byte[] array);
}

/// <summary>Web Crypto. Algorithms are names ("SHA-256", "HMAC") or parameter objects
/// (<see cref="HmacImportParams"/>, <see cref="AesGcmParams"/>, a <see cref="JsObject"/>).</summary>
[External, Convention(Notation.CamelCase)]
public class SubtleCrypto
{
    /// <summary>Algorithm "SHA-256", "SHA-384", "SHA-512", "SHA-1" (and Cloudflare's "MD5").</summary>
    public extern Task<ArrayBuffer> Digest(string algorithm, Uint8Array data);
    [Template("{this}.digest({algorithm}, {data})")]
    public extern Task<ArrayBuffer> Digest(string algorithm, ArrayBuffer data);
    [Template("{this}.digest({algorithm}, {data})")]
    public extern Task<ArrayBuffer> Digest(string algorithm, byte[] data);

    /// <summary>Format "raw" (or "jwk", "pkcs8", "spki"); usages such as "sign", "verify", "encrypt", "decrypt".</summary>
    public extern Task<CryptoKey> ImportKey(string format, Uint8Array keyData, HmacImportParams algorithm, bool extractable, string[] keyUsages);
    [Template("{this}.importKey({format}, {keyData}, {algorithm}, {extractable}, {keyUsages})")]
    public extern Task<CryptoKey> ImportKey(string format, byte[] keyData, HmacImportParams algorithm, bool extractable, string[] keyUsages);
    /// <summary>Any algorithm, by name ("AES-GCM", "PBKDF2") or as a parameter object.</summary>
    [Template("{this}.importKey({format}, {keyData}, {algorithm}, {extractable}, {keyUsages})")]
    public extern Task<CryptoKey> ImportKey(string format, Uint8Array keyData, object algorithm, bool extractable, string[] keyUsages);
    public extern Task<ArrayBuffer> ExportKey(string format, CryptoKey key);
    /// <summary>A new secret key (HMAC, AES); for key pairs use <see cref="GenerateKeyPair"/>.</summary>
    public extern Task<CryptoKey> GenerateKey(object algorithm, bool extractable, string[] keyUsages);
    [Template("{this}.generateKey({algorithm}, {extractable}, {keyUsages})")]
    public extern Task<CryptoKeyPair> GenerateKeyPair(object algorithm, bool extractable, string[] keyUsages);

    [Template("{this}.sign({algorithm}, {key}, {data})")]
    public extern Task<ArrayBuffer> Sign(string algorithm, CryptoKey key, Uint8Array data);
    [Template("{this}.sign({algorithm}, {key}, {data})")]
    public extern Task<ArrayBuffer> Sign(object algorithm, CryptoKey key, byte[] data);
    [Template("{this}.verify({algorithm}, {key}, {signature}, {data})")]
    public extern Task<bool> Verify(string algorithm, CryptoKey key, ArrayBuffer signature, Uint8Array data);
    [Template("{this}.verify({algorithm}, {key}, {signature}, {data})")]
    public extern Task<bool> Verify(object algorithm, CryptoKey key, byte[] signature, byte[] data);

    [Template("{this}.encrypt({algorithm}, {key}, {data})")]
    public extern Task<ArrayBuffer> Encrypt(object algorithm, CryptoKey key, Uint8Array data);
    [Template("{this}.decrypt({algorithm}, {key}, {data})")]
    public extern Task<ArrayBuffer> Decrypt(object algorithm, CryptoKey key, ArrayBuffer data);

    /// <summary>Constant-time comparison of equal-length buffers (a Cloudflare extension; throws on different lengths).</summary>
    [Template("{this}.timingSafeEqual({a}, {b})")]
    public extern bool TimingSafeEqual(Uint8Array a, Uint8Array b);
    [Template("{this}.timingSafeEqual({a}, {b})")]
    public extern bool TimingSafeEqual(ArrayBuffer a, ArrayBuffer b);
    [Template("{this}.timingSafeEqual({a}, {b})")]
    public extern bool TimingSafeEqual(byte[] a, byte[] b);
}

[External, Convention(Notation.CamelCase)]
public class CryptoKey
{
    /// <summary>"secret", "public" or "private".</summary>
    public extern string Type { get; }
    public extern bool Extractable { get; }
    public extern string[] Usages { get; }
    [Template("{this}.algorithm.name")]
    public extern string AlgorithmName { get; }
}

[External, Convention(Notation.CamelCase)]
public class CryptoKeyPair
{
    public extern CryptoKey PublicKey { get; }
    public extern CryptoKey PrivateKey { get; }
}

/// <summary><c>{ name: "HMAC", hash: "SHA-256" }</c>: set both (object literals carry only assigned members).</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class HmacImportParams
{
    public string? Name { get; set; }
    public string? Hash { get; set; }
    /// <summary>Key length in bits (optional).</summary>
    public int? Length { get; set; }
}

/// <summary><c>{ name: "AES-GCM", iv, additionalData?, tagLength? }</c> for encrypt/decrypt.</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class AesGcmParams
{
    public string Name { get; set; } = "AES-GCM";
    public Uint8Array? Iv { get; set; }
    public Uint8Array? AdditionalData { get; set; }
    public int? TagLength { get; set; }
}

/// <summary><c>{ name: "AES-GCM", length: 256 }</c> and the like, for <see cref="SubtleCrypto.GenerateKey"/>.</summary>
[External, ObjectLiteral, Convention(Notation.CamelCase)]
public class AesKeyGenParams
{
    public string Name { get; set; } = "AES-GCM";
    public int Length { get; set; } = 256;
}

/// <summary>Cloudflare's <c>crypto.DigestStream</c>: a WritableStream whose <see cref="Digest"/> resolves,
/// once the stream is closed, to the hash of everything written.</summary>
[External, Name("crypto.DigestStream"), Convention(Notation.CamelCase)]
public class DigestStream : WritableStream
{
    public extern DigestStream(string algorithm);
    public extern Task<ArrayBuffer> Digest { get; }
}
