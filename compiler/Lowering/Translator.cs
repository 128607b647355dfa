using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Support;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>What the front half of the compiler hands to the printer: the module, or the errors.</summary>
public sealed record TranslationResult(JsModule? Module, IReadOnlyList<CompileDiagnostic> Diagnostics);

/// <summary>Front end → support check → lowering → JS passes.</summary>
public static class Translator
{
    public static TranslationResult Translate(IReadOnlyList<SourceText> sources)
    {
        var front = RoslynFrontEnd.Compile(sources);
        if (front.Compilation is null) return new TranslationResult(null, front.Diagnostics);

        var unsupported = SupportChecker.Check(front.Compilation).Concat(Semantics.InteropChecker.Check(front.Compilation)).ToList();
        if (unsupported.Count > 0) return new TranslationResult(null, unsupported);

        var lowering = new ModuleLowerer(front.Compilation);
        var module = lowering.Lower();
        if (lowering.Diagnostics.Count > 0) return new TranslationResult(null, lowering.Diagnostics);
        return new TranslationResult(JsPasses.Run(module), []);
    }
}
