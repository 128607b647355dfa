using EdgeMirror.Worker.Core.Auth;
using EdgeMirror.Worker.Core.Caching;

namespace EdgeMirror.Worker.Tests.Core;

/// <summary>The placeholder token /token hands out for registries without tokens is nobody's credential.</summary>
public sealed class NoTokenNeededTests
{
    [Theory]
    [InlineData("Bearer anonymous", true)]
    [InlineData("bearer anonymous ", true)]
    [InlineData("Bearer anonymousX", false)]
    [InlineData("Bearer  anonymous", false)]
    [InlineData("Bearer anonymous anonymous", false)]
    [InlineData("BEARER anonymous", true)]
    [InlineData("Basic anonymous", false)]
    [InlineData("Bearer fake.anonymous.x", false)]
    [InlineData(null, false)]
    public void Only_the_exact_placeholder_is_recognised(string? authorization, bool placeholder)
    {
        Assert.Equal(placeholder, TokenAnswer.IsNoTokenNeeded(authorization));
    }

    [Fact]
    public void A_request_with_the_placeholder_counts_as_anonymous_for_the_cache()
    {
        Assert.Equal(CredentialKind.None, CachePolicy.Classify("Bearer " + TokenAnswer.NoTokenNeeded, false));
        Assert.Equal(CredentialKind.Client, CachePolicy.Classify("Bearer someone-elses", false));
    }
}
