namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>What code written against the Workers declarations (compiler/Workers) compiles to: the JS a
/// workers-types user would write by hand. (tests/Worker.Tests/Declarations runs such Workers in workerd.)</summary>
public sealed class WorkersDeclarationShapeTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using EdgeMirror.Workers;
        using H5;

        [ExportDefault]
        public static class Entry
        {
            public static async Task<Response> Fetch(Request request, Env env, WorkerContext ctx)
            {
                if (request.Method == "HEAD") return new Response(null, new ResponseInit { Status = 204 });
                var bytes = new Uint8Array(4);
                bytes[0] = 7;
                var names = new System.Collections.Generic.List<string>();
                foreach (var entry in request.Headers.Entries()) names.Add(entry.Name);
                var fetched = await Http.Fetch(request.Url, new RequestInit { Redirect = "manual", Cf = new RequestInitCf { CacheTtl = 60 } });
                var greeting = Platform.Env.Var("GREETING");
                return Response.Json(names.Count + bytes[0] + fetched.Status);
            }

            public static Task Scheduled(ScheduledController controller, Env env, WorkerContext ctx)
            {
                controller.NoRetry();
                return Task.CompletedTask;
            }
        }
        """;

    private static readonly Lazy<string> Compiled = new(() =>
    {
        var result = InteropRun.Compile(Source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript!;
    });

    [Fact]
    public void A_null_body_picks_the_string_constructor_and_option_bags_are_object_literals()
    {
        Assert.Contains("new Response(null, { status: 204 })", Compiled.Value);
        Assert.Contains("await fetch(request.url, {", Compiled.Value);
        Assert.Contains("redirect: \"manual\",", Compiled.Value);
        Assert.Contains("cf: { cacheTtl: 60 },", Compiled.Value);
    }

    [Fact]
    public void Byte_indexers_and_header_entries_are_plain_javascript()
    {
        Assert.Contains("bytes[0] = 7", Compiled.Value);
        Assert.Contains("[...request.headers.entries()]", Compiled.Value);
        Assert.Contains("entry[0]", Compiled.Value);
        Assert.Contains("Response.json(", Compiled.Value);
    }

    [Fact]
    public void Handlers_are_exported_under_the_names_workerd_calls_and_env_is_importable()
    {
        Assert.Contains("export default { fetch: Entry.Fetch.bind(Entry), scheduled: Entry.Scheduled.bind(Entry) };", Compiled.Value);
        Assert.Contains("import { env as Env$import } from \"cloudflare:workers\";", Compiled.Value);
        Assert.Contains("controller.noRetry()", Compiled.Value);
    }
}
