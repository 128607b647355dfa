using EdgeMirror.TestSupport;

namespace EdgeMirror.Deployer.Tests.Infrastructure;

/// <summary>A throwaway copy of the project root for one test: its own wrangler.toml and dist/, the
/// repository's installed node_modules and .tools linked in (so no npm runs), and a private wrangler
/// config home so no login state leaks in or out.</summary>
public sealed class TempProject : IDisposable
{
    /// <param name="bundle">The dist/worker.js to start with (default: the stand-in Worker).</param>
    /// <param name="linkInstalledTools">false: no node_modules and no .tools, as in a fresh clone.</param>
    public TempProject(string? bundle = null, bool linkInstalledTools = true)
    {
        Root = Directory.CreateTempSubdirectory("edgemirror-deployer-").FullName;
        foreach (var file in new[] { "wrangler.toml", "package.json", "package-lock.json", ".node-version" })
            File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(Root, file));
        if (linkInstalledTools)
        {
            Directory.CreateSymbolicLink(Path.Combine(Root, "node_modules"), Path.Combine(RepoPaths.Root, "node_modules"));
            Directory.CreateSymbolicLink(Path.Combine(Root, ".tools"), Path.Combine(RepoPaths.Root, ".tools"));
        }
        Directory.CreateDirectory(Path.Combine(Root, "dist"));
        File.Copy(bundle ?? TestWorker, Path.Combine(Root, "dist", "worker.js"));
        File.WriteAllText(Path.Combine(Root, "dist", "worker.js.map"), """{"version":3,"sources":[],"names":[],"mappings":""}""");
        ConfigHome = Directory.CreateDirectory(Path.Combine(Root, ".config-home")).FullName;
    }

    /// <summary>Links folders of the repository (e.g. worker-src, html) into this project, for real builds.</summary>
    public TempProject WithRepositoryFolders(params string[] folders)
    {
        foreach (var folder in folders)
            Directory.CreateSymbolicLink(Path.Combine(Root, folder), Path.Combine(RepoPaths.Root, folder));
        return this;
    }

    /// <summary>The hand-written stand-in Worker (TestData/worker.js).</summary>
    public static string TestWorker => Path.Combine(AppContext.BaseDirectory, "TestData", "worker.js");

    public string Root { get; }

    /// <summary>XDG_CONFIG_HOME for wrangler: no stored login, no shared state.</summary>
    public string ConfigHome { get; }

    public string WranglerToml => Path.Combine(Root, "wrangler.toml");

    public string ReadWranglerToml() => File.ReadAllText(WranglerToml);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
