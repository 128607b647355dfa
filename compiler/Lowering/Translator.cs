using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Pipeline;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>What the front half of the compiler hands to the printer: the module, or the errors.</summary>
public sealed record TranslationResult(JsModule? Module, IReadOnlyList<CompileDiagnostic> Diagnostics);

/// <summary>Front end → support check → lowering → JS passes.</summary>
public static class Translator
{
    public static TranslationResult Translate(IReadOnlyList<SourceText> sources) =>
        throw new NotImplementedException("lowering is being written");
}
