using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Tests.Printer;

/// <summary>Short constructors for hand-made JS ASTs.</summary>
public static class Js
{
    public static JsIdentifier Id(string name) => new(name);
    public static JsNumberLiteral Num(double value) => new(value);
    public static JsStringLiteral Str(string value) => new(value);
    public static JsBinary Bin(string op, JsExpression left, JsExpression right) => new(op, left, right);
    public static JsLogical Logic(string op, JsExpression left, JsExpression right) => new(op, left, right);
    public static JsUnary Un(string op, JsExpression operand) => new(op, operand);
    public static JsCall Call(JsExpression callee, params JsExpression[] args) => new(callee, args);
    public static JsMember Dot(JsExpression obj, string name, bool optional = false) => new(obj, name, optional);
    public static JsAssign Assign(JsExpression target, JsExpression value, string op = "=") => new(op, target, value);
    public static JsArrow Arrow(JsNode body, params string[] parameters) => new(parameters.Select(p => new JsParameter(p)).ToArray(), body);
    public static JsBlock Block(params JsStatement[] statements) => new(statements);
    public static JsExpressionStatement Stmt(JsExpression expression) => new(expression);
    public static JsReturn Return(JsExpression? value = null) => new(value);
    public static JsObjectLiteral Obj(params (string Key, JsExpression Value)[] properties) =>
        new(properties.Select(p => (JsObjectMember)new JsProperty(new JsStringLiteral(p.Key), p.Value)).ToArray());
    public static JsVariableDeclaration Let(string name, JsExpression? init = null) => new("let", [new JsVariableDeclarator(name, init)]);
    public static JsFunction Function(string? name, JsBlock body, params string[] parameters) =>
        new(name, parameters.Select(p => new JsParameter(p)).ToArray(), body);

    public static SourceLocation At(int line, int column = 0, string file = "Program.cs") => new(file, line, column);
}
