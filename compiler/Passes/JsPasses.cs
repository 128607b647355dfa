using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Passes.TreeShaking;

namespace EdgeMirror.Compiler.Passes;

/// <summary>JS-level passes run on the lowered module, in order.</summary>
public static class JsPasses
{
    public static JsModule Run(JsModule module)
    {
        module = TreeShaker.Run(module); // last: it sees the finished program
        return module;
    }
}
