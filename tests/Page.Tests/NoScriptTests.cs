using EdgeMirror.Page.Tests.Browser;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>With JavaScript off the page still tells a Docker user what to paste.</summary>
[Collection("page")]
public sealed class NoScriptTests(PageFixture fixture)
{
    [Fact]
    public async Task WithJavaScriptOffTheDockerSnippetStillNamesTheHost()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop with { JavaScript = false });
        var docker = tab.Page.Locator("#docker pre").First;

        await Assertions.Expect(docker).ToBeVisibleAsync();
        Assert.Contains($"\"registry-mirrors\": [\"https://{fixture.Site.Host}\"]", await docker.TextContentAsync());
        Assert.Contains($"docker pull {fixture.Site.Host}/library/alpine:latest", await tab.Page.Locator("#docker").TextContentAsync());
        Assert.DoesNotContain("{{", await tab.Page.Locator("body").InnerTextAsync());
        // Parts that need the script stay out of the way instead of showing a check that never runs.
        Assert.False(await tab.Page.Locator("#check").IsVisibleAsync());
        Assert.False(await tab.Page.Locator("#lang").IsVisibleAsync());
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(EdgeMirror.TestSupport.RepoPaths.Artifacts("page"), "desktop-light-no-script.png"), FullPage = true });
    }
}
