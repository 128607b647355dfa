using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Lowers one function body (method, accessor, constructor, initializer) from Roslyn's
/// IOperation tree to JS AST. Names of locals are unique per function, so declarations that
/// C# makes inside expressions (out var, pattern variables) can be hoisted safely.</summary>
internal sealed partial class FunctionLowerer
{
    private readonly ModuleLowerer module;
    private readonly EmitTable table;
    private readonly ISymbol owner;
    private readonly Dictionary<ISymbol, string> names = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);
    private readonly List<string> hoisted = [];
    private readonly Stack<JsExpression> implicitReceivers = new();
    private readonly Stack<JsExpression> conditionalReceivers = new();
    private readonly Stack<string> catchVariables = new();
    private int tempCounter;

    public FunctionLowerer(ModuleLowerer module, ISymbol owner)
    {
        this.module = module;
        table = module.Table;
        this.owner = owner;
    }

    private LoweringDiagnostics Report => module.Report;

    // ---- names and temporaries ----------------------------------------------------------------------

    public string LocalName(ISymbol symbol)
    {
        if (names.TryGetValue(symbol, out var name)) return name;
        var baseName = JsNames.Binding(symbol.Name.Replace('<', '$').Replace('>', '$'));
        if (baseName.StartsWith('$')) baseName = "_" + baseName;
        name = baseName;
        for (var i = 1; !usedNames.Add(name); i++) name = baseName + "$" + i;
        names[symbol] = name;
        return name;
    }

    public string ParameterName(IParameterSymbol p) => LocalName(p);

    public static string PrimaryParameterSlot(IParameterSymbol p) => "$p_" + p.Name;

    /// <summary>A name for a binding the lowering declares itself (a <c>for…of</c> or <c>using</c> variable).</summary>
    private string NewBindingName()
    {
        string name;
        do name = "$v" + tempCounter++; while (!usedNames.Add(name));
        return name;
    }

    /// <summary>A temporary; the Temporaries pass names and declares it.</summary>
    private JsTemp Temp() => module.NewTemp();

    /// <summary>Declares the hoisted locals used by <paramref name="statements"/> in front of them
    /// (temporaries are declared by the Temporaries pass).</summary>
    public IReadOnlyList<JsStatement> Flush(IReadOnlyList<JsStatement> statements)
    {
        if (hoisted.Count == 0) return statements;
        var decl = new JsVariableDeclaration("let", hoisted.Select(n => new JsVariableDeclarator(n)).ToList());
        hoisted.Clear();
        return [decl, .. statements];
    }

    private static SourceLocation? Loc(SyntaxNode? node)
    {
        if (node is null) return null;
        var span = node.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }

    private void Unsupported(Unsupported id, IOperation op, string message) => Report.Report(id, op.Syntax, message);

    // ---- functions -----------------------------------------------------------------------------------

    /// <summary>Parameters as JS sees them: ref/out parameters are ref objects (<c>{ v }</c>); type
    /// parameters that the body needs at run time come first as <c>$T…</c>.</summary>
    public (IReadOnlyList<JsParameter> Parameters, IReadOnlyList<JsStatement> Prologue) LowerParameters(IMethodSymbol method)
    {
        var ps = new List<JsParameter>();
        foreach (var tp in RuntimeTypeParameters(method)) ps.Add(new JsParameter(TypeParameterName(tp)));
        foreach (var p in method.Parameters) ps.Add(new JsParameter(ParameterName(p)));
        return (ps, []);
    }

    private IEnumerable<ITypeParameterSymbol> RuntimeTypeParameters(IMethodSymbol method) =>
        module.NeedsTypeArguments(method) ? method.TypeParameters : [];

    private static string TypeParameterName(ITypeParameterSymbol tp) => "$T" + tp.Name;

    public JsFunction LowerFunction(IMethodSymbol method, SyntaxNode syntax, string name)
    {
        var (ps, prologue) = LowerParameters(method);
        var model = module.Model(syntax.SyntaxTree);
        var op = model.GetOperation(syntax);
        var body = new List<JsStatement>(prologue);
        body.AddRange(InFunction(method.IsAsync, () => LowerBody(op, method)));
        var statements = Flush(body);
        if (IsIterator(method, syntax))
            statements = WrapIterator(method, statements);
        if (method.IsAsync)
            statements = [new JsReturn(AsyncBody(method, statements))];
        return new JsFunction(name, ps, new JsBlock(statements));
    }

    private static bool IsIterator(IMethodSymbol method, SyntaxNode syntax) =>
        syntax.DescendantNodes(n => n == syntax || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<YieldStatementSyntax>().Any();

    // C# iterators are lazy and re-enumerable: an IEnumerable<T> iterator returns an object whose
    // [Symbol.iterator] runs the generator afresh; an IEnumerator<T> iterator returns the generator.
    private IReadOnlyList<JsStatement> WrapIterator(IMethodSymbol method, IReadOnlyList<JsStatement> body)
    {
        var generator = new JsFunctionExpression(new JsFunction(null, [], new JsBlock(body), IsGenerator: true));
        var self = method.IsStatic || method.MethodKind == MethodKind.LocalFunction && method.IsStatic ? (JsExpression)new JsNullLiteral() : new JsThis();
        var returnsEnumerator = method.ReturnType.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerator_T or SpecialType.System_Collections_IEnumerator;
        var helper = returnsEnumerator ? "$iterator" : "$iterable";
        return [new JsReturn(new JsCall(new JsRuntimeRef(helper), [self, generator]))];
    }

    public IReadOnlyList<JsStatement> LowerBody(IOperation? op, IMethodSymbol method)
    {
        switch (op)
        {
            case null:
                return [];
            case IMethodBodyOperation body:
                return LowerStatement((IOperation?)body.BlockBody ?? body.ExpressionBody!);
            case IConstructorBodyOperation ctor:
                return LowerStatement((IOperation?)ctor.BlockBody ?? ctor.ExpressionBody!);
            case IBlockOperation block:
                return LowerStatement(block);
            case ILocalFunctionOperation local:
                return LowerStatement((IOperation?)local.Body ?? local.IgnoredBody!);
            default:
                return [new JsReturn(AsyncReturnValue(LowerValue(op, method.ReturnType)))];
        }
    }

    /// <summary>The base constructor call C# makes implicitly (<c>: base()</c>).</summary>
    public IReadOnlyList<JsStatement> ImplicitBaseConstructorCall(INamedTypeSymbol baseType, SyntaxNode? syntax)
    {
        var ctor = baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0 || c.Parameters.All(p => p.IsOptional));
        if (ctor is null) return [];
        return [new JsExpressionStatement(BaseConstructorCall(ctor, ctor.Parameters.Select(p => DefaultArgument(p)).ToList(), syntax))];
    }

    private JsExpression DefaultArgument(IParameterSymbol p) =>
        p.HasExplicitDefaultValue ? Constants.Lower(p.ExplicitDefaultValue, p.Type) : Defaults.Of(p.Type, table);

    private JsExpression BaseConstructorCall(IMethodSymbol ctor, IReadOnlyList<JsExpression> args, SyntaxNode? syntax)
    {
        if (table.IsUserType(ctor.ContainingType))
            return new JsCall(new JsMember(new JsSuper(), table.MemberName(ctor)), args);
        // A runtime (BCL) base class is constructed with its JS constructor; its own state is copied onto `this`.
        var runtime = table.TypeReference(ctor.ContainingType);
        if (runtime is null)
        {
            Report.Report(Support.Unsupported.UnsupportedBclType, syntax, $"deriving from '{ctor.ContainingType.ToDisplayString()}' is not supported");
            return new JsNullLiteral();
        }
        var template = EmitTable.Template(ctor);
        if (template is not null && TemplateExpander.NewArguments(template) is { } holeOrder)
            args = holeOrder.Select(name => ctor.Parameters.Select((p, i) => (p, i)).Where(x => x.p.Name == name).Select(x => args[x.i]).FirstOrDefault() ?? (JsExpression)new JsUndefined()).ToList();
        return new JsCall(new JsRuntimeRef("$baseCtor"), [new JsThis(), runtime, new JsArrayLiteral(args)]);
    }
}
