using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class NginxSettings : GlobalSettings
{
    [CommandOption("--domain <HOST>")]
    [Description("The mirror's hostname (server_name; the realm clients are sent to).")]
    public string? Domain { get; init; }

    [CommandOption("--fallback <WORKER_HOST>")]
    [Description("The EdgeMirror Worker's hostname (or base URL) used when the upstream answers 429.")]
    public string? Fallback { get; init; }

    [CommandOption("--upstream <URL>")]
    [Description("The registry tried first (default https://registry-1.docker.io).")]
    public string Upstream { get; init; } = "https://registry-1.docker.io";

    [CommandOption("--auth <URL>")]
    [Description("The token service /token is proxied to (default https://auth.docker.io).")]
    public string Auth { get; init; } = "https://auth.docker.io";

    [CommandOption("--listen <ADDRESS>")]
    [Description("nginx listen address (default 443).")]
    public string Listen { get; init; } = "443";

    [CommandOption("--no-tls")]
    [Description("Serve plain HTTP (behind another TLS terminator, or for local tests).")]
    public bool NoTls { get; init; }

    [CommandOption("--cert <FILE>")]
    [Description("Certificate chain (default /etc/letsencrypt/live/HOST/fullchain.pem).")]
    public string? Certificate { get; init; }

    [CommandOption("--key <FILE>")]
    [Description("Private key (default /etc/letsencrypt/live/HOST/privkey.pem).")]
    public string? Key { get; init; }

    [CommandOption("--resolver <ADDRESSES>")]
    [Description("DNS resolvers nginx uses for upstream names (default \"1.1.1.1 8.8.8.8\").")]
    public string Resolver { get; init; } = "1.1.1.1 8.8.8.8";

    [CommandOption("--ca-file <FILE>")]
    [Description("CA bundle for verifying upstream certificates (default /etc/ssl/certs/ca-certificates.crt).")]
    public string CaFile { get; init; } = "/etc/ssl/certs/ca-certificates.crt";

    [CommandOption("--public-url <URL>")]
    [Description("The URL clients use for this mirror, if not https://HOST (e.g. behind a port).")]
    public string? PublicUrl { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Write the config to FILE instead of stdout.")]
    public string? Output { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Domain) ? ValidationResult.Error("--domain HOST is required")
        : string.IsNullOrWhiteSpace(Fallback) ? ValidationResult.Error("--fallback WORKER_HOST is required")
        : ValidationResult.Success();
}
