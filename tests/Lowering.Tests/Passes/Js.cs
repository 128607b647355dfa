using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;

namespace EdgeMirror.Compiler.Lowering.Tests.Passes;

/// <summary>Small builders for JS AST in pass tests, and the printed text of a module.</summary>
internal static class Js
{
    public static JsIdentifier Id(string name) => new(name);
    public static JsNumberLiteral Num(double value) => new(value);
    public static JsTemp Temp(int id) => new(id);
    public static JsCall Call(JsExpression callee, params JsExpression[] args) => new(callee, args);
    public static JsAssign Assign(JsExpression target, JsExpression value) => new("=", target, value);
    public static JsSequence Seq(params JsExpression[] expressions) => new(expressions);
    public static JsMember Member(JsExpression obj, string name) => new(obj, name);
    public static JsStatement Stmt(JsExpression e) => new JsExpressionStatement(e);
    public static JsStatement Let(string name, JsExpression? init = null) => new JsVariableDeclaration("let", [new JsVariableDeclarator(name, init)]);
    public static JsFunctionDeclaration Function(string name, params JsStatement[] body) => new(new JsFunction(name, [], new JsBlock(body)));
    public static JsArrow Arrow(JsNode body, params string[] parameters) => new(parameters.Select(p => new JsParameter(p)).ToList(), body);
    public static JsModule Module(params JsStatement[] body) => new([], body, null, null);

    /// <summary>The printed module with its tab indentation shown as two spaces a level, as the expectations
    /// here are written (the layout itself is the printer's tests' concern).</summary>
    public static string Print(JsModule module)
    {
        var writer = new JsWriter();
        new JsPrinter(writer).PrintProgram(module.Body);
        return writer.ToString().Replace("\r\n", "\n").Replace("\t", "  ").TrimEnd();
    }
}
