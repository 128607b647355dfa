using H5;

namespace EdgeMirror.Worker.Edge;

/// <summary>Files bundled with the Worker as text modules (wrangler's default rule for *.html). The
/// import path is relative to dist/worker.js.</summary>
public static class Assets
{
    // cs2js binds [Import] on a type (and on methods) but not yet on a static property, so the page is
    // imported as a "type" and its binding read through typeof: `import IndexHtmlModule$import from "../html/index.html"`.
    public static string IndexHtml => Script.Write<string>("{0}", typeof(IndexHtmlModule));
}

/// <summary>The landing page template (html/index.html): a text module, i.e. one string.</summary>
[External, Import("../html/index.html")]
public sealed class IndexHtmlModule
{
}
