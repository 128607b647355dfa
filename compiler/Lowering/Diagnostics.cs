using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Collects CS2JS errors found while lowering (constructs the support check lets through
/// but the lowering cannot express), so the compile stops instead of emitting wrong JS.</summary>
internal sealed class LoweringDiagnostics
{
    private readonly List<CompileDiagnostic> items = [];
    public IReadOnlyList<CompileDiagnostic> Items => items;

    public void Report(Unsupported id, SyntaxNode? node, string detail)
    {
        var diag = SupportDiagnostics.Create(id, node?.GetLocation() ?? Location.None, detail);
        if (!items.Contains(diag)) items.Add(diag);
    }
}
