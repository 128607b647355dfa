namespace EdgeMirror.Worker.Core.Page;

/// <summary>Fills the landing page template: every <c>{{host}}</c> (HTML-escaped) and every
/// <c>{{config}}</c> (JSON that is already safe inside a script element).</summary>
public static class PageTemplate
{
    public static string Render(string template, string host, string configJson) =>
        template.Replace("{{host}}", HtmlEscape(host)).Replace("{{config}}", configJson);

    public static string HtmlEscape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
