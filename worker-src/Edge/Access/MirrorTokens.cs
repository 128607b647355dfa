using System;
using System.Threading.Tasks;
using EdgeMirror.Worker.Core.Access;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>Issues and checks the mirror's own bearer tokens (<see cref="MirrorToken"/>), signed with
/// MIRROR_PASSWORD as the HMAC key.</summary>
public static class MirrorTokens
{
    public static async Task<string> Issue(string password)
    {
        var signedPart = MirrorToken.SignedPartFor(NowSeconds() + MirrorToken.LifetimeSeconds, Hmac.RandomHex(16));
        return MirrorToken.Compose(signedPart, await Hmac.Sha256Hex(password, signedPart));
    }

    /// <summary>Whether the Authorization header carries a token this mirror signed that has not expired.</summary>
    public static async Task<bool> Verify(string password, string? authorization)
    {
        var text = MirrorToken.FromAuthorization(authorization);
        var token = text == null ? null : MirrorToken.Parse(text);
        if (token == null || token.IsExpired(NowSeconds())) return false;
        var expected = await Hmac.Sha256Hex(password, token.SignedPart);
        return ConstantTime.Equal(expected, token.Signature);
    }

    /// <summary>Compares hashes, so the time taken says nothing about the password's length or prefix.</summary>
    public static async Task<bool> PasswordMatches(string password, string? given)
    {
        if (given == null) return false;
        return ConstantTime.Equal(await Hmac.DigestHex(password), await Hmac.DigestHex(given));
    }

    private static long NowSeconds() => (long)Math.Floor(Timers.Now() / 1000);
}
