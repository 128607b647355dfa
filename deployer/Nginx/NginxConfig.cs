using System.Reflection;
using EdgeMirror.Deployer.CommandLine;

namespace EdgeMirror.Deployer.Nginx;

/// <summary>Renders the nginx front (Templates/mirror.conf, embedded) for one domain and Worker.</summary>
public static class NginxConfig
{
    public static string Render(NginxOptions options)
    {
        var upstream = BaseUrl(options.Upstream, "--upstream");
        var fallback = BaseUrl(options.Fallback.Contains("://") ? options.Fallback : "https://" + options.Fallback, "--fallback");
        var auth = BaseUrl(options.Auth, "--auth");
        var publicUrl = (options.PublicUrl ?? $"{(options.Tls ? "https" : "http")}://{options.Domain}").TrimEnd('/');

        var tls = "";
        if (options.Tls)
            tls = Template("tls.conf")
                .Replace("{{CERT}}", options.Certificate ?? $"/etc/letsencrypt/live/{options.Domain}/fullchain.pem")
                .Replace("{{KEY}}", options.CertificateKey ?? $"/etc/letsencrypt/live/{options.Domain}/privkey.pem");

        return Template("mirror.conf")
            .Replace("{{TLS}}", tls)
            .Replace("{{LISTEN}}", options.Tls && !options.Listen.Contains("ssl") ? options.Listen + " ssl" : options.Listen)
            .Replace("{{DOMAIN}}", options.Domain)
            .Replace("{{PUBLIC_URL}}", publicUrl)
            .Replace("{{UPSTREAM}}", upstream.GetLeftPart(UriPartial.Authority))
            .Replace("{{UPSTREAM_HOST}}", upstream.Host)
            .Replace("{{FALLBACK_URL}}", fallback.GetLeftPart(UriPartial.Authority))
            .Replace("{{FALLBACK_HOST}}", fallback.IsDefaultPort ? fallback.Host : fallback.Authority)
            .Replace("{{AUTH}}", auth.GetLeftPart(UriPartial.Authority))
            .Replace("{{AUTH_HOST}}", auth.Host)
            .Replace("{{RESOLVER}}", options.Resolver)
            .Replace("{{CA_FILE}}", options.CaFile);
    }

    private static Uri BaseUrl(string value, string option)
    {
        if (Uri.TryCreate(value.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && !value.Any(c => char.IsWhiteSpace(c) || c is ';' or '\'' or '"' or '{' or '}'))
            return uri;
        throw new DeployerException(ExitCode.Usage, $"{option} {value} is not a base URL.",
            $"Pass {option} as https://host[:port] (no path), e.g. {option} https://hub.example.com.");
    }

    private static string Template(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"nginx/{name}")
            ?? throw new InvalidOperationException($"embedded template nginx/{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
