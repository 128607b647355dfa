using EdgeMirror.Page.Tests.Browser;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>The copy buttons put exactly the snippet on the clipboard (read back in the page).</summary>
[Collection("page")]
public sealed class CopyButtonTests(PageFixture fixture)
{
    private static Task<string> ClipboardAsync(Tab tab) =>
        tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

    [Fact]
    public async Task EachCopyButtonPutsItsSnippetOnTheClipboard()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var snippets = await Snippet.AllAsync(tab.Page);
        Assert.NotEmpty(snippets);

        foreach (var snippet in snippets)
        {
            // Something else first, so a button that copies nothing cannot pass on the previous text.
            await tab.Page.EvaluateAsync("() => navigator.clipboard.writeText('-')");
            await snippet.CopyButton.ClickAsync();
            await Assertions.Expect(snippet.CopyButton).ToHaveTextAsync("Copied");
            Assert.Equal(snippet.Text, await ClipboardAsync(tab));
            Assert.Contains(fixture.Site.Host, await ClipboardAsync(tab));
        }
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task CopyingIsAnnouncedToScreenReadersAndTheButtonResets()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var docker = await Snippet.ByIdAsync(tab.Page, "docker-daemon");

        await docker.CopyButton.ClickAsync();

        await Assertions.Expect(tab.Page.Locator("#say")).ToHaveTextAsync("Copied /etc/docker/daemon.json to the clipboard.");
        Assert.Equal("polite", await tab.Page.Locator("#say").GetAttributeAsync("aria-live"));
        await Assertions.Expect(docker.CopyButton).ToHaveTextAsync("Copy", new() { Timeout = 5_000 });
    }

    [Fact]
    public async Task ACopyButtonWorksFromTheKeyboard()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var docker = await Snippet.ByIdAsync(tab.Page, "docker-daemon");

        await docker.CopyButton.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(docker.CopyButton).ToHaveTextAsync("Copied");
        Assert.Equal(docker.Text, await ClipboardAsync(tab));
    }

    [Fact]
    public async Task CopyingStillWorksWhereTheAsyncClipboardIsMissingAsOnPlainHttp()
    {
        await using var tab = await fixture.Browser.OpenAsync(PageOptions.Desktop with { ClipboardOrigin = fixture.Site.Origin });
        // Pages served over plain HTTP from a LAN address have no navigator.clipboard; keep a handle to read back.
        await tab.Page.AddInitScriptAsync("""
            window.readBack = navigator.clipboard;
            Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
            """);
        await tab.Page.GotoAsync(fixture.Site.Origin + "/");
        var pull = (await Snippet.AllAsync(tab.Page)).First(s => s.Id.StartsWith("pull-"));
        await tab.Page.EvaluateAsync("() => window.readBack.writeText('-')");

        await pull.CopyButton.ClickAsync();

        await Assertions.Expect(pull.CopyButton).ToHaveTextAsync("Copied");
        Assert.Equal(pull.Text, await tab.Page.EvaluateAsync<string>("() => window.readBack.readText()"));
        await Assertions.Expect(pull.CopyButton).ToBeFocusedAsync();
    }
}
