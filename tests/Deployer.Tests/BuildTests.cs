using System.Text.Json.Nodes;
using EdgeMirror.Deployer.Tests.Infrastructure;

namespace EdgeMirror.Deployer.Tests;

/// <summary>`build`: worker-src through the compiler's API, then wrangler's bundle check.</summary>
public sealed class BuildTests : IDisposable
{
    private readonly TempProject _project = new();

    [Fact]
    public async Task Build_compiles_worker_src_to_dist_and_reports_the_bundle_size_wrangler_checked()
    {
        _project.WithRepositoryFolders("worker-src", "html");
        File.Delete(Path.Combine(_project.Root, "dist", "worker.js"));

        var result = await DeployerProcess.RunAsync(_project, ["build", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var workerJs = Path.Combine(_project.Root, "dist", "worker.js");
        Assert.StartsWith("// Compiled from C# by cs2js", File.ReadAllText(workerJs));
        var map = JsonNode.Parse(File.ReadAllText(workerJs + ".map"))!;
        Assert.Equal(3, map["version"]!.GetValue<int>());
        Assert.Contains(map["sources"]!.AsArray(), s => s!.GetValue<string>().EndsWith(".cs"));

        var bundle = result.Json["bundle"]!;
        var bundled = bundle["file"]!.GetValue<string>();
        Assert.Equal(Path.Combine(_project.Root, "dist", "bundle", "worker.js"), bundled);
        Assert.Equal(new FileInfo(bundled).Length, bundle["rawBytes"]!.GetValue<long>());
        Assert.InRange(bundle["gzipBytes"]!.GetValue<long>(), 1, bundle["rawBytes"]!.GetValue<long>() - 1);
        Assert.Contains("gzip", result.StandardError);
    }

    [Fact]
    public async Task Build_of_c_sharp_that_does_not_compile_lists_the_errors_and_fails()
    {
        var source = Directory.CreateDirectory(Path.Combine(_project.Root, "worker-src")).FullName;
        File.WriteAllText(Path.Combine(source, "Worker.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        File.WriteAllText(Path.Combine(source, "Broken.cs"), "public static class Broken { public static int Answer() => \"not a number\"; }\n");

        var result = await DeployerProcess.RunAsync(_project, ["build"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"Broken\.cs\(1,\d+\): error CS0029", result.StandardOutput);
        Assert.Contains("did not compile", result.StandardOutput);
        Assert.Contains("Next:", result.StandardOutput);
    }

    public void Dispose() => _project.Dispose();
}
