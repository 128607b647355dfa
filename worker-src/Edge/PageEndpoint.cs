using EdgeMirror.Worker.Core.Page;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>The landing page and the small fixed answers browsers and crawlers ask for.</summary>
public static class PageEndpoint
{
    public static Response Page(MirrorRequest request)
    {
        var settings = request.Settings;
        var config = PageConfig.ToJson(request.Host, request.Scheme, settings.PasswordRequired, settings.HostLabels, settings.Registries);
        var html = PageTemplate.Render(Assets.IndexHtml, request.Host, config);
        return Answers.Text(200, "text/html; charset=utf-8", html, request.IsHead, "public, max-age=300");
    }

    public static Response Favicon(MirrorRequest request) =>
        Answers.Text(200, "image/svg+xml", StaticAnswers.FaviconSvg, request.IsHead, "public, max-age=86400");

    public static Response Robots(MirrorRequest request) =>
        Answers.Text(200, "text/plain; charset=utf-8", StaticAnswers.RobotsTxt, request.IsHead, "public, max-age=86400");
}
