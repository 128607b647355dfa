using EdgeMirror.Page.Tests.Browser;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>zh-CN and English: the browser's language decides, the toggle overrides and is remembered.</summary>
[Collection("page")]
public sealed class LanguageTests(PageFixture fixture)
{
    [Fact]
    public async Task AChineseBrowserGetsTheChinesePage()
    {
        await using var tab = await fixture.Browser.OpenAsync(new PageOptions { Locale = "zh-CN" });
        var sent = "";
        tab.Page.Request += (_, request) =>
        {
            if (request.ResourceType == "document") sent = request.Headers.GetValueOrDefault("accept-language", "");
        };
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        await tab.Page.Locator("nav a").First.WaitForAsync();

        Assert.StartsWith("zh-CN", sent);
        Assert.Equal("zh-CN", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(tab.Page.Locator("#check-h")).ToHaveTextAsync("在线检测");
        await Assertions.Expect(tab.Page.Locator("button.copy").First).ToHaveTextAsync("复制");
        await Assertions.Expect(tab.Page.Locator("#lang")).ToHaveTextAsync("English");
        Assert.Contains("容器镜像加速", await tab.Page.TitleAsync());
    }

    [Fact]
    public async Task AnEnglishBrowserGetsTheEnglishPage()
    {
        await using var tab = await fixture.VisitAsync(new PageOptions { Locale = "en-GB" });

        Assert.Equal("en", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(tab.Page.Locator("#check-h")).ToHaveTextAsync("Live check");
        await Assertions.Expect(tab.Page.Locator("button.copy").First).ToHaveTextAsync("Copy");
        await Assertions.Expect(tab.Page.Locator("#lang")).ToHaveTextAsync("中文");
    }

    [Fact]
    public async Task TheToggleSwitchesTheLanguageAndTheChoiceSurvivesAReload()
    {
        await using var tab = await fixture.VisitAsync(new PageOptions { Locale = "en-US" });
        var toggle = tab.Page.Locator("#lang");

        await toggle.ClickAsync();
        Assert.Equal("zh-CN", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(tab.Page.Locator("#check-h")).ToHaveTextAsync("在线检测");
        await Assertions.Expect(tab.Page.Locator("#pull-h")).ToHaveTextAsync("直接拉取");
        await Assertions.Expect(toggle).ToHaveTextAsync("English");
        // Snippets stay complete after re-rendering in the other language.
        Assert.All(await Snippet.AllAsync(tab.Page), s => Assert.Contains(fixture.Site.Host, s.Text));

        await tab.Page.ReloadAsync();
        await tab.Page.Locator("nav a").First.WaitForAsync();
        Assert.Equal("zh-CN", await tab.Page.Locator("html").GetAttributeAsync("lang"));

        await toggle.ClickAsync();
        await Assertions.Expect(tab.Page.Locator("#check-h")).ToHaveTextAsync("Live check");
        Assert.Equal("en", await tab.Page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task TheLiveCheckResultIsRetoldInTheNewLanguage()
    {
        await using var tab = await fixture.VisitAsync(new PageOptions { Locale = "en-US" });
        var check = tab.Page.Locator("#check");
        await Assertions.Expect(check).Not.ToHaveAttributeAsync("data-state", "pending");

        await tab.Page.Locator("#lang").ClickAsync();

        await Assertions.Expect(check).ToContainTextAsync("/v2/");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", await check.TextContentAsync() ?? "");
    }
}
