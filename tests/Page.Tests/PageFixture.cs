using EdgeMirror.Page.Tests.Browser;
using EdgeMirror.Page.Tests.Hosting;

namespace EdgeMirror.Page.Tests;

/// <summary>The expensive parts, started once for every test in the "page" collection.</summary>
public sealed class PageFixture : IAsyncLifetime
{
    public Chromium Browser { get; private set; } = null!;
    public TemplateServer Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = new TemplateServer(host => MirrorConfig.For(host, "http"));
        Browser = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Site.DisposeAsync();
    }
}

[CollectionDefinition("page")]
public sealed class PageCollection : ICollectionFixture<PageFixture>;
