using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Passes.TreeShaking;

/// <summary>What one top-level statement of the lowered program is, for reachability: a class, another
/// named declaration (an enum's <c>const</c>, a function), a statement that only describes a class (its
/// <c>$record</c>/<c>$struct</c>/<c>$implement</c> call, kept with the class), the per-namespace type names
/// (<c>$types</c>), or anything else (a root: it runs when the module loads).</summary>
internal abstract record ProgramPart(int Index, JsStatement Statement)
{
    public static readonly string[] Describers = ["$record", "$struct", "$implement"];
    public const string TypeNames = "$types";

    public static ProgramPart Of(int index, JsStatement statement) => statement switch
    {
        JsClassDeclaration { Class.Name: { } name } c => new ClassPart(index, c, name),
        JsFunctionDeclaration { Function.Name: { } name } => new DeclarationPart(index, statement, [name]),
        JsVariableDeclaration v when v.Declarators.All(d => d.Init is null || IsInert(d.Init)) => new DeclarationPart(index, statement, v.Declarators.Select(d => d.Name).ToArray()),
        JsExpressionStatement { Expression: JsCall { Callee: JsRuntimeRef { Name: var helper }, Arguments: [JsIdentifier target, ..] } call }
            when Describers.Contains(helper) => new DescriberPart(index, statement, helper, target.Name, call),
        JsExpressionStatement { Expression: JsCall { Callee: JsRuntimeRef { Name: TypeNames }, Arguments: [JsStringLiteral ns, ..] } call }
            when call.Arguments.Skip(1).All(a => a is JsIdentifier) => new TypeNamesPart(index, statement, ns.Value, call.Arguments.Skip(1).Cast<JsIdentifier>().Select(a => a.Name).ToArray()),
        _ => new RootPart(index, statement),
    };

    /// <summary>An initializer whose evaluation nothing can observe, so leaving it out is invisible: literals,
    /// functions and the enum objects the lowering declares.</summary>
    private static bool IsInert(JsExpression e) => e switch
    {
        JsLiteral or JsArrow or JsFunctionExpression => true,
        JsArrayLiteral a => a.Elements.All(IsInert),
        JsUnary { Operator: "-" or "+" or "!", Operand: var o } => IsInert(o),
        JsCall { Callee: JsRuntimeRef { Name: "$enumType" or "$flagsEnumType" }, Arguments: var args } => args.All(IsInert),
        _ => false,
    };
}

internal sealed record ClassPart(int Index, JsClassDeclaration Declaration, string Name) : ProgramPart(Index, Declaration)
{
    public JsClass Class => Declaration.Class;
}

/// <summary>A <c>const</c>/<c>let</c>/<c>function</c> at the top level: kept when one of its names is used.
/// (The lowering's are enum objects, built by a call without side effects.)</summary>
internal sealed record DeclarationPart(int Index, JsStatement Statement, IReadOnlyList<string> Names) : ProgramPart(Index, Statement);

/// <summary><c>$record(C, …)</c>, <c>$struct(C, …)</c>, <c>$implement(C, [interfaces])</c>: metadata of class C.</summary>
internal sealed record DescriberPart(int Index, JsStatement Statement, string Helper, string Target, JsCall Call) : ProgramPart(Index, Statement)
{
    public bool IsInterfaceList => Helper == "$implement";

    /// <summary>The interfaces of an <c>$implement</c> call.</summary>
    public IReadOnlyList<JsExpression> Interfaces =>
        IsInterfaceList && Call.Arguments is [_, JsArrayLiteral list, ..] ? list.Elements : [];
}

/// <summary><c>$types("Namespace", A, B)</c>: gives classes of one namespace their <c>$name</c> and <c>$fullName</c>.</summary>
internal sealed record TypeNamesPart(int Index, JsStatement Statement, string Namespace, IReadOnlyList<string> Classes) : ProgramPart(Index, Statement);

internal sealed record RootPart(int Index, JsStatement Statement) : ProgramPart(Index, Statement);
