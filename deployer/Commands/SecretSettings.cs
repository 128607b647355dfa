using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class SecretSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The secret's name as the Worker sees it (env.NAME). The value is read from stdin.")]
    public string Name { get; init; } = "";
}
