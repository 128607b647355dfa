using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class PublishSettings : GlobalSettings
{
    [CommandOption("--domain <HOST>")]
    [Description("Custom domain to bind (written to wrangler.toml routes with custom_domain = true).")]
    public string? Domain { get; init; }

    [CommandOption("--force")]
    [Description("Take the hostname even if another Worker has it or DNS records exist for it.")]
    public bool Force { get; init; }

    [CommandOption("--no-verify")]
    [Description("Skip the check that https://HOST/v2/ answers 401 with the realm on HOST.")]
    public bool NoVerify { get; init; }

    [CommandOption("--no-build")]
    [Description("Deploy the dist/worker.js already built instead of compiling worker-src first.")]
    public bool NoBuild { get; init; }

    [CommandOption("--workers-dev")]
    [Description("Also serve on <name>.<account>.workers.dev (off by default: it is blocked where many users are).")]
    public bool WorkersDev { get; init; }
}
