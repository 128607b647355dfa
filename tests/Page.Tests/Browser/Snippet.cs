using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests.Browser;

/// <summary>One copyable block on the page: its id, the text shown and its copy button.</summary>
public sealed record Snippet(string Id, string Text, ILocator CopyButton)
{
    public static async Task<IReadOnlyList<Snippet>> AllAsync(IPage page)
    {
        var blocks = page.Locator("[data-snippet]");
        var count = await blocks.CountAsync();
        var snippets = new List<Snippet>(count);
        for (var i = 0; i < count; i++)
        {
            var block = blocks.Nth(i);
            var id = await block.GetAttributeAsync("data-snippet") ?? "";
            var text = await block.Locator("pre").TextContentAsync() ?? "";
            snippets.Add(new Snippet(id, text, block.Locator("button.copy")));
        }
        return snippets;
    }

    public static async Task<Snippet> ByIdAsync(IPage page, string id) =>
        (await AllAsync(page)).SingleOrDefault(s => s.Id == id)
        ?? throw new InvalidOperationException($"no snippet {id} on the page");
}
