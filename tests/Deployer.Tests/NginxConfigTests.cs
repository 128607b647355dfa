using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.Tests.Infrastructure;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`nginx` writes a config Debian's nginx accepts (nginx -t), with the seed's mistakes corrected.</summary>
public sealed class NginxConfigTests : IDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private readonly TempProject _project = new();

    private string Prefix => Directory.CreateDirectory(Path.Combine(_project.Root, "nginx")).FullName;

    private async Task<string> GenerateAsync(params string[] options)
    {
        var output = Path.Combine(Prefix, "edgemirror.conf");
        var result = await DeployerProcess.RunAsync(_project, ["nginx", "--domain", "hub.example.com", "--fallback", "edge.example.com", "-o", output, .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllText(output);
    }

    /// <summary>nginx -t on a minimal nginx.conf that includes the generated file inside http { }.</summary>
    private async Task<BufferedCommandResult> NginxTestAsync()
    {
        Directory.CreateDirectory(Path.Combine(Prefix, "logs"));
        var main = Path.Combine(Prefix, "nginx.conf");
        File.WriteAllText(main, $$"""
            pid {{Prefix}}/nginx.pid;
            error_log {{Prefix}}/logs/error.log;
            events {}
            http {
                access_log off;
                client_body_temp_path {{Prefix}}/body;
                proxy_temp_path {{Prefix}}/proxy;
                include {{Prefix}}/edgemirror.conf;
            }
            """);
        return await Cli.Wrap(Nginx).WithArguments(["-t", "-p", Prefix, "-c", main])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
    }

    [Fact]
    public async Task The_tls_config_passes_nginx_t_with_modern_tls_only_and_one_host_header_per_upstream()
    {
        var cert = Path.Combine(Prefix, "cert.pem");
        var key = Path.Combine(Prefix, "key.pem");
        var openssl = await Cli.Wrap("openssl")
            .WithArguments(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                "-subj", "/CN=hub.example.com", "-keyout", key, "-out", cert])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.True(openssl.ExitCode == 0, openssl.StandardError);

        var config = await GenerateAsync("--cert", cert, "--key", key);
        var test = await NginxTestAsync();

        Assert.True(test.ExitCode == 0, test.StandardError + "\n" + config);
        Assert.Contains("syntax is ok", test.StandardError);
        Assert.Contains("ssl_protocols TLSv1.2 TLSv1.3;", config);
        Assert.DoesNotContain("TLSv1.1", config);
        Assert.DoesNotContain("TLSv1 ", config);
        Assert.Contains("listen 443 ssl;", config);
        Assert.Contains("proxy_ssl_server_name on;", config);
        Assert.Contains("error_page 429 = @edgemirror_fallback;", config);
        Assert.Contains("realm=\"https://hub.example.com/token\"", config);
        // Each location sets Host once (the seed's fallback sent two).
        foreach (var location in config.Split("location ").Skip(1))
            Assert.True(location.Split("proxy_set_header Host ").Length <= 2, location);
        Assert.Contains("proxy_set_header Host edge.example.com;", config);
    }

    [Fact]
    public async Task The_plain_http_variant_passes_nginx_t_too()
    {
        var config = await GenerateAsync("--no-tls", "--listen", "127.0.0.1:8080");
        var test = await NginxTestAsync();

        Assert.True(test.ExitCode == 0, test.StandardError + "\n" + config);
        Assert.DoesNotContain("ssl_certificate", config);
        Assert.Contains("listen 127.0.0.1:8080;", config);
        Assert.Contains("realm=\"http://hub.example.com/token\"", config);
    }

    [Fact]
    public async Task A_fallback_that_is_not_a_host_or_base_url_is_refused()
    {
        var result = await DeployerProcess.RunAsync(_project, ["nginx", "--domain", "hub.example.com", "--fallback", "https://edge.example.com/path"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fallback", result.StandardOutput);
    }

    public void Dispose() => _project.Dispose();
}
