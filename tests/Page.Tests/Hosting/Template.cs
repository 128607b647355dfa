using EdgeMirror.TestSupport;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The page template as it is in the repository (html/index.html).</summary>
public static class Template
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "html", "index.html");

    public static string Read() => File.ReadAllText(Path);

    /// <summary>The Worker's substitution (worker-src PageTemplate): every {{host}}, HTML-escaped, then the {{config}} JSON.</summary>
    public static string Fill(string template, MirrorConfig config) =>
        template.Replace("{{host}}", System.Net.WebUtility.HtmlEncode(config.Host)).Replace("{{config}}", config.ToJson());
}
