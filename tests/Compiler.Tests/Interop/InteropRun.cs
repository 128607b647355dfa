using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Tests.Interop;

/// <summary>A C# program using the interop attributes, compiled by cs2js and (when asked) run by node 22 next to
/// the extra ES modules it imports.</summary>
public sealed record InteropRun(string JavaScript, ProcessOutcome Outcome)
{
    public static CompileResult Compile(string source) =>
        CompilerPipeline.Compile([new SourceText("Interop.cs", source)], new CompileOptions("out.mjs"));

    /// <summary>Compiles and runs the program; <paramref name="modules"/> are written beside out.mjs (name → text), and
    /// <paramref name="driver"/>, when given, is the script node runs (it imports ./out.mjs itself).</summary>
    public static InteropRun Run(string source, IReadOnlyDictionary<string, string>? modules = null, string? driver = null)
    {
        var result = Compile(source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        using var temp = new TempFolder();
        var output = temp.Write("out.mjs", result.JavaScript!);
        foreach (var (name, text) in modules ?? new Dictionary<string, string>()) temp.Write(name, text);
        var script = driver is null ? output : temp.Write("driver.mjs", driver);
        var outcome = Processes.Node(script, temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.StdErr + "\n" + result.JavaScript);
        return new InteropRun(result.JavaScript!, outcome);
    }

    public string[] Lines => Outcome.StdOut.TrimEnd('\n').Split('\n');

}
