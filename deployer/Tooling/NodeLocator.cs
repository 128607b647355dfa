using CliWrap;
using CliWrap.Buffered;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;

namespace EdgeMirror.Deployer.Tooling;

/// <summary>Finds a node ≥ 22.12 for wrangler: $EDGEMIRROR_NODE, the system node, or the project-local
/// copy in .tools/node — installing that copy from the npm registry when nothing else is new enough.</summary>
public sealed class NodeLocator(ProjectLayout layout, Reporter reporter)
{
    public async Task<NodeRuntime> EnsureAsync(CancellationToken cancellation)
    {
        if (Environment.GetEnvironmentVariable("EDGEMIRROR_NODE") is { Length: > 0 } fromEnv
            && await ProbeAsync(fromEnv, "EDGEMIRROR_NODE", cancellation) is { } chosen
            && chosen.Version >= NodeRuntime.Minimum)
            return chosen;

        var system = ExecutableFinder.Find("node") is { } onPath ? await ProbeAsync(onPath, "system", cancellation) : null;
        if (system is not null && system.Version >= NodeRuntime.Minimum) return system;

        var local = await ProbeAsync(LocalExecutable, "project-local", cancellation);
        if (local is not null && local.Version >= NodeRuntime.Minimum) return local;

        var pinned = PinnedVersion();
        reporter.Warn((system is null ? "No node on PATH" : $"The system node is {system.Version}")
            + $"; wrangler needs Node ≥ {NodeRuntime.Minimum}. Installing Node {pinned} into .tools/node (project-local, from the npm registry).");
        await InstallAsync(pinned, cancellation);
        return await ProbeAsync(LocalExecutable, "project-local", cancellation)
            ?? throw new DeployerException(ExitCode.Setup, $"Node {pinned} was installed but {LocalExecutable} does not run.",
                $"Delete {layout.ToolsNode} and run the command again, or install Node ≥ {NodeRuntime.Minimum} yourself.");
    }

    private string LocalExecutable => LocalExecutableIn(layout);

    /// <summary>The platform package's node binary (npm package node-&lt;os&gt;-&lt;arch&gt;) under .tools/node.</summary>
    public static string LocalExecutableIn(ProjectLayout layout) => Path.Combine(layout.ToolsNode, "node_modules", PlatformPackage, "bin",
        OperatingSystem.IsWindows() ? "node.exe" : "node");

    public static string PlatformPackage
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
            var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
            {
                System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
                _ => "x64",
            };
            return $"node-{os}-{arch}";
        }
    }

    private string PinnedVersion() =>
        File.Exists(layout.NodeVersionFile) ? File.ReadAllText(layout.NodeVersionFile).Trim().TrimStart('v') : "22.12.0";

    private async Task InstallAsync(string version, CancellationToken cancellation)
    {
        var npm = ExecutableFinder.Find("npm") ?? throw new DeployerException(ExitCode.Setup,
            $"wrangler needs Node ≥ {NodeRuntime.Minimum} and npm is not installed to fetch it.",
            $"Install Node.js ≥ {NodeRuntime.Minimum} (https://nodejs.org) or npm (e.g. `apt-get install npm`), then run the command again.");
        Directory.CreateDirectory(layout.ToolsNode);
        var result = await reporter.StepAsync($"Installing Node {version} (project-local)", () =>
            Cli.Wrap(npm)
                .WithArguments(["install", "--prefix", layout.ToolsNode, "--no-save", "--no-audit", "--no-fund",
                    "--loglevel=error", $"{PlatformPackage}@{version}"])
                .WithWorkingDirectory(layout.Root)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellation).Task);
        if (result.ExitCode != 0)
            throw new DeployerException(ExitCode.Setup,
                $"npm could not install {PlatformPackage}@{version}: {result.StandardError.Trim()}",
                $"Check that the npm registry is reachable, or install Node ≥ {NodeRuntime.Minimum} yourself and put it on PATH.");
    }

    private static async Task<NodeRuntime?> ProbeAsync(string executable, string origin, CancellationToken cancellation)
    {
        if (!File.Exists(executable)) return null;
        try
        {
            var result = await Cli.Wrap(executable).WithArguments(["--version"])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellation);
            return result.ExitCode == 0 && NodeRuntime.ParseVersion(result.StandardOutput) is { } version
                ? new NodeRuntime(executable, version, origin)
                : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
