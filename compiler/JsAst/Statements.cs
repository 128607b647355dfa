namespace EdgeMirror.Compiler.JsAst;

public abstract record JsStatement : JsNode;

public sealed record JsBlock(IReadOnlyList<JsStatement> Statements) : JsStatement;
public sealed record JsExpressionStatement(JsExpression Expression) : JsStatement;
public sealed record JsVariableDeclarator(string Name, JsExpression? Init = null) : JsNode;
/// <summary>Kind is "let", "const" or "var".</summary>
public sealed record JsVariableDeclaration(string Kind, IReadOnlyList<JsVariableDeclarator> Declarators) : JsStatement;
public sealed record JsFunctionDeclaration(JsFunction Function) : JsStatement;
public sealed record JsClassDeclaration(JsClass Class) : JsStatement;
public sealed record JsReturn(JsExpression? Argument = null) : JsStatement;
public sealed record JsIf(JsExpression Test, JsStatement Then, JsStatement? Else = null) : JsStatement;
/// <summary>Init is a declaration or an expression statement (or null).</summary>
public sealed record JsFor(JsStatement? Init, JsExpression? Test, JsExpression? Update, JsStatement Body) : JsStatement;
/// <summary><c>for (Kind Name of Iterable)</c>; with IsAwait, <c>for await</c>.</summary>
public sealed record JsForOf(string Kind, string Name, JsExpression Iterable, JsStatement Body, bool IsAwait = false) : JsStatement;
public sealed record JsForIn(string Kind, string Name, JsExpression Object, JsStatement Body) : JsStatement;
public sealed record JsWhile(JsExpression Test, JsStatement Body) : JsStatement;
public sealed record JsDoWhile(JsStatement Body, JsExpression Test) : JsStatement;
public sealed record JsBreak(string? Label = null) : JsStatement;
public sealed record JsContinue(string? Label = null) : JsStatement;
public sealed record JsLabeled(string Label, JsStatement Body) : JsStatement;
public sealed record JsThrow(JsExpression Argument) : JsStatement;
/// <summary><c>try {…} catch (Param) {…} finally {…}</c>; CatchParameter null means <c>catch {…}</c>.</summary>
public sealed record JsTry(JsBlock Block, string? CatchParameter, JsBlock? Handler, JsBlock? Finalizer) : JsStatement;
public sealed record JsSwitchCase(JsExpression? Test, IReadOnlyList<JsStatement> Body) : JsNode;
public sealed record JsSwitch(JsExpression Discriminant, IReadOnlyList<JsSwitchCase> Cases) : JsStatement;
public sealed record JsEmpty : JsStatement;
/// <summary>A comment line, kept for readability of the output (e.g. the C# type a class came from).</summary>
public sealed record JsComment(string Text) : JsStatement;
