using EdgeMirror.Differential.Tests.Harness;

namespace EdgeMirror.Differential.Tests;

/// <summary>
/// Each program under Programs/ runs on .NET and, compiled by cs2js, on node; what it shows must be
/// identical. Run one by hand: see README.md in this folder.
/// </summary>
[Collection(DifferentialCollection.Name)]
public sealed class EveryProgram(NodeRunnerFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

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
        var sourcePath = ProgramCatalog.PathOf(program);
        var source = File.ReadAllText(sourcePath);

        var expected = DotNetRunner.Run(program, source, Timeout);

        var module = JsCompiler.Compile(program, sourcePath, source);
        if (module.ModulePath is null)
            Assert.Fail(module.Failure);

        var actual = fixture.Node.Run(module.ModulePath, Timeout);
        if (OutcomeComparison.Problems(expected, actual) is { } problems)
            Assert.Fail($"{program}: compiled JS disagrees with .NET\n{problems}\nmodule kept at: {module.ModulePath}\nrerun by hand: {EdgeMirror.TestSupport.RepoPaths.Node} {module.ModulePath}");
    }
}
