using EdgeMirror.TestSupport;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for the whole suite, driven by Playwright's driver from the NuGet
/// package (no Playwright browser download). Every test gets its own context, so locale,
/// colour scheme, viewport and storage never leak between tests.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run tests/setup.sh (it installs Debian's chromium).");
        var playwright = await Playwright.CreateAsync();
        // LaunchAsync gives the browser a fresh temporary user-data-dir of its own and deletes it on close.
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });
        return new Chromium(playwright, browser);
    }

    public async Task<Tab> OpenAsync(PageOptions options)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = options.Locale,
            ColorScheme = options.Dark ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            JavaScriptEnabled = options.JavaScript,
            DeviceScaleFactor = options.Width < 600 ? 2 : 1,
            IsMobile = false,
        });
        context.SetDefaultTimeout(15_000);
        if (options.ClipboardOrigin is { } origin)
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = origin });
        return new Tab(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
