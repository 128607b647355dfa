using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Worker.Tests.Declarations;

/// <summary>The Workers declarations (compiler/Workers) name the real APIs: a Worker using each area,
/// compiled by cs2js, gives the known answers in workerd (wrangler dev's local Cache API and R2).</summary>
public sealed class DeclarationsTests
{
    [Fact]
    public async Task Every_declared_api_area_works_in_workerd()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "Worker.Tests", "Declarations", "DeclarationsWorker.js.cs");
        var result = CompilerPipeline.Compile(new[] { new SourceText(source, File.ReadAllText(source)) }, new CompileOptions("worker.js"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var dir = Directory.CreateTempSubdirectory("edgemirror-declarations-").FullName;
        var script = Path.Combine(dir, "worker.js");
        File.WriteAllText(script, result.JavaScript);

        await using var host = await WorkerHost.StartAsync(new WorkerHostOptions(script, new Dictionary<string, string> { ["GREETING"] = "hi" })
        {
            ExtraConfig = "[[r2_buckets]]\nbinding = \"BLOBS\"\nbucket_name = \"declarations\"\n",
        });
        using var response = await host.Client.GetAsync("/");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.True(response.IsSuccessStatusCode, string.Join("\n", lines) + "\n" + host.Output);
        Assert.Equal(new[]
        {
            "sha256=ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "digeststream=ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "hmac=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8 verified=True",
            "timingsafe=True",
            "tee=hello stream|hello stream",
            "cache=cached body",
            "cachemiss=True",
            "r2=hello r2 8 text/plain",
            "r2absent=True",
            "params=1,3 names=a,b missing=True",
            "url=user.example:8443 user.example 8443 /p/a ?x=1 https:",
            "headers=1, 2 names=x-a absent=True",
            "var=hi unset=True",
            "method=GET signal=False",
            "aborted=True",
        }, lines);
        Directory.Delete(dir, recursive: true);
    }
}
