using EdgeMirror.Differential.Tests.Harness;
using EdgeMirror.TestSupport;
using Xunit.Abstractions;

namespace EdgeMirror.Differential.Tests;

/// <summary>
/// Each program under Programs/ runs on .NET and, compiled by cs2js, on node; what it shows must be
/// identical. Run one by hand: see README.md in this folder.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class EveryProgram(NodeRunnerFixture fixture, ITestOutputHelper output)
{
    // Programs finish in well under a second, but this machine may be shared by many builds: be generous.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var name in ProgramCatalog.Names())
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void prints_the_same_on_node_as_on_dotnet(string program)
    {
        var problems = Differences(program);
        var knownReason = KnownFailures.ReasonFor(program);

        if (knownReason is null)
        {
            if (problems is null) return;
            if (KnownFailures.IsRecording) KnownFailures.Record(program, problems);
            Assert.Fail(problems);
        }
        if (problems is null)
            Assert.Fail($"{program} now passes on JS: remove its line from {Path.GetFullPath(KnownFailures.FilePath)}");
        output.WriteLine($"known failure ({knownReason}); still failing:\n{problems}");
    }

    /// <summary>Null when both sides agree; otherwise what went wrong, readable in a test log.</summary>
    private string? Differences(string program)
    {
        var sourcePath = ProgramCatalog.PathOf(program);
        var source = File.ReadAllText(sourcePath);

        // A program .NET cannot run is a bug in the suite: that fails whatever the known-failure list says.
        var expected = DotNetRunner.Run(program, source, Timeout);

        var module = JsCompiler.Compile(program, sourcePath, source);
        if (module.ModulePath is null)
            return module.Failure;

        var actual = fixture.Node.Run(module.ModulePath, Timeout);
        var problems = OutcomeComparison.Problems(expected, actual);
        // Timers order their callbacks by due time only while the process keeps up: when the suite shares the cores
        // with the Worker's workerd and the deployer's wrangler, .NET's thread pool can run a 40 ms timer's
        // continuation before a 5 ms one's. A timer-driven program that disagrees gets one more run of both sides;
        // a real difference shows again, a stall of the machine does not.
        if (problems is not null && UsesTimers(source))
        {
            expected = DotNetRunner.Run(program, source, Timeout);
            actual = fixture.Node.Run(module.ModulePath, Timeout);
            problems = OutcomeComparison.Problems(expected, actual);
        }
        if (problems is null)
            return null;
        // The whole of .NET's output beside the kept module, so that a rerun by hand can be diffed in full.
        var expectedPath = Path.ChangeExtension(module.ModulePath, ".dotnet.txt");
        File.WriteAllText(expectedPath, expected.Stdout);
        return $"{program}: compiled JS disagrees with .NET\n{problems}\nmodule kept at: {module.ModulePath}\n" +
            $"rerun by hand: {RepoPaths.Node} {module.ModulePath} | diff {expectedPath} -";
    }

    private static bool UsesTimers(string source) => source.Contains("Task.Delay", StringComparison.Ordinal);
}
