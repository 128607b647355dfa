namespace EdgeMirror.Deployer.Nginx;

/// <summary>Everything the generated nginx front needs. Upstream, fallback and auth are base URLs
/// (scheme + host[:port]); the fallback may be given as a bare host, meaning https.</summary>
public sealed record NginxOptions(
    string Domain,
    string Fallback,
    string Upstream = "https://registry-1.docker.io",
    string Auth = "https://auth.docker.io",
    string Listen = "443 ssl",
    bool Tls = true,
    string? Certificate = null,
    string? CertificateKey = null,
    string Resolver = "1.1.1.1 8.8.8.8",
    string CaFile = "/etc/ssl/certs/ca-certificates.crt",
    string? PublicUrl = null);
