using H5;

namespace EdgeMirror.Worker.Edge;

/// <summary>Files bundled with the Worker as text modules (wrangler's default rule for *.html). The
/// import path is relative to dist/worker.js.</summary>
public static class Assets
{
    /// <summary>The landing page template (html/index.html): a text module, i.e. one string.</summary>
    [Import("../html/index.html")]
    public static extern string IndexHtml { get; }
}
