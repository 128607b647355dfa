using Microsoft.Playwright;

namespace EdgeMirror.Page.Tests.Browser;

/// <summary>A page in a context of its own, with the script errors and console errors it raised.</summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    public Tab(IPage page)
    {
        Page = page;
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
        page.Console += (_, message) =>
        {
            // Chromium logs every 4xx (the check's expected 401, a missing favicon) as a console error: not a script fault.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                lock (_errors) _errors.Add(message.Text);
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
