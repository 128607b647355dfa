using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.TestSupport;

namespace EdgeMirror.Worker.Tests.CoreInJs;

/// <summary>The Worker's pure logic, compiled by cs2js and run on node 22, prints exactly what it prints on .NET.</summary>
public sealed class CoreInJsTests
{
    [Fact]
    public async Task The_pure_logic_behaves_identically_on_dotnet_and_compiled_to_javascript()
    {
        var expected = RunOnDotnet();
        var actual = await RunOnNode();
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
            Assert.True(expectedLines[i] == actualLines[i], $"line {i + 1} differs:\n.NET: {expectedLines[i]}\nJS:   {actualLines[i]}");
        Assert.Equal(expectedLines.Length, actualLines.Length);
        Assert.True(expectedLines.Length > 80, "the probe printed too little to mean anything");
    }

    private static string RunOnDotnet()
    {
        var original = Console.Out;
        var writer = new StringWriter { NewLine = "\n" };
        lock (typeof(Console))
        {
            Console.SetOut(writer);
            try { CoreProbe.Run(); }
            finally { Console.SetOut(original); }
        }
        return writer.ToString();
    }

    private static async Task<string> RunOnNode()
    {
        var here = Path.Combine(RepoPaths.Root, "tests", "Worker.Tests", "CoreInJs");
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "worker-src", "Core"), "*.cs", SearchOption.AllDirectories)
            .Append(Path.Combine(here, "CoreProbe.cs"))
            .Append(Path.Combine(here, "ProbeMain.js.cs"))
            .Select(f => new SourceText(f, File.ReadAllText(f)))
            .ToList();
        var result = CompilerPipeline.Compile(files, new CompileOptions("probe.mjs"));
        Assert.True(result.Success, "cs2js rejected the Worker's pure logic:\n" + string.Join("\n", result.Diagnostics));
        var dir = Directory.CreateTempSubdirectory("edgemirror-probe-").FullName;
        try
        {
            var module = Path.Combine(dir, "probe.mjs");
            File.WriteAllText(module, result.JavaScript);
            var run = await Tool.Run(RepoPaths.Node, new[] { module }, TimeSpan.FromMinutes(1));
            return run.StdOut.Replace("\r\n", "\n");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
