using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Json;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class TokenAnswerTests
{
    [Fact]
    public void An_access_token_only_answer_gets_a_token_field()
    {
        var body = TokenAnswer.WithBothTokenFields("{\"access_token\":\"abc\",\"expires_in\":300}");
        var parsed = JsonReader.TryParse(body)!;
        Assert.Equal("abc", parsed.GetString("token"));
        Assert.Equal("abc", parsed.GetString("access_token"));
        Assert.Equal("300", parsed.Get("expires_in")!.Text);
    }

    [Fact]
    public void A_token_only_answer_gets_an_access_token_field()
    {
        var parsed = JsonReader.TryParse(TokenAnswer.WithBothTokenFields(" {\"token\":\"x\"}"))!;
        Assert.Equal("x", parsed.GetString("access_token"));
    }

    [Theory]
    [InlineData("{\"token\":\"a\",\"access_token\":\"a\"}")]
    [InlineData("{\"details\":\"denied\"}")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Other_answers_are_unchanged(string body) => Assert.Equal(body, TokenAnswer.WithBothTokenFields(body));

    [Theory]
    [InlineData("{\"token\":\"a\",\"access_token\":\"b\"}", "a")]
    [InlineData("{\"access_token\":\"b\"}", "b")]
    [InlineData("{\"token\":\"\",\"access_token\":\"b\"}", "b")]
    [InlineData("{\"token\":\"\"}", null)]
    [InlineData("{\"details\":\"x\"}", null)]
    [InlineData("<html>", null)]
    public void The_bearer_token_is_read_from_token_or_access_token(string body, string? expected) =>
        Assert.Equal(expected, TokenAnswer.Read(body));
}
