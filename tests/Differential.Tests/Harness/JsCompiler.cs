using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Differential.Tests.Harness;

/// <summary>A compiled module written to disk, or the reason there is none.</summary>
public sealed record JsModuleFile(string? ModulePath, string? Failure);

/// <summary>
/// Compiles one program with cs2js (CompilerPipeline.Compile) and writes the module and its map
/// into <see cref="OutputDirectory"/>, where they stay for debugging.
/// </summary>
public static class JsCompiler
{
    /// <summary>One folder per test process: other engineers run this suite at the same time.</summary>
    public static string OutputDirectory { get; } = CreateOutputDirectory();

    public static JsModuleFile Compile(string name, string sourcePath, string sourceText)
    {
        var outputName = name + ".mjs";
        CompileResult result;
        try
        {
            result = CompilerPipeline.Compile([new SourceText(sourcePath, sourceText)], new CompileOptions(outputName));
        }
        catch (Exception thrown)
        {
            // The compiler is young: a crash in it is one failing program, not a dead suite.
            return new(null, $"cs2js threw while compiling {name}.cs: {thrown}");
        }

        if (!result.Success)
        {
            var diagnostics = result.Diagnostics.Count == 0 ? "(no diagnostics, no JavaScript)" : string.Join('\n', result.Diagnostics);
            return new(null, $"cs2js rejected {name}.cs:\n{diagnostics}");
        }

        var modulePath = Path.Combine(OutputDirectory, outputName);
        File.WriteAllText(modulePath, result.JavaScript);
        if (result.SourceMap is not null)
            File.WriteAllText(modulePath + ".map", result.SourceMap);
        return new(modulePath, null);
    }

    private static string CreateOutputDirectory()
    {
        var root = Path.Combine(Path.GetTempPath(), "edgemirror-difftest");
        RemoveOldRuns(root);
        var directory = Path.Combine(root, Environment.ProcessId.ToString());
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Modules are kept for debugging, but not forever: a day-old run is nobody's evidence.</summary>
    private static void RemoveOldRuns(string root)
    {
        if (!Directory.Exists(root)) return;
        foreach (var run in Directory.GetDirectories(root))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(run) < DateTime.UtcNow.AddDays(-1))
                    Directory.Delete(run, recursive: true);
            }
            catch (IOException) { /* another test process is using it */ }
            catch (UnauthorizedAccessException) { /* not ours */ }
        }
    }
}
