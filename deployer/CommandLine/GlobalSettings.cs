using System.ComponentModel;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.CommandLine;

/// <summary>Options every command accepts.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Write one JSON object to stdout (progress goes to stderr), for scripts.")]
    public bool Json { get; init; }
}
