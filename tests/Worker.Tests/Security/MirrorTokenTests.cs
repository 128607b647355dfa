using System.Security.Cryptography;
using System.Text;
using EdgeMirror.Worker.Core.Access;

namespace EdgeMirror.Worker.Tests.Security;

public sealed class MirrorTokenTests
{
    /// <summary>A token as the Worker signs one (HMAC-SHA256 keyed with the password); the workerd suite
    /// uses this to check that .NET's HMAC and the Worker's crypto.subtle agree.</summary>
    public static string Sign(string password, long expiresAt, string nonce = "00ff")
    {
        var signed = MirrorToken.SignedPartFor(expiresAt, nonce);
        var mac = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(signed)));
        return MirrorToken.Compose(signed, mac);
    }

    [Fact]
    public void A_token_is_taken_apart_into_its_signed_part_expiry_and_signature()
    {
        var token = Sign("pw", 1_900_000_000, "a1b2");
        var parsed = MirrorToken.Parse(token)!;
        Assert.Equal("em1.1900000000.a1b2", parsed.SignedPart);
        Assert.Equal(1_900_000_000, parsed.ExpiresAt);
        Assert.Equal(64, parsed.Signature.Length);
        Assert.False(parsed.IsExpired(1_899_999_999));
        Assert.True(parsed.IsExpired(1_900_000_000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("em1.123.ab")]
    [InlineData("em2.123.ab.0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("em1.-12.ab.0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("em1.12.AB.0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("em1.12..0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("em1.12.ab.000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("em1.12.ab.00000000000000000000000000000000000000000000000000000000000000000.x")]
    [InlineData("em1.9999999999999.ab.0000000000000000000000000000000000000000000000000000000000000000")]
    public void Anything_but_the_exact_grammar_is_not_a_token(string text)
    {
        Assert.Null(MirrorToken.Parse(text));
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer   abc ", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("Bearer ", null)]
    [InlineData(null, null)]
    public void The_token_is_read_from_a_bearer_authorization_header(string? header, string? token)
    {
        Assert.Equal(token, MirrorToken.FromAuthorization(header));
    }

    [Fact]
    public void Constant_time_comparison_is_plain_equality()
    {
        Assert.True(ConstantTime.Equal("abcdef", "abcdef"));
        Assert.False(ConstantTime.Equal("abcdef", "abcdeg"));
        Assert.False(ConstantTime.Equal("abc", "abcd"));
    }
}
