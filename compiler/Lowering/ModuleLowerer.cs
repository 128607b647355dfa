using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Bcl;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Lowers a whole compilation: every user type to a JS class (or enum object), in an
/// order where base classes come first, then the [ExportDefault] object and the entry point.</summary>
internal sealed partial class ModuleLowerer
{
    private readonly CSharpCompilation compilation;
    private readonly LoweringDiagnostics diagnostics = new();

    public ModuleLowerer(CSharpCompilation compilation)
    {
        this.compilation = compilation;
        var userTypes = compilation.SyntaxTrees
            .Where(t => !RoslynFrontEnd.IsPrelude(t))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Select(d => Model(t).GetDeclaredSymbol(d)))
            .Concat(compilation.SyntaxTrees.Where(t => !RoslynFrontEnd.IsPrelude(t))
                .SelectMany(t => t.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Take(1))
                .Select(_ => compilation.GetEntryPoint(CancellationToken.None)?.ContainingType))
            .OfType<INamedTypeSymbol>()
            .Where(t => !InteropAttributes.IsExternal(t) && !InteropAttributes.Has(t, "ImportAttribute") && !InteropAttributes.IsObjectLiteral(t))
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

    private int tempIds;

    /// <summary>A temporary unique in the module: the Temporaries pass finds which function declares it.</summary>
    public JsTemp NewTemp() => new(tempIds++);

    private readonly Dictionary<SyntaxTree, SemanticModel> models = [];

    // One model per tree: a model caches what it has bound, so every pass reuses the same one.
    public SemanticModel Model(SyntaxTree tree)
    {
        if (!models.TryGetValue(tree, out var model)) models[tree] = model = compilation.GetSemanticModel(tree);
        return model;
    }

