using EdgeMirror.Page.Tests.Browser;
using EdgeMirror.Page.Tests.Hosting;

namespace EdgeMirror.Page.Tests;

/// <summary>The expensive parts, started once for every test in the "page" collection: one Chromium,
/// the compiled Worker in workerd serving the page, and a template server for configurations the site does not run with.</summary>
public sealed class PageFixture : IAsyncLifetime
{
    public Chromium Browser { get; private set; } = null!;

    /// <summary>The page as users get it.</summary>
    public ISite Site { get; private set; } = null!;

    /// <summary>The same template filled with a config the test picks (password, host labels, HTTPS).</summary>
    public TemplateServer Variants { get; private set; } = null!;

    private WorkerSite? _worker;

    public async Task InitializeAsync()
    {
        // The machine runs other suites at the same time; give web-first assertions room.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        Variants = new TemplateServer(host => MirrorConfig.For(host, "https"));
        var browser = Chromium.LaunchAsync();
        _worker = await WorkerSite.StartAsync();
        Site = _worker;
        Browser = await browser;
    }

    /// <summary>Opens a fresh context on <paramref name="site"/> (default: <see cref="Site"/>) and waits until
    /// the script has rendered the snippets.</summary>
    public async Task<Tab> VisitAsync(PageOptions options, ISite? site = null, string path = "/")
    {
        site ??= Site;
        var tab = await Browser.OpenAsync(options with { ClipboardOrigin = options.ClipboardOrigin ?? site.Origin });
        await tab.Page.GotoAsync(site.Origin + path);
        if (options.JavaScript)
            await tab.Page.Locator("nav a").First.WaitForAsync();
        return tab;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Variants.DisposeAsync();
        if (_worker is not null) await _worker.DisposeAsync();
    }
}

[CollectionDefinition("page")]
public sealed class PageCollection : ICollectionFixture<PageFixture>;
