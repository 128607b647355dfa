using EdgeMirror.Deployer.Config;
using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class DevSettings : GlobalSettings
{
    [CommandOption("--port <PORT>")]
    [Description("Port on 127.0.0.1 (default 8787).")]
    public int Port { get; init; } = 8787;

    [CommandOption("--var <KEY=VALUE>")]
    [Description("Overrides a [vars] value of wrangler.toml for this run; repeatable.")]
    public string[] Vars { get; init; } = [];

    [CommandOption("--no-build")]
    [Description("Run the dist/worker.js already built instead of compiling worker-src first.")]
    public bool NoBuild { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Port is < 1 or > 65535 ? Spectre.Console.ValidationResult.Error("--port must be between 1 and 65535")
        : Vars.FirstOrDefault(v => !VarAssignment.TryParse(v, out _)) is { } bad
            ? Spectre.Console.ValidationResult.Error($"--var {bad}: expected KEY=VALUE with KEY a variable name")
            : Spectre.Console.ValidationResult.Success();
}
