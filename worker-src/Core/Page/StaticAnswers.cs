namespace EdgeMirror.Worker.Core.Page;

/// <summary>The small fixed answers for paths browsers and crawlers ask for.</summary>
public static class StaticAnswers
{
    /// <summary>Crawlers may see the page, not the registry API.</summary>
    public const string RobotsTxt = "User-agent: *\nDisallow: /v2/\nDisallow: /token\n";

    /// <summary>A tiny SVG icon (a box), served for /favicon.ico with its own content type.</summary>
    public const string FaviconSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
        + "<rect x=\"1\" y=\"4\" width=\"14\" height=\"10\" rx=\"1\" fill=\"#2563eb\"/>"
        + "<rect x=\"3\" y=\"1\" width=\"10\" height=\"4\" rx=\"1\" fill=\"#60a5fa\"/></svg>";
}
