using EdgeMirror.Compiler.Linker;
using EdgeMirror.Compiler.Lowering;

namespace EdgeMirror.Compiler.Pipeline;

/// <summary>The compiler as an API: C# sources in, one ES module and its source map out.
/// The CLI, the MSBuild targets, the deployer and the tests all come through here.</summary>
public static class CompilerPipeline
{
    public static CompileResult Compile(IReadOnlyList<SourceText> sources, CompileOptions? options = null)
    {
        options ??= new CompileOptions();
        var translation = Translator.Translate(sources);
        if (translation.Module is null || translation.Diagnostics.Any(d => d.IsError))
            return new CompileResult(null, null, translation.Diagnostics);

        var linked = ModuleLinker.Link(translation.Module, sources, options);
        var diagnostics = translation.Diagnostics.Concat(linked.Diagnostics).ToArray();
        return diagnostics.Any(d => d.IsError)
            ? new CompileResult(null, null, diagnostics)
            : new CompileResult(linked.JavaScript, linked.SourceMap, diagnostics);
    }

    /// <summary>Compiles the .cs files a project file names (see <see cref="ProjectSources"/>).</summary>
    public static CompileResult CompileProject(string csprojPath, CompileOptions? options = null) =>
        Compile(ProjectSources.Read(csprojPath), options);
}
