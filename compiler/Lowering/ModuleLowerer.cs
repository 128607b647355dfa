using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Lowers a whole compilation: every user type to a JS class (or enum object), in an
/// order where base classes come first, then the [ExportDefault] object and the entry point.</summary>
internal sealed class ModuleLowerer
{
    private readonly CSharpCompilation compilation;
    private readonly LoweringDiagnostics diagnostics = new();

    public ModuleLowerer(CSharpCompilation compilation)
    {
        this.compilation = compilation;
        var userTypes = compilation.SyntaxTrees
            .Where(t => !RoslynFrontEnd.IsPrelude(t))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Select(d => compilation.GetSemanticModel(t).GetDeclaredSymbol(d)))
            .Concat(compilation.SyntaxTrees.Where(t => !RoslynFrontEnd.IsPrelude(t))
                .SelectMany(t => t.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Take(1))
                .Select(_ => compilation.GetEntryPoint(CancellationToken.None)?.ContainingType))
            .OfType<INamedTypeSymbol>()
            .Where(t => !InteropAttributes.IsExternal(t))
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();
        Types = userTypes;
        Table = new EmitTable(userTypes);
    }

    public IReadOnlyList<INamedTypeSymbol> Types { get; }
    public EmitTable Table { get; }
    public CSharpCompilation Compilation => compilation;
    public IReadOnlyList<CompileDiagnostic> Diagnostics => diagnostics.Items;
    internal LoweringDiagnostics Report => diagnostics;

    public SemanticModel Model(SyntaxTree tree) => compilation.GetSemanticModel(tree);

    public JsModule Lower()
    {
        var body = new List<JsStatement>();
        foreach (var type in OrderedForDeclaration())
            body.AddRange(new TypeLowerer(this, type).Lower());

        JsExpression? exportDefault = null;
        foreach (var type in Types.Where(t => InteropAttributes.Has(t, "ExportDefaultAttribute")))
            exportDefault = ExportDefaultObject(type);

        JsExpression? entry = null;
        if (compilation.GetEntryPoint(CancellationToken.None) is { } main && Table.IsUserType(main.ContainingType))
        {
            var callee = new JsMember(Table.TypeReference(main.ContainingType)!, Table.MemberName(main));
            var args = main.Parameters.Length == 1
                ? new JsExpression[] { new JsCall(new JsMember(new JsMember(new JsIdentifier("process"), "argv"), "slice"), [new JsNumberLiteral(2)]) }
                : [];
            entry = new JsArrow([], new JsCall(callee, args));
        }
        return new JsModule(Table.Imports, body, exportDefault, entry);
    }

    // The object literal that becomes `export default`: the class's public static methods by JS name.
    private JsExpression ExportDefaultObject(INamedTypeSymbol type)
    {
        var typeRef = Table.TypeReference(type)!;
        var members = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && m.MethodKind == MethodKind.Ordinary)
            .Select(m =>
            {
                var name = Table.MemberName(m);
                var fn = new JsMember(typeRef, name);
                var bound = new JsCall(new JsMember(fn, "bind"), [typeRef]);
                return (JsObjectMember)new JsProperty(new JsIdentifier(name), bound);
            })
            .ToList();
        return new JsObjectLiteral(members);
    }

    // Base classes (and enclosing types) before the classes that extend them; otherwise source order.
    private IEnumerable<INamedTypeSymbol> OrderedForDeclaration()
    {
        var done = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var result = new List<INamedTypeSymbol>();
        void Visit(INamedTypeSymbol t)
        {
            t = t.OriginalDefinition;
            if (!Table.IsUserType(t) || !done.Add(t)) return;
            if (t.BaseType is { } b) Visit(b);
            result.Add(t);
        }
        foreach (var t in Types) Visit(t);
        return result;
    }
}
