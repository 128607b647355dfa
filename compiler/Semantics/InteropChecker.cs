using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.Pipeline;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EdgeMirror.Compiler.Semantics;

/// <summary>Rejects interop attributes that cannot mean anything in JavaScript, where they are written (before any
/// use is lowered): a [Template] naming a hole that is no parameter, an [ObjectLiteral] with behaviour, an [Import]
/// without a module, a [Name] that is no JS name, more than one [ExportDefault].</summary>
public static class InteropChecker
{
    public static IReadOnlyList<CompileDiagnostic> Check(CSharpCompilation compilation)
    {
        var found = new List<CompileDiagnostic>();
        var exportDefaults = new List<INamedTypeSymbol>();
        foreach (var type in UserTypes(compilation))
        {
            CheckType(type, found);
            if (InteropAttributes.Has(type, "ExportDefaultAttribute")) exportDefaults.Add(type);
            foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared))
                CheckMember(member, found);
        }
        foreach (var extra in exportDefaults.Skip(1))
            Report(found, extra, "ExportDefaultAttribute", $"only one class can be the module's export default; '{exportDefaults[0].Name}' already is");
        return found;
    }

    private static IEnumerable<INamedTypeSymbol> UserTypes(CSharpCompilation compilation)
    {
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees.Where(t => !RoslynFrontEnd.IsPrelude(t)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type && seen.Add(type))
                    yield return type;
        }
    }

    private static void CheckType(INamedTypeSymbol type, List<CompileDiagnostic> found)
    {
        var external = InteropAttributes.IsExternal(type) || InteropAttributes.IsObjectLiteral(type);
        if (InteropAttributes.StringArgument(type, "NameAttribute") is { } name && name.Length > 0
            && !(external ? name.Split('.').All(JsNames.IsPropertyName) : JsNames.IsIdentifier(name)))
            Report(found, type, "NameAttribute", external
                ? $"[Name(\"{name}\")] is not a JavaScript name or dotted path (letters, digits, _ and $)"
                : $"[Name(\"{name}\")] names the JavaScript class this type compiles to: it must be an identifier (letters, digits, _ and $, not a reserved word)");
        else if (InteropAttributes.StringArgument(type, "NameAttribute") is "" && !(type.IsStatic && InteropAttributes.IsExternal(type)))
            Report(found, type, "NameAttribute", "[Name(\"\")] (members are globals) needs a static [External] class");
        CheckImport(type, found);
        if (InteropAttributes.Has(type, "ExportDefaultAttribute")
            && !type.GetMembers().OfType<IMethodSymbol>().Any(m => m is { IsStatic: true, DeclaredAccessibility: Accessibility.Public, MethodKind: MethodKind.Ordinary }))
            Report(found, type, "ExportDefaultAttribute", $"[ExportDefault] exports public static methods (a Worker's 'fetch'); '{type.Name}' has none");
        if (InteropAttributes.IsObjectLiteral(type))
        {
            if (type.TypeKind != TypeKind.Class)
                Report(found, type, "ObjectLiteralAttribute", "[ObjectLiteral] applies to classes: a plain JS object has no value-type copy semantics");
            foreach (var member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared))
                if (ObjectLiteralProblem(member) is { } problem)
                    found.Add(SupportDiagnostics.Create(Unsupported.InteropMisuse, member.Locations.FirstOrDefault() ?? Location.None, problem));
        }
    }

    /// <summary>An [ObjectLiteral] is data: fields and properties (stored or extern), a parameterless constructor.</summary>
    private static string? ObjectLiteralProblem(ISymbol member) => member switch
    {
        _ when member.IsStatic && member is not INamedTypeSymbol => $"'{member.Name}': an [ObjectLiteral] is a plain JS object and has no static members",
        IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: > 0 } =>
            $"'{member.ContainingType.Name}': an [ObjectLiteral] is built with an object initializer ('new {member.ContainingType.Name} {{ A = … }}'), not constructor arguments",
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor when RunsCode(ctor) =>
            $"'{member.ContainingType.Name}': an [ObjectLiteral]'s constructor cannot run code; give members initializers instead",
        IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation } =>
            $"'{member.Name}': an [ObjectLiteral] is a plain JS object and cannot have methods; use a static helper or an [External] class",
        IPropertySymbol { IsIndexer: true } => "an [ObjectLiteral] cannot have an indexer",
        IPropertySymbol p when !p.IsExtern && !IsAutoProperty(p) => $"'{p.Name}': an [ObjectLiteral]'s properties are stored values; a computed property has no place in a plain JS object",
        IEventSymbol => $"'{member.Name}': an [ObjectLiteral] cannot have events",
        _ => null,
    };

    private static bool RunsCode(IMethodSymbol method) => method.DeclaringSyntaxReferences.Any(r =>
        r.GetSyntax() is ConstructorDeclarationSyntax c
        && (c.Body is { Statements.Count: > 0 } || c.ExpressionBody is not null || c.Initializer is not null));

    private static bool IsAutoProperty(IPropertySymbol property) =>
        property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    private static void CheckMember(ISymbol member, List<CompileDiagnostic> found)
    {
        if (member is not INamedTypeSymbol && InteropAttributes.StringArgument(member, "NameAttribute") is { } name && !JsNames.IsPropertyName(name))
            Report(found, member, "NameAttribute", $"[Name(\"{name}\")] is not a JavaScript property name");
        CheckImport(member, found);
        if (member is IMethodSymbol method) // accessors too: they are members of the type
        {
            CheckTemplate(method, InteropAttributes.Find(method, "TemplateAttribute"), found);
            if (InteropAttributes.Find(method, "ExpandParamsAttribute") is { } expand && method.Parameters is not [.., { IsParams: true }])
                Report(found, expand, method, "[ExpandParams] needs a method whose last parameter is a params array");
        }
        if (member is IPropertySymbol property && InteropAttributes.Find(property, "TemplateAttribute") is { } propertyTemplate)
        {
            if (property.GetMethod is { } getter) CheckTemplate(getter, propertyTemplate, found);
            else Report(found, propertyTemplate, property, $"[Template] on a property is its getter's template; '{property.Name}' has no getter (put [Template] on the 'set' accessor)");
        }
    }

    private static void CheckImport(ISymbol symbol, List<CompileDiagnostic> found)
    {
        if (InteropAttributes.Find(symbol, "ImportAttribute") is not { } import) return;
        if (import.ConstructorArguments.FirstOrDefault().Value is not string { Length: > 0 } module || module.Trim().Length == 0)
            Report(found, import, symbol, "[Import] needs a module specifier (\"./file.js\", \"node:path\", \"cloudflare:workers\")");
        else if (import.ConstructorArguments.Length > 1 && import.ConstructorArguments[1].Value is not string { Length: > 0 })
            Report(found, import, symbol, "[Import]'s export name is empty; use \"default\", \"*\" or the export's name");
        else if (symbol is not INamedTypeSymbol && !symbol.IsStatic)
            Report(found, import, symbol, $"[Import] binds a module export to a static member or a type; '{symbol.Name}' is an instance member");
    }

    /// <summary>Every <c>{hole}</c> names <c>this</c>, a parameter, a type parameter or (for setters) <c>value</c>;
    /// <c>{*name}</c> needs a params parameter; <c>{this}</c> needs an instance (or extension) member.</summary>
    private static void CheckTemplate(IMethodSymbol method, AttributeData? template, List<CompileDiagnostic> found)
    {
        if (template?.ConstructorArguments.FirstOrDefault().Value is not string format) return;
        foreach (var (name, spread) in Holes(format))
        {
            var parameter = method.Parameters.FirstOrDefault(p => p.Name == name);
            if (name == "this")
            {
                if (spread) Report(found, template, method, "{*this} is not a hole: spread a params parameter ({*args})");
                else if (method.IsStatic && !method.IsExtensionMethod && method.MethodKind != MethodKind.Constructor)
                    Report(found, template, method, $"the template of '{method.Name}' uses {{this}}, but a static member has no receiver");
                else if (method.MethodKind == MethodKind.Constructor)
                    Report(found, template, method, "a constructor's template has no {this}: it builds the object");
            }
            else if (parameter is not null)
            {
                if (spread && !parameter.IsParams)
                    Report(found, template, method, $"{{*{name}}} spreads a params array, but '{name}' is not a params parameter");
            }
            else if (method.TypeParameters.Any(t => t.Name == name) || method.ContainingType.TypeParameters.Any(t => t.Name == name)
                     || name == "value" && method.MethodKind == MethodKind.PropertySet)
            {
                if (spread) Report(found, template, method, $"{{*{name}}} spreads a params array; '{name}' is a type parameter");
            }
            else
                Report(found, template, method, $"the template of '{method.Name}' names {{{(spread ? "*" : "")}{name}}}, which is not a parameter, a type parameter or {{this}}");
        }
    }

    /// <summary>The holes of a template: <c>{name}</c> and <c>{*name}</c> with an identifier inside (other braces are JS).</summary>
    public static IEnumerable<(string Name, bool Spread)> Holes(string template)
    {
        for (var i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var end = template.IndexOf('}', i);
            if (end < 0) yield break;
            var inner = template[(i + 1)..end];
            var spread = inner.StartsWith('*');
            if (spread) inner = inner[1..];
            if (inner.Length > 0 && !char.IsAsciiDigit(inner[0]) && inner.All(c => char.IsLetterOrDigit(c) || c == '_'))
                yield return (inner, spread);
        }
    }

    private static void Report(List<CompileDiagnostic> found, ISymbol symbol, string attribute, string message) =>
        Report(found, InteropAttributes.Find(symbol, attribute), symbol, message);

    private static void Report(List<CompileDiagnostic> found, AttributeData? attribute, ISymbol symbol, string message)
    {
        var location = attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? symbol.Locations.FirstOrDefault() ?? Location.None;
        found.Add(SupportDiagnostics.Create(Unsupported.InteropMisuse, location, message));
    }
}
