using System.Text.RegularExpressions;
using Microsoft.Playwright;
using EdgeMirror.Page.Tests.Browser;

namespace EdgeMirror.Page.Tests;

/// <summary>Small and self-contained, so the page works where CDNs are blocked.</summary>
[Collection("page")]
public sealed class PageSizeTests(PageFixture fixture)
{
    [Fact]
    public async Task TheServedPageIsUnder30Kilobytes()
    {
        using var http = new HttpClient();
        var bytes = await http.GetByteArrayAsync(fixture.Site.Origin + "/");

        Assert.InRange(bytes.Length, 5_000, 30 * 1024 - 1);
    }

    [Fact]
    public void TheTemplateLinksNoExternalScriptStyleOrFont()
    {
        var html = Hosting.Template.Read();

        Assert.DoesNotMatch(new Regex(@"<script[^>]+src=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<link\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import|@font-face|url\(", RegexOptions.IgnoreCase), html);
        Assert.Contains("{{host}}", html);
        Assert.Contains("{{config}}", html);
    }

    [Fact]
    public async Task LoadingThePageRequestsNothingFromAnotherOrigin()
    {
        await using var tab = await fixture.Browser.OpenAsync(PageOptions.Desktop);
        var requested = new List<string>();
        tab.Page.Request += (_, request) => { lock (requested) requested.Add(request.Url); };

        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        await Assertions.Expect(tab.Page.Locator("#check")).ToHaveAttributeAsync("data-state", "ok");

        lock (requested)
        {
            Assert.Contains(fixture.Site.Origin + "/v2/", requested);
            Assert.All(requested, url => Assert.StartsWith(fixture.Site.Origin + "/", url));
        }
    }
}
