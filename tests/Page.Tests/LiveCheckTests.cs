using System.Text.RegularExpressions;
using EdgeMirror.Page.Tests.Browser;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>The page asks /v2/ from the browser and says whether the mirror answers, and how fast.</summary>
[Collection("page")]
public sealed class LiveCheckTests(PageFixture fixture)
{
    [Fact]
    public async Task TheLiveCheckReportsThatTheMirrorAnswersAndHowFast()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var check = tab.Page.Locator("#check");

        await Assertions.Expect(check).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(check).ToContainTextAsync(new Regex(@"The mirror answers: HTTP (200|401) from /v2/ in \d+ ms\."));
        Assert.Equal("polite", await check.GetAttributeAsync("aria-live"));
        Assert.Equal("status", await check.GetAttributeAsync("role"));
    }

    [Fact]
    public async Task TheLiveCheckReportsFailureWhenV2AnswersWithAServerError()
    {
        await using var tab = await fixture.Browser.OpenAsync(PageOptions.Desktop);
        await tab.Page.RouteAsync("**/v2/", route => route.FulfillAsync(new() { Status = 502, Body = "{\"errors\":[]}" }));
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        var check = tab.Page.Locator("#check");

        await Assertions.Expect(check).ToHaveAttributeAsync("data-state", "bad");
        await Assertions.Expect(check).ToContainTextAsync(new Regex(@"HTTP 502 from /v2/ after \d+ ms"));
    }

    [Fact]
    public async Task TheLiveCheckReportsFailureWhenTheMirrorCannotBeReached()
    {
        await using var tab = await fixture.Browser.OpenAsync(new PageOptions { Locale = "zh-CN" });
        await tab.Page.RouteAsync("**/v2/", route => route.AbortAsync("connectionrefused"));
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        var check = tab.Page.Locator("#check");

        await Assertions.Expect(check).ToHaveAttributeAsync("data-state", "bad");
        await Assertions.Expect(check).ToContainTextAsync("无法连接到镜像服务（网络错误）。");
        await Assertions.Expect(check.Locator("small")).ToContainTextAsync("检测时间");
    }

    [Fact]
    public async Task CheckAgainFindsTheMirrorOnceV2Answers()
    {
        await using var tab = await fixture.Browser.OpenAsync(PageOptions.Desktop);
        await tab.Page.RouteAsync("**/v2/", route => route.FulfillAsync(new() { Status = 503 }));
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        var check = tab.Page.Locator("#check");
        await Assertions.Expect(check).ToHaveAttributeAsync("data-state", "bad");

        await tab.Page.UnrouteAllAsync();
        await tab.Page.Locator("#recheck").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(check).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(tab.Page.Locator("#recheck")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task WhileACheckRunsTheButtonSaysSoAndKeepsFocus()
    {
        await using var tab = await fixture.Browser.OpenAsync(PageOptions.Desktop);
        var release = new TaskCompletionSource();
        await tab.Page.RouteAsync("**/v2/", async route => { await release.Task; await route.ContinueAsync(); });
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        var button = tab.Page.Locator("#recheck");
        await button.FocusAsync();

        await Assertions.Expect(tab.Page.Locator("#check")).ToHaveAttributeAsync("data-state", "pending");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-disabled", "true");
        await Assertions.Expect(button).ToBeFocusedAsync();
        release.SetResult();

        await Assertions.Expect(tab.Page.Locator("#check")).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-disabled", "false");
    }
}
