using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Lowering.Tests;

/// <summary>How `await` and async bodies are lowered (their behaviour is checked by the Async_* differential programs).</summary>
public sealed class AsyncAwaitTests
{
    private static string Compile(string source)
    {
        var result = CompilerPipeline.Compile([new SourceText("Program.cs", source)]);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.JavaScript;
    }

    [Fact]
    public void An_await_of_a_csharp_task_reads_its_completion_first_and_an_await_of_a_host_promise_stays_plain()
    {
        var js = Compile("""
            using System; using System.Threading.Tasks; using H5;
            [External] class Host { public static extern Task<int> Later(); }
            class Program {
                static async Task<int> Mine() => 1;
                static async Task Main() { var a = await Host.Later(); var b = await Mine(); await Mine(); Console.WriteLine(a + b); }
            }
            """);
        Assert.Contains("let a = await Host.Later();", js);
        Assert.Matches(@"let b = \$done\((\$t\d+) = Program\.Mine\(\)\) \? \1\.\$s\.result : await \1;", js);
        // an await whose value nobody reads: still throws a faulted task's exception (in $done) and awaits a running one
        Assert.Matches(@"\n\s*\$done\((\$t\d+) = Program\.Mine\(\)\) \|\| await \1;", js);
    }

    [Fact]
    public void An_async_body_opens_its_try_on_the_arrow_line_and_declares_its_temporaries_inside_it()
    {
        var js = Compile("""
            using System; using System.Threading.Tasks;
            class Program {
                static async Task<int> One() { await Task.Yield(); return 1; }
                static async Task Main() { var a = await One(); var b = await One(); Console.WriteLine(a + b); }
            }
            """);
        Assert.Matches(@"return \$async\(async \$s => \{ try \{\n\t+let \$t0, \$t1;\n", js);
        Assert.Matches(@"\n\t+\} catch \(\$e\) \{ \$s\.fault\(\$e\); \} finally \{ \$s\.end\(\); \} \}\);\n", js);
    }

    [Fact]
    public void Async_bodies_record_their_result_and_async_void_keeps_its_fault_unhandled()
    {
        var js = Compile("""
            using System; using System.Threading.Tasks;
            class Program {
                static async Task<int> Value() => 7;
                static async void Fire() => Console.WriteLine("fired");
                static async Task Main() { Fire(); Console.WriteLine(await Value()); }
            }
            """);
        Assert.Contains("return $s.result = 7;", js);
        Assert.Contains("catch ($e) { $s.fault($e); }", js);
        Assert.Contains("$asyncVoid(async $s =>", js);
        Assert.DoesNotContain("static async ", js);
    }
}
