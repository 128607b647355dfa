using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class TailSettings : GlobalSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("pretty (default) or json: one JSON object per log event.")]
    public string Format { get; init; } = "pretty";

    [CommandOption("--status <STATUS>")]
    [Description("Only ok, error or canceled invocations; repeatable.")]
    public string[] Status { get; init; } = [];

    [CommandOption("--search <TEXT>")]
    [Description("Only events whose console output contains TEXT.")]
    public string? Search { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Format is "pretty" or "json" ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error("--format must be pretty or json");
}
