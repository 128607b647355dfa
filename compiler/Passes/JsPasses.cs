using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.BoundsChecks;
using EdgeMirror.Compiler.Passes.StructCopies;
using EdgeMirror.Compiler.Passes.Temporaries;
using EdgeMirror.Compiler.Passes.TreeShaking;

namespace EdgeMirror.Compiler.Passes;

/// <summary>JS-level passes run on the lowered module, in order. Each replaces the abstract nodes it
/// owns (see JsAst/AbstractNodes.cs) with concrete JS, so the printer never sees them.</summary>
public static class JsPasses
{
    public static JsModule Run(JsModule module)
    {
        module = StructCopiesPass.Run(module);
        module = BoundsChecksPass.Run(module);
        module = TemporariesPass.Run(module);
        module = TreeShaker.Run(module); // last: it sees the finished program
        return module;
    }
}
