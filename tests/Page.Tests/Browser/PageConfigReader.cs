using EdgeMirror.Page.Tests.Hosting;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests.Browser;

/// <summary>Reads back the config the server put into the page, so assertions follow what was served.</summary>
public static class PageConfigReader
{
    public static async Task<MirrorConfig> ReadAsync(IPage page) =>
        MirrorConfig.Parse(await page.Locator("#mirror-config").TextContentAsync() ?? "");
}
