using EdgeMirror.Deployer.CommandLine;

namespace EdgeMirror.Deployer.Project;

/// <summary>Where the mirror's files are: the folder holding wrangler.toml (found from the current
/// directory upwards, or named by EDGEMIRROR_ROOT) and everything the deployer reads or writes beside it.</summary>
public sealed record ProjectLayout(string Root)
{
    public string WranglerToml => Path.Combine(Root, "wrangler.toml");
    public string WorkerProject => Path.Combine(Root, "worker-src", "Worker.csproj");
    public string Dist => Path.Combine(Root, "dist");
    public string WorkerJs => Path.Combine(Dist, "worker.js");
    public string WorkerMap => Path.Combine(Dist, "worker.js.map");
    public string HtmlFolder => Path.Combine(Root, "html");
    public string PackageJson => Path.Combine(Root, "package.json");
    public string PackageLock => Path.Combine(Root, "package-lock.json");
    public string NodeModules => Path.Combine(Root, "node_modules");
    public string WranglerScript => Path.Combine(NodeModules, "wrangler", "bin", "wrangler.js");
    public string NodeVersionFile => Path.Combine(Root, ".node-version");
    public string ToolsNode => Path.Combine(Root, ".tools", "node");

    public static ProjectLayout Locate()
    {
        if (Environment.GetEnvironmentVariable("EDGEMIRROR_ROOT") is { Length: > 0 } fromEnv)
        {
            var root = Path.GetFullPath(fromEnv);
            if (!File.Exists(Path.Combine(root, "wrangler.toml")))
                throw new DeployerException(ExitCode.Configuration, $"EDGEMIRROR_ROOT={root} has no wrangler.toml.",
                    "Point EDGEMIRROR_ROOT at the EdgeMirror checkout, or unset it and run from inside the checkout.");
            return new ProjectLayout(root);
        }
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "wrangler.toml")))
                return new ProjectLayout(dir.FullName);
        throw new DeployerException(ExitCode.Configuration, "No wrangler.toml in this folder or any folder above it.",
            "Run the deployer from inside the EdgeMirror checkout (or set EDGEMIRROR_ROOT to it).");
    }
}
