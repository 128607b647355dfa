using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes;

/// <summary>JS-level passes run on the lowered module, in order.</summary>
public static class JsPasses
{
    public static JsModule Run(JsModule module) => module;
}
