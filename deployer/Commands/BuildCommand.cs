using EdgeMirror.Deployer.Build;
using EdgeMirror.Deployer.CommandLine;
using EdgeMirror.Deployer.Output;
using EdgeMirror.Deployer.Project;
using EdgeMirror.Deployer.Tooling;

namespace EdgeMirror.Deployer.Commands;

/// <summary>`build`: worker-src → dist/worker.js + map, checked by wrangler's dry run, size printed.</summary>
public sealed class BuildCommand : DeployerCommand<GlobalSettings>
{
    protected override async Task<ExitCode> RunAsync(GlobalSettings settings, Reporter reporter, CancellationToken cancellation)
    {
        var layout = ProjectLayout.Locate();
        var builder = new WorkerBuilder(layout, reporter);
        var output = await builder.CompileAsync();
        reporter.Success($"Wrote {Path.GetRelativePath(layout.Root, output.WorkerJs)} and {Path.GetRelativePath(layout.Root, output.SourceMap)}");

        var wrangler = await Wrangler.PrepareAsync(layout, reporter, cancellation);
        var size = await builder.CheckBundleAsync(wrangler, cancellation);
        reporter.Success($"Bundle checked by wrangler: {size} — {Path.GetRelativePath(layout.Root, size.File)}");
        reporter.Result(new
        {
            workerJs = output.WorkerJs,
            sourceMap = output.SourceMap,
            bundle = new { file = size.File, rawBytes = size.RawBytes, gzipBytes = size.GzipBytes },
        });
        return ExitCode.Success;
    }
}
