using System.Text.Json.Nodes;
using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;

namespace EdgeMirror.Deployer.Tooling;

/// <summary>Makes node_modules match package-lock.json (wrangler and workerd) with `npm ci`.</summary>
public sealed class NpmDependencies(ProjectLayout layout, Reporter reporter)
{
    /// <summary>The wrangler version the lock pins, or null if the lock does not name it.</summary>
    public string? LockedWranglerVersion() =>
        ReadJson(layout.PackageLock)?["packages"]?["node_modules/wrangler"]?["version"]?.GetValue<string>();

    public string? InstalledWranglerVersion() =>
        ReadJson(Path.Combine(layout.NodeModules, "wrangler", "package.json"))?["version"]?.GetValue<string>();

    /// <summary>Compares contents, not timestamps: a fresh clone has every file newer than the last install.</summary>
    public bool UpToDate()
    {
        var installed = InstalledWranglerVersion();
        return installed is not null && File.Exists(layout.WranglerScript)
            && (LockedWranglerVersion() is not { } locked || locked == installed);
    }

    public async Task EnsureAsync(CancellationToken cancellation)
    {
        if (UpToDate()) return;
        if (!File.Exists(layout.PackageLock))
            throw new DeployerException(ExitCode.Setup, $"{layout.PackageLock} is missing, so wrangler's version is not pinned.",
                "Restore package.json and package-lock.json from the repository (git checkout -- package.json package-lock.json).");
        var npm = ExecutableFinder.Find("npm") ?? throw new DeployerException(ExitCode.Setup,
            "wrangler is not installed (node_modules is missing or outdated) and npm is not on PATH.",
            "Install npm (e.g. `apt-get install npm`, or Node.js from https://nodejs.org), then run the command again.");
        reporter.Info($"node_modules is missing or does not match package-lock.json: running npm ci (wrangler {LockedWranglerVersion()}).");
        var result = await reporter.StepAsync("npm ci", () =>
            Cli.Wrap(npm).WithArguments(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .WithWorkingDirectory(layout.Root)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellation).Task);
        if (result.ExitCode != 0 || !UpToDate())
            throw new DeployerException(ExitCode.Setup, $"npm ci failed: {result.StandardError.Trim()}",
                "Check that the npm registry is reachable (npm ping), then run the command again.");
    }

    private static JsonNode? ReadJson(string path)
    {
        try { return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
