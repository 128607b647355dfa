using EdgeMirror.Worker.Core.Routing;

namespace EdgeMirror.Worker.Tests.Core;

public sealed class RepositoryNameTests
{
    [Theory]
    [InlineData("nginx")]
    [InlineData("library/nginx")]
    [InlineData("a/b/c/d")]
    [InlineData("my-org/my__image")]
    [InlineData("a.b/c_d/e--f")]
    [InlineData("0")]
    public void Names_of_the_distribution_grammar_are_valid(string name) => Assert.True(RepositoryName.IsValid(name));

    [Theory]
    [InlineData("")]
    [InlineData("Nginx")]
    [InlineData("a//b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("a..b")]
    [InlineData("a___b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("..")]
    [InlineData("a/../b")]
    [InlineData("a%2fb")]
    [InlineData("a:b")]
    public void Names_outside_the_grammar_are_invalid(string name) => Assert.False(RepositoryName.IsValid(name));

    [Fact]
    public void Names_longer_than_255_characters_are_invalid() =>
        Assert.False(RepositoryName.IsValid(new string('a', 256)));

    [Theory]
    [InlineData("latest", true)]
    [InlineData("v1.2.3-rc_1", true)]
    [InlineData("_x", true)]
    [InlineData(".x", false)]
    [InlineData("-x", false)]
    [InlineData("a:b", false)]
    [InlineData("", false)]
    public void Tags_follow_the_grammar(string tag, bool valid) => Assert.Equal(valid, RepositoryName.IsValidTag(tag));

    [Fact]
    public void Tags_are_at_most_128_characters()
    {
        Assert.True(RepositoryName.IsValidTag(new string('a', 128)));
        Assert.False(RepositoryName.IsValidTag(new string('a', 129)));
    }

    [Theory]
    [InlineData("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", true)]
    [InlineData("sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", false)]
    [InlineData("sha256:abc", false)]
    [InlineData("multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8", true)]
    [InlineData("sha256", false)]
    [InlineData(":abc", false)]
    [InlineData("sha-:abc", false)]
    public void Digests_follow_the_grammar(string digest, bool valid) => Assert.Equal(valid, RepositoryName.IsValidDigest(digest));

    [Theory]
    [InlineData("nginx", "library/nginx")]
    [InlineData("bitnami/nginx", "bitnami/nginx")]
    public void Only_one_segment_names_get_library(string name, string expected) =>
        Assert.Equal(expected, RepositoryName.WithLibraryPrefix(name));
}