    public JsModule Lower()
    {
        var body = new List<JsStatement>();
        var namedByNamespace = new List<(string Namespace, string Class)>();
        foreach (var type in OrderedForDeclaration())
        {
            body.AddRange(new TypeLowerer(this, type).Lower());
            if (TypeLowerer.NamesFromNamespace(type, Table) is { } ns) namedByNamespace.Add((ns, Table.UserTypeName(type)));
        }
        // One line per namespace instead of two static fields per class; it runs before any C# code can ask a name.
        foreach (var group in namedByNamespace.GroupBy(n => n.Namespace, StringComparer.Ordinal))
            body.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$types"),
                [new JsStringLiteral(group.Key), .. group.Select(n => (JsExpression)new JsIdentifier(n.Class))])));

        JsExpression? exportDefault = null;
        foreach (var type in Types.Where(t => InteropAttributes.Has(t, "ExportDefaultAttribute")))
            exportDefault = ExportDefaultObject(type);

        JsExpression? entry = null;
        if (compilation.GetEntryPoint(CancellationToken.None) is { } main && Table.IsUserType(main.ContainingType))
        {
            var callee = new JsMember(Table.TypeReference(main.ContainingType)!, Table.MemberName(main));
            var args = main.Parameters.Length == 1
                ? new JsExpression[] { new JsLogical("??", new JsCall(new JsMember(new JsMember(new JsMember(new JsIdentifier("globalThis"), "process", true), "argv", true), "slice", true), [new JsNumberLiteral(2)], true), new JsArrayLiteral([])) }
                : [];
            entry = new JsCall(callee, args);
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
                return (JsObjectMember)new JsProperty(new JsIdentifier(ExportedName(m, name)), bound);
            })
            .ToList();
        return new JsObjectLiteral(members);
    }

    // Workers calls its handlers by their JS names: a C# `Fetch` or `Scheduled` without [Name] is exported as `fetch`
    // or `scheduled`; any other method keeps its JS name.
    private static readonly HashSet<string> WorkersHandlers = new(StringComparer.Ordinal) { "fetch", "scheduled", "queue", "email", "tail", "trace", "test", "alarm" };

    private static string ExportedName(IMethodSymbol method, string jsName) =>
        !InteropAttributes.Has(method, "NameAttribute") && jsName.Length > 0 && WorkersHandlers.Contains(char.ToLowerInvariant(jsName[0]) + jsName[1..])
            ? char.ToLowerInvariant(jsName[0]) + jsName[1..]
            : jsName;

    private readonly Dictionary<IMethodSymbol, bool> typeArgumentNeeds = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a user generic method reads a type parameter at run time (default(T), is T,
    /// typeof(T), casts to T, or passes it on to a method that does): then callers pass type objects.</summary>
    public bool NeedsTypeArguments(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (method.TypeParameters.Length == 0 || !Table.IsUserType(method.ContainingType) && method.MethodKind != MethodKind.LocalFunction) return false;
        if (typeArgumentNeeds.TryGetValue(method, out var known)) return known;
        typeArgumentNeeds[method] = false; // recursion guard
        var result = false;
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var model = Model(syntax.SyntaxTree);
            foreach (var node in syntax.DescendantNodes())
            {
                var op = model.GetOperation(node);
                var type = op switch
                {
                    IDefaultValueOperation d => d.Type,
                    // `x is int` on a T value: a char, double or enum T is told apart only with T at hand
                    IIsTypeOperation isType when isType.ValueOperand.Type is ITypeParameterSymbol { DeclaringMethod: not null } => isType.ValueOperand.Type,
                    IIsPatternOperation isPattern when isPattern.Value.Type is ITypeParameterSymbol { DeclaringMethod: not null } => isPattern.Value.Type,
                    IIsTypeOperation i => i.TypeOperand,
                    ITypeOfOperation t => t.TypeOperand,
                    // `x as U` tests x against U: without U at hand it would let every value through
                    IConversionOperation { IsTryCast: true } c => TryCastTarget(c),
                    IConversionOperation c when c.IsUnboxing() => c.Type,
                    // printing or boxing a T value: a char or an enum T prints as itself only if T is known
                    IConversionOperation c when c.IsBoxing() => c.Operand.Type,
                    IInterpolationOperation hole => hole.Expression.Type,
                    IInvocationOperation { TargetMethod.Name: "ToString", TargetMethod.Parameters.Length: 0, Instance: { } receiver } => receiver.Type,
                    IDeclarationPatternOperation p => p.MatchedType,
                    ITypePatternOperation tp => tp.MatchedType,
                    IInvocationOperation inv when NeedsTypeArguments(inv.TargetMethod) => inv.TargetMethod.TypeArguments.FirstOrDefault(a => a is ITypeParameterSymbol),
                    IObjectCreationOperation create when create.Type is INamedTypeSymbol ct && NeedsClassTypeArguments(ct) => ct.TypeArguments.FirstOrDefault(a => a is ITypeParameterSymbol),
                    IArrayCreationOperation { Initializer: null } arr => ((IArrayTypeSymbol)arr.Type!).ElementType,
                    ITypeParameterObjectCreationOperation tpc => tpc.Type,
                    _ => TemplateTypeArgument(op) ?? BoxedOperandType(op),
                };
                if (type is ITypeParameterSymbol tp2 && SymbolEqualityComparer.Default.Equals(tp2.DeclaringMethod, method)) { result = true; break; }
            }
        }
        typeArgumentNeeds[method] = result;
        return result;
    }

    /// <summary>The type of a value an operation boxes among its direct operands (implicit conversions have no syntax of their own).</summary>
    private static ITypeSymbol? BoxedOperandType(IOperation? op) =>
        op?.ChildOperations.OfType<IConversionOperation>().FirstOrDefault(c => c.IsBoxing() && c.Operand.Type is ITypeParameterSymbol)?.Operand.Type;

    /// <summary>A type argument that a BCL template reads with <c>{T}</c>, if the operation uses such a template.</summary>
    private static ITypeSymbol? TemplateTypeArgument(IOperation? op)
    {
        var method = op switch
        {
            IInvocationOperation i => i.TargetMethod,
            IObjectCreationOperation c => c.Constructor,
            IPropertyReferenceOperation p => p.Property.GetMethod ?? p.Property.SetMethod,
            _ => null,
        };
        if (method is null || EmitTable.Template(method) is not { } template || !template.Contains('{')) return null;
        var original = method.OriginalDefinition;
        for (var i = 0; i < original.TypeParameters.Length; i++)
            if (template.Contains("{" + original.TypeParameters[i].Name + "}")) return method.TypeArguments[i];
        var type = method.ContainingType;
        for (var i = 0; i < type.OriginalDefinition.TypeParameters.Length; i++)
            if (template.Contains("{" + type.OriginalDefinition.TypeParameters[i].Name + "}")) return type.TypeArguments[i];
        return null;
    }

    private readonly Dictionary<INamedTypeSymbol, bool> classTypeArgumentNeeds = new(SymbolEqualityComparer.Default);

    /// <summary>Whether instances of a generic user class carry their type arguments (as <c>$T_Class_Name</c>
    /// properties) because a member reads them at run time, or a field of type T needs its default.</summary>
    public bool NeedsClassTypeArguments(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (type.TypeParameters.Length == 0 || !Table.IsUserType(type)) return false;
        if (classTypeArgumentNeeds.TryGetValue(type, out var known)) return known;
        classTypeArgumentNeeds[type] = false;
        bool IsOwn(ITypeSymbol? t) => t is ITypeParameterSymbol tp && SymbolEqualityComparer.Default.Equals(tp.DeclaringType, type);
        var result = type.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && IsOwn(f.Type));
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (result) break;
            var syntax = reference.GetSyntax();
            var model = Model(syntax.SyntaxTree);
            foreach (var node in syntax.DescendantNodes())
            {
                var op = model.GetOperation(node);
                var found = op switch
                {
                    IDefaultValueOperation d => IsOwn(d.Type),
                    IIsTypeOperation isType when IsOwn(isType.ValueOperand.Type) => true,
                    IIsPatternOperation isPattern when IsOwn(isPattern.Value.Type) => true,
                    IIsTypeOperation i => IsOwn(i.TypeOperand),
                    ITypeOfOperation t => IsOwn(t.TypeOperand),
                    IConversionOperation { IsTryCast: true } c => IsOwn(TryCastTarget(c)),
                    IConversionOperation c when c.IsUnboxing() => IsOwn(c.Type),
                    IConversionOperation c when c.IsBoxing() => IsOwn(c.Operand.Type),
                    IInterpolationOperation hole => IsOwn(hole.Expression.Type),
                    IInvocationOperation { TargetMethod.Name: "ToString", TargetMethod.Parameters.Length: 0, Instance: { } receiver } when IsOwn(receiver.Type) => true,
                    IDeclarationPatternOperation p => IsOwn(p.MatchedType),
                    ITypePatternOperation tp => IsOwn(tp.MatchedType),
                    IInvocationOperation inv => NeedsTypeArguments(inv.TargetMethod) && inv.TargetMethod.TypeArguments.Any(IsOwn) || IsOwn(TemplateTypeArgument(op)),
                    IObjectCreationOperation create => create.Type is INamedTypeSymbol ct && NeedsClassTypeArguments(ct) && ct.TypeArguments.Any(IsOwn) || IsOwn(TemplateTypeArgument(op)),
                    ITypeParameterObjectCreationOperation tpc => IsOwn(tpc.Type),
                    IArrayCreationOperation arr => arr.Initializer is null && IsOwn(((IArrayTypeSymbol)arr.Type!).ElementType),
                    _ => IsOwn(TemplateTypeArgument(op)) || IsOwn(BoxedOperandType(op)),
                };
                if (found) { result = true; break; }
            }
        }
        if (!result && type.BaseType is { } b && NeedsClassTypeArguments(b.OriginalDefinition) && b.TypeArguments.Any(IsOwn)) result = true;
        classTypeArgumentNeeds[type] = result;
        return result;
    }

    /// <summary>The type `x as T` (or `x as T?`) tests against.</summary>
    private static ITypeSymbol? TryCastTarget(IConversionOperation c) =>
        c.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : c.Type;

    public string ClassTypeArgumentSlot(ITypeParameterSymbol tp) =>
        "$T_" + Table.UserTypeName((INamedTypeSymbol)tp.DeclaringType!.OriginalDefinition) + "_" + tp.Name;

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
            foreach (var i in t.Interfaces) Visit(i);
            result.Add(t);
        }
        foreach (var t in Types) Visit(t);
        return result;
    }
}
