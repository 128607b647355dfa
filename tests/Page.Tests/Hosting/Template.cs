using EdgeMirror.TestSupport;

namespace EdgeMirror.Page.Tests.Hosting;

/// <summary>The page template as it is in the repository (html/index.html).</summary>
public static class Template
{
    public static string Path => System.IO.Path.Combine(RepoPaths.Root, "html", "index.html");

    public static string Read() => File.ReadAllText(Path);

    /// <summary>The Worker's substitution: every {{host}} and the {{config}} JSON.</summary>
    public static string Fill(string template, MirrorConfig config) =>
        template.Replace("{{config}}", config.ToJson()).Replace("{{host}}", config.Host);
}
