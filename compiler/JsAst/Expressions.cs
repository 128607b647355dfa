namespace EdgeMirror.Compiler.JsAst;

public abstract record JsExpression : JsNode;

public sealed record JsIdentifier(string Name) : JsExpression;
/// <summary>A name exported by a runtime helper module (always starts with '$'); the linker inlines its module.</summary>
public sealed record JsRuntimeRef(string Name) : JsExpression;
public sealed record JsThis : JsExpression;
public sealed record JsSuper : JsExpression;

public abstract record JsLiteral : JsExpression;
public sealed record JsNumberLiteral(double Value) : JsLiteral;
/// <summary>A BigInt literal such as <c>12n</c>.</summary>
public sealed record JsBigIntLiteral(System.Numerics.BigInteger Value) : JsLiteral;
public sealed record JsStringLiteral(string Value) : JsLiteral;
public sealed record JsBooleanLiteral(bool Value) : JsLiteral;
public sealed record JsNullLiteral : JsLiteral;
public sealed record JsUndefined : JsLiteral;
public sealed record JsRegexLiteral(string Pattern, string Flags) : JsLiteral;

public sealed record JsTemplateLiteral(IReadOnlyList<string> Quasis, IReadOnlyList<JsExpression> Expressions) : JsExpression;
public sealed record JsArrayLiteral(IReadOnlyList<JsExpression> Elements) : JsExpression;
public sealed record JsObjectLiteral(IReadOnlyList<JsObjectMember> Members) : JsExpression;

public abstract record JsObjectMember : JsNode;
/// <summary><c>key: value</c>; a computed key prints as <c>[key]: value</c>.</summary>
public sealed record JsProperty(JsExpression Key, JsExpression Value, bool Computed = false) : JsObjectMember;
public sealed record JsObjectMethod(JsExpression Key, JsFunction Function, bool Computed = false, JsMethodKind Kind = JsMethodKind.Method) : JsObjectMember;
public sealed record JsSpreadMember(JsExpression Argument) : JsObjectMember;

/// <summary><c>object.name</c>, or <c>object?.name</c> when optional.</summary>
public sealed record JsMember(JsExpression Object, string Name, bool Optional = false) : JsExpression;
/// <summary><c>object[index]</c>, or <c>object?.[index]</c>.</summary>
public sealed record JsIndex(JsExpression Object, JsExpression Index, bool Optional = false) : JsExpression;
public sealed record JsCall(JsExpression Callee, IReadOnlyList<JsExpression> Arguments, bool Optional = false) : JsExpression;
public sealed record JsNew(JsExpression Callee, IReadOnlyList<JsExpression> Arguments) : JsExpression;
public sealed record JsSpread(JsExpression Argument) : JsExpression;

public sealed record JsUnary(string Operator, JsExpression Operand) : JsExpression;        // ! - + ~ typeof void delete
public sealed record JsUpdate(string Operator, JsExpression Operand, bool Prefix) : JsExpression; // ++ --
public sealed record JsBinary(string Operator, JsExpression Left, JsExpression Right) : JsExpression; // arithmetic, comparison, in, instanceof, ** ...
public sealed record JsLogical(string Operator, JsExpression Left, JsExpression Right) : JsExpression; // && || ??
public sealed record JsAssign(string Operator, JsExpression Target, JsExpression Value) : JsExpression; // = += ... ??=
public sealed record JsConditional(JsExpression Test, JsExpression WhenTrue, JsExpression WhenFalse) : JsExpression;
public sealed record JsSequence(IReadOnlyList<JsExpression> Expressions) : JsExpression;
public sealed record JsAwait(JsExpression Argument) : JsExpression;
public sealed record JsYield(JsExpression? Argument, bool Delegate = false) : JsExpression;

/// <summary>Arrow function; Body is a block or, for expression-bodied arrows, an expression.</summary>
public sealed record JsArrow(IReadOnlyList<JsParameter> Parameters, JsNode Body, bool IsAsync = false) : JsExpression;
public sealed record JsFunctionExpression(JsFunction Function) : JsExpression;
public sealed record JsClassExpression(JsClass Class) : JsExpression;

/// <summary>A JS text fragment from [Template] or Script.Write, already expanded; printed in parentheses
/// unless <see cref="IsPrimary"/> (then it is trusted to bind tightly, e.g. a call or name).
/// <see cref="Holes"/> are expressions that stay AST (so passes still see them): each
/// <see cref="HoleMark"/> in <see cref="Text"/> stands for the next hole, printed in parentheses unless it is primary.</summary>
public sealed record JsRaw(string Text, bool IsPrimary = false) : JsExpression
{
    public const char HoleMark = '\u0001';
    public IReadOnlyList<JsExpression> Holes { get; init; } = [];
}
