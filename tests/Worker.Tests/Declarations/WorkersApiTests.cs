using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Worker.Tests.Declarations;

/// <summary>A C# Worker written against the Workers declarations the way a workers-types user writes it
/// (WorkersApiWorker.js.cs), compiled by cs2js and run in workerd through wrangler dev with local R2 and KV:
/// every line is a real outcome of one API area.</summary>
public sealed class WorkersApiTests
{
    [Fact]
    public async Task A_csharp_worker_using_the_declared_workers_api_gets_the_platform_s_real_answers()
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "Worker.Tests", "Declarations", "WorkersApiWorker.js.cs");
        var result = CompilerPipeline.Compile([new SourceText(source, File.ReadAllText(source))], new CompileOptions("worker.js"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Contains("export default { fetch: ", result.JavaScript);
        Assert.Contains("from \"./greeting.txt\";", result.JavaScript);
        var dir = Directory.CreateTempSubdirectory("edgemirror-workers-api-").FullName;
        var script = Path.Combine(dir, "worker.js");
        File.WriteAllText(script, result.JavaScript);
        File.WriteAllText(Path.Combine(dir, "greeting.txt"), "hello from a text module\n");

        await using var host = await WorkerHost.StartAsync(new WorkerHostOptions(script, new Dictionary<string, string> { ["GREETING"] = "hi" })
        {
            ExtraConfig = "[[r2_buckets]]\nbinding = \"BLOBS\"\nbucket_name = \"workers-api\"\n\n[[kv_namespaces]]\nbinding = \"KV\"\nid = \"workers-api\"\n",
        });
        using var response = await host.Client.GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body + "\n" + host.Output);
        var lines = body.Split('\n').ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        var expected = new Dictionary<string, string>
        {
            ["text-module"] = "hello from a text module",
            ["response"] = "201 application/json {\"a\":\"1\"} | 301 https://example.com/next | error 0 | body once True body once | 6 3 5 | two True 2",
            ["headers"] = "a-header:1, 3,b-header:2,set-cookie:x=1,set-cookie:y=2 | x=1;y=2 | a-header,b-header,set-cookie,set-cookie | 4 False True",
            ["url"] = "https://user:pw@example.com:8443/a/c/d?q=1&r=a+b https://example.com:8443 user pw example.com 8443 /a/c/d ?q=1&r=a+b | http://h.example/x False True 48",
            ["params"] = "a1,b2,b3 4 123x y a=1&b=2&b=3&c=x+y",
            ["fetch"] = "POST string body yes text/plain | PUT c1c2c3 | buf | 307 True | redirect",
            ["abort"] = "True stop True aborted",
            ["streams"] = "abc piped twice|twice 10 False",
            ["transforms"] = "QUIET! same 12345 True compress me",
            ["text"] = "3 True € rejected 226 utf-8 utf-8",
            ["cache"] = "named cache body True True True True default",
            ["crypto"] = "32 True 36 4 ba7816bf8f01cfea secret text True AES-GCM secret 3 True False True",
            ["r2"] = "10 tests text/plain text/plain True True | refused | 234 | False | api/one=tests,api/two=- False | True",
            ["kv"] = "v1 True v1 t1 k1:t1,k2 True True",
            ["env"] = "hi True True hi",
            ["timers"] = "True False 2",
        };
        foreach (var (area, answer) in expected)
            Assert.True(lines.TryGetValue(area, out var actual) && actual == answer, $"{area}: expected\n  {answer}\nbut got\n  {(actual ?? "(no line)")}\n\n{body}");
        Assert.Equal(expected.Count, lines.Count);
        // wrangler relays the Worker's console output on its own schedule, possibly after the response
        for (var waited = 0; waited < 100 && !host.Output.Contains("workers api worker answered 16 lines"); waited++) await Task.Delay(100);
        Assert.Contains("workers api worker answered 16 lines", host.Output);
        Directory.Delete(dir, recursive: true);
    }
}
