using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.TestSupport;

/// <summary>The mirror Worker compiled from worker-src by cs2js (CompilerPipeline.CompileProject), laid out
/// like the repository (dist/worker.js beside html/), once per test process.</summary>
public static class WorkerBundle
{
    private static readonly Lazy<string> Compiled = new(CompileOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The path of the compiled dist/worker.js in a temporary folder; throws with the compiler's
    /// diagnostics when worker-src does not compile.</summary>
    public static string Compile() => Compiled.Value;

    private static string CompileOnce()
    {
        var root = Directory.CreateTempSubdirectory("edgemirror-worker-").FullName;
        var dist = Directory.CreateDirectory(Path.Combine(root, "dist")).FullName;
        var result = CompilerPipeline.CompileProject(Path.Combine(RepoPaths.Root, "worker-src", "Worker.csproj"),
            new CompileOptions("worker.js", dist));
        if (!result.Success)
            throw new InvalidOperationException("worker-src does not compile:\n" + string.Join("\n", result.Diagnostics));
        var script = Path.Combine(dist, "worker.js");
        File.WriteAllText(script, result.JavaScript);
        File.WriteAllText(script + ".map", result.SourceMap ?? "");
        var html = Directory.CreateDirectory(Path.Combine(root, "html")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "html")))
            File.Copy(file, Path.Combine(html, Path.GetFileName(file)));
        return script;
    }
}
