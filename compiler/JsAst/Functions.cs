namespace EdgeMirror.Compiler.JsAst;

public enum JsMethodKind { Method, Getter, Setter }

/// <summary>A parameter: a name, an optional default and whether it is a rest parameter.</summary>
public sealed record JsParameter(string Name, JsExpression? Default = null, bool IsRest = false) : JsNode;

/// <summary>The parts shared by function declarations, expressions and methods.</summary>
public sealed record JsFunction(
    string? Name,
    IReadOnlyList<JsParameter> Parameters,
    JsBlock Body,
    bool IsAsync = false,
    bool IsGenerator = false) : JsNode;

public sealed record JsClass(string? Name, JsExpression? Extends, IReadOnlyList<JsClassMember> Members) : JsNode;

public abstract record JsClassMember : JsNode;
public sealed record JsClassMethod(JsExpression Key, JsFunction Function, bool IsStatic = false, JsMethodKind Kind = JsMethodKind.Method, bool Computed = false) : JsClassMember;
/// <summary>A class field <c>name = value;</c> (static or instance).</summary>
public sealed record JsClassField(JsExpression Key, JsExpression? Value, bool IsStatic = false, bool Computed = false) : JsClassMember;
public sealed record JsStaticBlock(JsBlock Body) : JsClassMember;
