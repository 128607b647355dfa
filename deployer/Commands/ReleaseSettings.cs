using System.ComponentModel;
using EdgeMirror.Deployer.CommandLine;
using Spectre.Console;
using Spectre.Console.Cli;

namespace EdgeMirror.Deployer.Commands;

public sealed class ReleaseSettings : GlobalSettings
{
    [CommandOption("--repo <OWNER/NAME>")]
    [Description("The GitHub repository that gets the release.")]
    public string? Repo { get; init; }

    [CommandOption("--tag <TAG>")]
    [Description("The release's tag, e.g. v1.2.0 (created or updated).")]
    public string? Tag { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("Release title (default: EdgeMirror TAG).")]
    public string? Title { get; init; }

    [CommandOption("--notes <TEXT>")]
    [Description("Release notes (default: how to paste the Worker into the dashboard).")]
    public string? Notes { get; init; }

    [CommandOption("--no-build")]
    [Description("Attach the dist/worker.js already built instead of compiling worker-src first.")]
    public bool NoBuild { get; init; }

    public override ValidationResult Validate() =>
        Repo is null || Repo.Split('/') is not [{ Length: > 0 }, { Length: > 0 }] ? ValidationResult.Error("--repo OWNER/NAME is required")
        : string.IsNullOrWhiteSpace(Tag) ? ValidationResult.Error("--tag TAG is required")
        : ValidationResult.Success();
}
