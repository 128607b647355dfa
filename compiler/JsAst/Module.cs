namespace EdgeMirror.Compiler.JsAst;

/// <summary>An ES module import the user program asked for with [Import]:
/// <c>import Local from "Module"</c> when Export is "default", else <c>import { Export as Local } from "Module"</c>.</summary>
public sealed record JsImport(string Module, string Export, string Local);

/// <summary>What the lowering hands to the linker: the user program as statements, the imports
/// it needs, what it exports as default and the entry point (if any) to run at top level.</summary>
public sealed record JsModule(
    IReadOnlyList<JsImport> Imports,
    IReadOnlyList<JsStatement> Body,
    JsExpression? ExportDefault,
    JsExpression? EntryPoint);
