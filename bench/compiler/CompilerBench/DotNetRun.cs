using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EdgeMirror.Bench.Compiler;

/// <summary>The .NET side of a CPU-bound comparison, run in its own process: the program is compiled
/// (optimised) with Roslyn in memory, then Main is timed — JIT included, as node's time includes its JIT.</summary>
public static class DotNetRun
{
    public static int Run(string csFile)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(csFile), new CSharpParseOptions(LanguageVersion.Latest), csFile);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("bench", [tree], references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            foreach (var d in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) Console.Error.WriteLine(d);
            return 1;
        }
        var assembly = Assembly.Load(image.ToArray());
        var main = assembly.EntryPoint!;
        var watch = Stopwatch.StartNew();
        main.Invoke(null, main.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        Console.Out.Flush();
        Console.Error.WriteLine("elapsed-ms: " + watch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        return 0;
    }
}
