using System.Threading.Tasks;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>HMAC-SHA256 and SHA-256 through <c>crypto.subtle</c>, as lowercase hex.</summary>
public static class Hmac
{
    public static async Task<string> Sha256Hex(string key, string message)
    {
        var encoder = new TextEncoder();
        var algorithm = new HmacImportParams { Name = "HMAC", Hash = "SHA-256" };
        var cryptoKey = await Crypto.Subtle.ImportKey("raw", encoder.Encode(key), algorithm, false, new[] { "sign" });
        var signature = await Crypto.Subtle.Sign("HMAC", cryptoKey, encoder.Encode(message));
        return Hex(new Uint8Array(signature));
    }

    public static async Task<string> DigestHex(string text)
    {
        var hash = await Crypto.Subtle.Digest("SHA-256", new TextEncoder().Encode(text));
        return Hex(new Uint8Array(hash));
    }

    public static string RandomHex(int bytes) => Hex(Crypto.GetRandomValues(new Uint8Array(bytes)));

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
