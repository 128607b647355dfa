using EdgeMirror.Differential.Tests.Harness;

namespace EdgeMirror.Differential.Tests;

/// <summary>The harness itself: both sides must report programs the way the suite compares them.</summary>
[Collection(DifferentialCollection.Name)]
public sealed class HarnessBehaviour(NodeRunnerFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void dotnet_side_captures_stdout_of_main()
    {
        var outcome = DotNetRunner.Run("Harness_Prints", """
            using System;
            class P { static void Main() { Console.Write("a"); Console.WriteLine(1.5); Console.WriteLine('c'); } }
            """, Timeout);

        Assert.Equal(new RunOutcome("a1.5\nc\n", null, 0, ""), outcome);
    }

    [Fact]
    public void dotnet_side_records_an_exception_escaping_main_as_the_unhandled_line_with_exit_code_1()
    {
        var outcome = DotNetRunner.Run("Harness_Throws", """
            using System;
            class P { static void Main() { Console.WriteLine("before"); throw new FormatException("bad digits"); } }
            """, Timeout);

        Assert.Equal(new RunOutcome("before\n", "Unhandled exception. System.FormatException: bad digits", 1, ""), outcome);
    }

    [Fact]
    public void dotnet_side_records_an_exception_escaping_async_main_after_an_await()
    {
        var outcome = DotNetRunner.Run("Harness_ThrowsAsync", """
            using System;
            using System.Threading.Tasks;
            class P { static async Task Main() { await Task.Delay(1); Console.WriteLine("after await"); throw new InvalidOperationException("late"); } }
            """, Timeout);

        Assert.Equal(new RunOutcome("after await\n", "Unhandled exception. System.InvalidOperationException: late", 1, ""), outcome);
    }

    [Fact]
    public void dotnet_side_formats_with_the_invariant_culture_on_every_thread()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var outcome = DotNetRunner.Run("Harness_Culture", """
                using System;
                using System.Threading.Tasks;
                class P { static async Task Main() { Console.WriteLine(1.5); await Task.Run(() => Console.WriteLine(2.5)); } }
                """, Timeout);

            Assert.Equal("1.5\n2.5\n", outcome.Stdout);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void dotnet_side_runs_every_await_continuation_on_one_thread_like_an_event_loop()
    {
        var outcome = DotNetRunner.Run("Harness_EventLoop", """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            class P
            {
                static async Task Main()
                {
                    var threads = new HashSet<int>();
                    int counter = 0;
                    await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
                    {
                        await Task.Delay(i % 3);
                        threads.Add(Environment.CurrentManagedThreadId);
                        counter++;
                    }));
                    Console.Write(threads.Count + " " + counter);
                }
            }
            """, Timeout);

        Assert.Equal(new RunOutcome("1 50", null, 0, ""), outcome);
    }

    [Fact]
    public void node_side_captures_stdout_the_unhandled_line_and_the_exit_code_of_a_module()
    {
        var module = WriteModule("harness-throws.mjs", """
            process.stdout.write("one\n");
            await new Promise((resolve) => setTimeout(resolve, 5));
            process.stdout.write("two\n");
            process.stderr.write("Unhandled exception. System.Exception: boom\n");
            process.exitCode = 1;
            """);

        var outcome = fixture.Node.Run(module, Timeout);

        Assert.Equal(new RunOutcome("one\ntwo\n", "Unhandled exception. System.Exception: boom", 1, ""), outcome);
    }

    [Fact]
    public void node_side_reports_a_module_that_does_not_load_and_keeps_serving()
    {
        var broken = WriteModule("harness-broken.mjs", "this is not javascript");
        var fine = WriteModule("harness-fine.mjs", "process.stdout.write('fine');");

        var brokenOutcome = fixture.Node.Run(broken, Timeout);
        var fineOutcome = fixture.Node.Run(fine, Timeout);

        Assert.Equal(-1, brokenOutcome.ExitCode);
        Assert.Contains("SyntaxError", brokenOutcome.OtherStderr);
        Assert.Equal(new RunOutcome("fine", null, 0, ""), fineOutcome);
    }

    [Fact]
    public void node_side_gives_up_on_a_module_that_never_finishes_and_restarts_for_the_next()
    {
        var hanging = WriteModule("harness-hangs.mjs", "while (true) {}");
        var fine = WriteModule("harness-after-hang.mjs", "process.stdout.write('alive');");
        var startsBefore = fixture.Node.Starts;

        var hung = fixture.Node.Run(hanging, TimeSpan.FromSeconds(2));
        var after = fixture.Node.Run(fine, Timeout);

        Assert.Equal(-1, hung.ExitCode);
        Assert.Contains("did not finish", hung.OtherStderr);
        Assert.Equal("alive", after.Stdout);
        Assert.True(fixture.Node.Starts > startsBefore, "the runner should have been restarted");
    }

    [Fact]
    public void comparison_points_at_the_first_differing_line_and_column()
    {
        var diff = OutputDiff.FirstDifference("a\nb\nc 1.5\nd\n", "a\nb\nc 2.5\nd\n");

        Assert.NotNull(diff);
        Assert.Contains("line 3, column 3", diff);
        Assert.Contains(".NET | «c 1.5»", diff);
        Assert.Contains("JS   | «c 2.5»", diff);
    }

    [Fact]
    public void comparison_accepts_identical_outcomes_and_rejects_a_different_exit_code()
    {
        var same = new RunOutcome("x\n", null, 0, "");

        Assert.Null(OutcomeComparison.Problems(same, same));
        Assert.Contains("exit code differs", OutcomeComparison.Problems(same, same with { ExitCode = 1 }));
    }

    [Fact]
    public void known_failures_list_reads_names_and_reasons_and_skips_comments()
    {
        var entries = KnownFailures.Parse(["# header", "", "Goto_InLoops  # goto is rejected", "  Strings_Split", "#Commented_Out # x"]);

        Assert.Equal(2, entries.Count);
        Assert.Equal("goto is rejected", entries["Goto_InLoops"]);
        Assert.Equal("(no reason given)", entries["Strings_Split"]);
    }

    [Fact]
    public void known_failure_summary_names_the_crash_the_compiler_error_or_the_first_differing_line()
    {
        var crash = OutcomeComparison.Problems(new RunOutcome("a\n", null, 0, ""), new RunOutcome("", "Unhandled exception. System.Exception: boom", 1, ""))!;
        var differs = OutcomeComparison.Problems(new RunOutcome("a\nb\n", null, 0, ""), new RunOutcome("a\nc\n", null, 0, ""))!;

        Assert.Equal("JS threw where .NET did not: Unhandled exception. System.Exception: boom", KnownFailures.Summary(crash));
        Assert.Equal(".NET | «b»  JS   | «c»", KnownFailures.Summary(differs));
        Assert.Equal("P.cs(3,4): error CS2JS0010: goto", KnownFailures.Summary("cs2js rejected P.cs:\nP.cs(3,4): error CS2JS0010: goto\n"));
    }

    private static string WriteModule(string fileName, string text)
    {
        var path = Path.Combine(JsCompiler.OutputDirectory, fileName);
        File.WriteAllText(path, text);
        return path;
    }
}
