using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Config;
using EdgeMirror.Deployer.Nginx;
using EdgeMirror.Deployer.Output;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`nginx --domain HOST --fallback WORKER_HOST`: the nginx front that pulls from Docker Hub and
/// falls back to the Worker on 429.</summary>
public sealed class NginxCommand : DeployerCommand<NginxSettings>
{
    protected override Task<ExitCode> RunAsync(NginxSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var domain = Hostname.Normalize(settings.Domain!);
        var text = NginxConfig.Render(new NginxOptions(
            domain, settings.Fallback!.Trim(), settings.Upstream, settings.Auth, settings.Listen, !settings.NoTls,
            settings.Certificate, settings.Key, settings.Resolver, settings.CaFile, settings.PublicUrl));

        if (settings.Output is { } output)
        {
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            reporter.Success($"Wrote {full}. Include it in nginx's http {{ }} block, then run `nginx -t && nginx -s reload`.");
            reporter.Result(new { file = full, domain, fallback = settings.Fallback });
        }
        else if (settings.Json)
        {
            reporter.Result(new { domain, fallback = settings.Fallback, config = text });
        }
        else
        {
            // The config itself is the output: plain, so `> edgemirror.conf` works.
            Console.Out.Write(text);
        }
        return Task.FromResult(ExitCode.Success);
    }
}
