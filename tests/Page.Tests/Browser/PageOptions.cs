namespace EdgeMirror.Page.Tests.Browser;

/// <summary>How a test's browser context looks to the page: language, colour scheme, screen, JS.</summary>
public sealed record PageOptions
{
    public string Locale { get; init; } = "en-US";
    public bool Dark { get; init; }
    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 900;
    public bool JavaScript { get; init; } = true;

    /// <summary>Origin to grant clipboard read/write to, for the copy-button tests.</summary>
    public string? ClipboardOrigin { get; init; }

    public static PageOptions Desktop { get; } = new();
    public static PageOptions Phone { get; } = new() { Width = 390, Height = 844 };
}
