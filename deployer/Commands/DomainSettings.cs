using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class DomainSettings : GlobalSettings
{
    [CommandArgument(0, "<HOST>")]
    [Description("The custom domain, e.g. hub.example.com.")]
    public string Host { get; init; } = "";

    [CommandOption("--force")]
    [Description("add: take the hostname even if another Worker has it or DNS records exist for it.")]
    public bool Force { get; init; }
}
