using EdgeMirror.Page.Tests.Browser;
using EdgeMirror.TestSupport;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>Screenshots for a reviewer (tests/artifacts/page/), and the layout facts they should show.</summary>
[Collection("page")]
public sealed class ScreenshotTests(PageFixture fixture)
{
    [Theory]
    [InlineData("desktop", 1280, 900, false, "zh-CN")]
    [InlineData("desktop", 1280, 900, true, "zh-CN")]
    [InlineData("phone", 390, 844, false, "zh-CN")]
    [InlineData("phone", 390, 844, true, "zh-CN")]
    [InlineData("desktop", 1280, 900, false, "en-US")]
    [InlineData("phone", 390, 844, true, "en-US")]
    public async Task ThePageIsPhotographedAndFitsTheScreenWidth(string screen, int width, int height, bool dark, string locale)
    {
        await using var tab = await fixture.VisitAsync(new PageOptions { Locale = locale, Width = width, Height = height, Dark = dark });
        var page = tab.Page;
        await Assertions.Expect(page.Locator("#check")).ToHaveAttributeAsync("data-state", "ok");

        var name = $"{screen}-{(dark ? "dark" : "light")}-{locale}";
        var dir = RepoPaths.Artifacts("page");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + "-first-screen.png") });

        Assert.True(new FileInfo(Path.Combine(dir, name + ".png")).Length > 20_000);
        // Nothing but code blocks may be wider than the screen (they scroll on their own).
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the {width}px screen");
        var cards = await page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll('.card')].filter(c => c.getBoundingClientRect().right > {{width}}).map(c => c.id)
            """);
        Assert.Empty(cards);
        Assert.Empty(tab.Errors);
    }
}
