using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class RollbackSettings : GlobalSettings
{
    [CommandArgument(0, "[VERSION_ID]")]
    [Description("The version to go back to (see `status`); default: the one before the current.")]
    public string? VersionId { get; init; }

    [CommandOption("-m|--message <TEXT>")]
    [Description("Why: recorded with the deployment.")]
    public string? Message { get; init; }
}
