using EdgeMirror.Page.Tests.Browser;
using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests;

/// <summary>Keyboard, names for assistive technology, and readable contrast in both colour schemes.</summary>
[Collection("page")]
public sealed class AccessibilityTests(PageFixture fixture)
{
    [Fact]
    public async Task TheKeyboardReachesTheToggleTheCheckAndEveryCopyButtonWithAVisibleFocusRing()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);
        var copyButtons = await tab.Page.Locator("button.copy").CountAsync();
        var reached = new HashSet<string>();
        for (var i = 0; i < copyButtons * 3 + 40 && !reached.Contains("copy:" + (copyButtons - 1)); i++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            var focused = await tab.Page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  const ring = getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) >= 2;
                  if (!ring) return 'no-ring:' + e.outerHTML.slice(0, 80);
                  if (e.id) return e.id;
                  if (e.classList.contains('copy')) return 'copy:' + [...document.querySelectorAll('button.copy')].indexOf(e);
                  return e.tagName.toLowerCase();
                }
                """);
            Assert.DoesNotContain("no-ring:", focused);
            reached.Add(focused);
        }

        Assert.Contains("lang", reached);
        Assert.Contains("recheck", reached);
        for (var i = 0; i < copyButtons; i++) Assert.Contains("copy:" + i, reached);
    }

    [Fact]
    public async Task EveryButtonAndScrollableSnippetHasAnAccessibleName()
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop);

        var unnamed = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, pre, [role=region], nav')]
              .filter(e => !(e.getAttribute('aria-label') || e.textContent).trim() || (e.matches('pre, nav, [role=region]') && !e.getAttribute('aria-label')))
              .map(e => e.outerHTML.slice(0, 80))
            """);
        Assert.Empty(unnamed);
        var copy = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Copy /etc/docker/daemon.json" });
        await Assertions.Expect(copy).ToHaveCountAsync(1);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "切换到中文" })).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TextMeetsWcagAaContrastInLightAndDark(bool dark)
    {
        await using var tab = await fixture.VisitAsync(PageOptions.Desktop with { Dark = dark });
        await Assertions.Expect(tab.Page.Locator("#check")).ToHaveAttributeAsync("data-state", "ok");

        // Each text element against the nearest opaque background behind it.
        var worst = await tab.Page.EvaluateAsync<string[]>("""
            () => {
              const rgb = (c) => c.match(/[\d.]+/g).map(Number);
              const lum = ([r, g, b]) => { const f = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
              const bg = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
              const bad = [];
              for (const e of document.querySelectorAll('h1, h1 span, h2, h3, p, th, td, code, pre, button, nav a, #check, #check small, footer, .bar span, .tag')) {
                if (!e.textContent.trim() || !e.getClientRects().length) continue;
                const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 4.5) bad.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2) + ' ' + e.textContent.slice(0, 30));
              }
              return bad;
            }
            """);
        Assert.Empty(worst);
        var background = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal(dark ? "rgb(14, 17, 22)" : "rgb(245, 247, 250)", background);
    }
}
