using EdgeMirror.Page.Tests.Browser;
using EdgeMirror.TestSupport;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

[Collection("page")]
public sealed class ScreenshotTests(PageFixture fixture)
{
    [Theory]
    [InlineData("desktop", 1280, false)]
    [InlineData("desktop", 1280, true)]
    [InlineData("phone", 390, false)]
    [InlineData("phone", 390, true)]
    public async Task ThePageIsPhotographedAtDesktopAndPhoneWidthInLightAndDark(string screen, int width, bool dark)
    {
        await using var tab = await fixture.Browser.OpenAsync(new PageOptions { Locale = "zh-CN", Width = width, Height = width < 600 ? 844 : 900, Dark = dark });
        var page = tab.Page;
        await page.GotoAsync(fixture.Site.Origin + "/");
        await page.Locator("#check[data-state=ok]").WaitForAsync();
        var file = Path.Combine(RepoPaths.Artifacts("page"), $"{screen}-{(dark ? "dark" : "light")}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000);
        Assert.Empty(tab.Errors);
    }
}
