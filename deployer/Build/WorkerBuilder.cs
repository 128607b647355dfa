using Spectre.Console;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Build;

/// <summary>worker-src → dist/worker.js + dist/worker.js.map through the compiler's API (in-process),
/// then the bundle check wrangler itself would do on deploy.</summary>
public sealed class WorkerBuilder(ProjectLayout layout, Reporter reporter)
{
    public async Task<BuildOutput> CompileAsync()
    {
        if (!File.Exists(layout.WorkerProject))
            throw new DeployerException(ExitCode.Configuration, $"{layout.WorkerProject} does not exist.",
                "Run the deployer from the EdgeMirror checkout (worker-src/Worker.csproj is the Worker's source).");

        var result = await reporter.StepAsync("Compiling worker-src (C# → JavaScript)", () =>
            Task.Run(() => CompilerPipeline.CompileProject(layout.WorkerProject, new CompileOptions("worker.js", layout.Dist))));
        foreach (var diagnostic in result.Diagnostics)
            if (diagnostic.IsError) reporter.Console.MarkupLine("[red]" + Markup.Escape(diagnostic.ToString()) + "[/]");
            else reporter.Warn(diagnostic.ToString());
        if (!result.Success)
            throw new DeployerException(ExitCode.Failed,
                $"worker-src did not compile ({result.Diagnostics.Count(d => d.IsError)} errors).",
                "Fix the errors listed above (file(line,col) points at each), then run `build` again.");

        Directory.CreateDirectory(layout.Dist);
        await File.WriteAllTextAsync(layout.WorkerJs, result.JavaScript);
        await File.WriteAllTextAsync(layout.WorkerMap, result.SourceMap);
        return new BuildOutput(layout.WorkerJs, layout.WorkerMap);
    }

    /// <summary>`wrangler deploy --dry-run --outdir dist/bundle`: bundles as a real deploy would, without
    /// uploading; the output is also what the benchmarks run under `workerd serve`.</summary>
    public async Task<BundleSize> CheckBundleAsync(Wrangler wrangler, CancellationToken cancellation)
    {
        var outDir = Path.Combine(layout.Dist, "bundle");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        await reporter.StepAsync("Checking the bundle (wrangler deploy --dry-run)", () =>
            wrangler.RunCheckedAsync(["deploy", "--dry-run", "--outdir", outDir], "The bundle check",
                "Read wrangler's message above: usually an import the bundler cannot resolve in dist/worker.js or a wrangler.toml mistake.",
                cancellation));
        var bundled = Directory.EnumerateFiles(outDir, "*.js").FirstOrDefault()
            ?? throw new DeployerException(ExitCode.Failed, $"wrangler's dry run wrote no JavaScript into {outDir}.",
                "Check `main` in wrangler.toml points at dist/worker.js, then run `build` again.");
        return BundleSize.Measure(bundled);
    }
}
