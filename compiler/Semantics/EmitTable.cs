using System.Collections.Concurrent;
using EdgeMirror.Compiler.Bcl;
using EdgeMirror.Compiler.FrontEnd;
using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Semantics;

/// <summary>The per-symbol "how is this emitted" table, computed once per compilation: JS names of
/// user types and members (overload suffixes, escaped globals), interop attributes and the BCL table.</summary>
public sealed class EmitTable
{
    private readonly Dictionary<INamedTypeSymbol, string> typeNames = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, string> memberNames = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<(string Module, string Export), string> imports = new();

    public EmitTable(IEnumerable<INamedTypeSymbol> userTypes)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in userTypes)
        {
            var baseName = JsNames.Binding(InteropAttributes.StringArgument(type, "NameAttribute") is { } named && JsNames.IsIdentifier(named) ? named : NestedName(type));
            var name = baseName;
            for (var i = 2; !used.Add(name); i++) name = baseName + "$" + i;
            typeNames[type] = name;
        }
        foreach (var type in typeNames.Keys)
            if (type.BaseType?.OriginalDefinition is { } baseType && typeNames.ContainsKey(baseType)) baseClasses.Add(baseType);
    }

    private readonly HashSet<INamedTypeSymbol> baseClasses = new(SymbolEqualityComparer.Default);

    /// <summary>A class whose one constructor is its JS <c>constructor</c>, so <c>new C(a)</c> needs no <c>.$ctor(a)</c>:
    /// a non-generic class that derives from nothing and that nothing derives from. Elsewhere constructors stay
    /// <c>$ctor</c> methods: C# runs field initializers before the base constructor and picks among overloads, while a
    /// JS derived constructor must call <c>super()</c> before touching <c>this</c>; type arguments are assigned after allocation.</summary>
    public bool HasJsConstructor(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (type is not { TypeKind: TypeKind.Class, IsStatic: false, IsAbstract: false, BaseType.SpecialType: SpecialType.System_Object }
            || !typeNames.ContainsKey(type) || baseClasses.Contains(type)
            || InteropAttributes.Has(type, "ObjectLiteralAttribute") || InteropAttributes.IsExternal(type))
            return false;
        for (var t = type; t is not null; t = t.ContainingType)
            if (t.TypeParameters.Length > 0) return false;
        var ctors = type.InstanceConstructors.Where(c => !IsRecordCopyConstructor(c)).ToList();
        return ctors is [var only] && !InteropAttributes.Has(only, "TemplateAttribute");
    }

    private static bool IsRecordCopyConstructor(IMethodSymbol ctor) =>
        ctor.ContainingType.IsRecord && ctor.IsImplicitlyDeclared && ctor.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(ctor.Parameters[0].Type, ctor.ContainingType);

    /// <summary>The [Import] bindings the program used, in first-use order.</summary>
    public IReadOnlyList<JsImport> Imports => imports.Select(kv => new JsImport(kv.Key.Module, kv.Key.Export, kv.Value)).ToList();

    public IEnumerable<INamedTypeSymbol> UserTypes => typeNames.Keys;

    public bool IsUserType(ITypeSymbol? type) => type is INamedTypeSymbol n && typeNames.ContainsKey(n.OriginalDefinition);

    public string UserTypeName(INamedTypeSymbol type) => typeNames[type.OriginalDefinition];

    public static string? DocId(ISymbol symbol) => symbol.OriginalDefinition.GetDocumentationCommentId();

    /// <summary>The BCL template of a method/accessor/constructor, or the [Template] on it.</summary>
    public static string? Template(IMethodSymbol method)
    {
        if (InteropAttributes.StringArgument(method, "TemplateAttribute") is { } own) return own;
        if (method.AssociatedSymbol is IPropertySymbol p && InteropAttributes.StringArgument(p, "TemplateAttribute") is { } prop
            && method.MethodKind == MethodKind.PropertyGet) return prop;
        if (method.ReducedFrom is { } reduced) return Template(reduced);
        return DocId(method) is { } id && BclTable.Members.TryGetValue(id, out var t) ? t : null;
    }

    /// <summary>An unmapped overload of a method the table maps other overloads of (DateTime.Parse(string,
    /// IFormatProvider) beside Parse(string)): it has no runtime counterpart under its C# name.</summary>
    public static bool IsUnmappedOverload(IMethodSymbol method) =>
        Template(method) is null && DocId(method) is { } id && BclTable.MappedMethodNames.Contains(BclTable.MethodNameOf(id));

    /// <summary>The runtime class standing for a BCL type, from the table.</summary>
    public static string? BclRuntimeName(ITypeSymbol type) =>
        DocId(type) is { } id && BclTable.Types.TryGetValue(id, out var n) ? n : null;

    /// <summary>How code refers to a type at run time (new, is, typeof, static members), or null when it has no JS form.</summary>
    public JsExpression? TypeReference(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol named)
        {
            if (typeNames.TryGetValue(named.OriginalDefinition, out var user)) return new JsIdentifier(user);
            if (InteropAttributes.Import(named.OriginalDefinition) is { } import) return new JsIdentifier(ImportLocal(import, named.Name));
            // a plain JS object has no constructor to test or call
            if (InteropAttributes.IsObjectLiteral(named.OriginalDefinition)) return null;
            if (InteropAttributes.IsExternal(named.OriginalDefinition))
                return JsPath(InteropAttributes.StringArgument(named.OriginalDefinition, "NameAttribute") ?? named.Name);
        }
        if (BclRuntimeName(type) is { } runtime) return new JsRuntimeRef(runtime);
        if (PrimitiveTypeName(type) is { } p) return new JsRuntimeRef(p);
        return BclInterfaceName(type) is { } i ? new JsRuntimeRef(i) : null;
    }

    public static string? PrimitiveTypeName(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Object => "$Object",
        SpecialType.System_String => "$String",
        SpecialType.System_Boolean => "$Boolean",
        SpecialType.System_Char => "$Char",
        SpecialType.System_SByte => "$SByte",
        SpecialType.System_Byte => "$Byte",
        SpecialType.System_Int16 => "$Int16",
        SpecialType.System_UInt16 => "$UInt16",
        SpecialType.System_Int32 => "$Int32",
        SpecialType.System_UInt32 => "$UInt32",
        SpecialType.System_Int64 => "$Int64",
        SpecialType.System_UInt64 => "$UInt64",
        SpecialType.System_Single => "$Single",
        SpecialType.System_Double => "$Double",
        SpecialType.System_Decimal => "$Decimal",
        _ => null,
    };

    /// <summary>Type objects (in core.mjs) for the BCL interfaces programs test with is/as.</summary>
    private static string? BclInterfaceName(ITypeSymbol type) =>
        type.TypeKind != TypeKind.Interface || type.ContainingNamespace?.ToDisplayString() is not ("System" or "System.Collections" or "System.Collections.Generic")
            ? null
            : type.Name switch
            {
                "IComparable" => "$IComparable",
                "IEquatable" => "$IEquatable",
                "IDisposable" => "$IDisposable",
                // a string is IEnumerable<char> only: no variance makes it an IEnumerable<object>
                "IEnumerable" or "ICollection" or "IReadOnlyCollection" when type is INamedTypeSymbol { TypeArguments: [var element] }
                    && element.SpecialType != SpecialType.System_Char && element is not ITypeParameterSymbol => "$IEnumerableNotString",
                "IEnumerable" or "ICollection" or "IReadOnlyCollection" => "$IEnumerable",
                "IList" or "IReadOnlyList" => "$IList",
                "IDictionary" or "IReadOnlyDictionary" => "$IDictionary",
                "IFormattable" => "$IFormattable",
                _ => null,
            };

    public string ImportLocal((string Module, string Export) import, string hint)
    {
        if (imports.TryGetValue(import, out var local)) return local;
        var name = JsNames.Binding(hint) + "$import";
        var baseName = name;
        for (var i = 2; imports.ContainsValue(name) || typeNames.ContainsValue(name); i++) name = baseName + i;
        imports[import] = name;
        return name;
    }

    private static JsExpression JsPath(string dotted)
    {
        var parts = dotted.Split('.');
        JsExpression e = new JsIdentifier(parts[0]);
        foreach (var p in parts.Skip(1)) e = new JsMember(e, p);
        return e;
    }

    private static string NestedName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? NestedName(outer) + "$" + type.Name : type.Name;

    /// <summary>The JS property name of a field, property, event or method.</summary>
    public string MemberName(ISymbol member)
    {
        member = member.OriginalDefinition;
        if (member is IMethodSymbol { ReducedFrom: { } reduced }) member = reduced;
        return memberNames.GetOrAdd(member, ComputeMemberName);
    }

    private string ComputeMemberName(ISymbol member)
    {
        if (member is IMethodSymbol { Name: "ToString", Parameters.Length: 0, IsStatic: false } ts && IsObjectToString(ts)) return "toString";
        if (InteropAttributes.StringArgument(member, "NameAttribute") is { } named) return named;
        if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: false } ap } accessor
            && accessor.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet)
            return MemberName(ap);
        if (InteropAttributes.IsExternal(member) || !IsUserType(member.ContainingType))
            return ApplyNotation(member.Name, InteropAttributes.Notation(member));
        var name = member switch
        {
            IMethodSymbol m => MethodName(m),
            IPropertySymbol p when p.OverriddenProperty is { } o => MemberName(o),
            IPropertySymbol p => InterfaceName(p) ?? FieldOrPropertyName(p),
            IFieldSymbol f => FieldOrPropertyName(f),
            _ => JsNames.Property(member.Name),
        };
        return InteropAttributes.Notation(member) is var notation and not 0 && ConventionApplies(member) ? ApplyNotation(name, notation) : name;
    }

    /// <summary>[Convention] on a user type renames the members it declares, not the ones whose names are fixed
    /// elsewhere: overrides, implementations of library interfaces (the runtime calls Dispose, CompareTo… by name),
    /// constructors and compiler-generated members.</summary>
    private bool ConventionApplies(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || member.IsOverride) return false;
        if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary } or IPropertySymbol { IsIndexer: true }) return false;
        if (member is IMethodSymbol { ExplicitInterfaceImplementations.Length: > 0 } or IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 }) return false;
        return !member.ContainingType.AllInterfaces.Where(i => !IsUserType(i)).SelectMany(i => i.GetMembers())
            .Any(im => SymbolEqualityComparer.Default.Equals(member.ContainingType.FindImplementationForInterfaceMember(im), member));
    }

    private static bool IsObjectToString(IMethodSymbol m)
    {
        for (var o = m; o is not null; o = o.OverriddenMethod)
            if (o.ContainingType.SpecialType == SpecialType.System_Object) return true;
        return false;
    }

    private static string ApplyNotation(string name, int notation) => notation switch
    {
        1 when name.Length > 0 => char.ToLowerInvariant(name[0]) + name[1..],
        2 => name.ToLowerInvariant(),
        _ => name,
    };

    // Private fields of a derived class must not overwrite a base class's field of the same name.
    private string FieldOrPropertyName(ISymbol member)
    {
        var name = JsNames.Property(member.Name);
        if (member.IsStatic) return name == "name" || name == "length" ? name + "$" : name;
        var depth = 0;
        for (var b = member.ContainingType.BaseType; b is not null && IsUserType(b); b = b.BaseType)
        {
            depth++;
            if (b.GetMembers(member.Name).Any(m => m is IFieldSymbol or IPropertySymbol && !m.IsStatic))
                return name + "$" + depth;
        }
        return name;
    }

    private string? InterfaceName(ISymbol member)
    {
        foreach (var iface in member.ContainingType.AllInterfaces)
            foreach (var im in iface.GetMembers(member.Name))
                if (SymbolEqualityComparer.Default.Equals(member.ContainingType.FindImplementationForInterfaceMember(im), member))
                    return MemberName(im);
        var explicitImpl = member switch
        {
            IMethodSymbol m => m.ExplicitInterfaceImplementations.FirstOrDefault() as ISymbol,
            IPropertySymbol p => p.ExplicitInterfaceImplementations.FirstOrDefault(),
            _ => null,
        };
        if (explicitImpl is null) return null;
        return IsUserType(explicitImpl.ContainingType) ? MemberName(explicitImpl) : BclExplicitName(member, explicitImpl);
    }

    private string MethodName(IMethodSymbol method)
    {
        switch (method.MethodKind)
        {
            case MethodKind.Constructor:
            {
                if (HasJsConstructor(method.ContainingType)) return "constructor";
                var ctors = method.ContainingType.InstanceConstructors;
                var index = ctors.IndexOf(method);
                return index <= 0 ? "$ctor" : "$ctor" + index;
            }
            case MethodKind.StaticConstructor:
                return "$cctor";
        }
        if (method.OverriddenMethod is { } overridden) return MemberName(overridden);
        // `new Type GetType()` hides object.GetType, which the runtime's $getType still calls by that name for runtime objects
        if (method is { Name: "GetType", Parameters.Length: 0, IsStatic: false, MethodKind: MethodKind.Ordinary }) return "GetType$";
        // a record's synthesized Equals(R) is the same JS method as its Equals(object)
        if (method.IsImplicitlyDeclared && method.ContainingType.IsRecord && method.Name == "Equals") return "Equals";
        if (method.ExplicitInterfaceImplementations.FirstOrDefault() is { } explicitImpl)
        {
            if (IsUserType(explicitImpl.ContainingType)) return MemberName(explicitImpl);
            return BclExplicitName(method, explicitImpl);
        }
        if (!method.IsStatic && method.MethodKind == MethodKind.Ordinary && UserInterfaceName(method) is { } viaInterface) return viaInterface;
        if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet && method.AssociatedSymbol is IPropertySymbol { IsIndexer: true } indexer)
        {
            var prefix = method.MethodKind == MethodKind.PropertyGet ? "get_Item" : "set_Item";
            var indexers = AllIndexers(method.ContainingType).ToList();
            var i = indexers.FindIndex(x => SymbolEqualityComparer.Default.Equals(x, indexer.OverriddenProperty ?? indexer));
            return i <= 0 ? prefix : prefix + "$" + i;
        }
        // Overloads (in this type and its user base types) get $1, $2… in declaration order.
        var slots = NewSlotMethods(method.ContainingType, method.Name).ToList();
        var slot = slots.FindIndex(m => SymbolEqualityComparer.Default.Equals(m, method));
        // an override of a BCL virtual (Equals, GetHashCode…) owns the plain name
        if (slot >= 0 && HasBclOverride(method.ContainingType, method.Name)) slot++;
        var name = JsNames.Property(Identifier(method.Name));
        if (method.IsStatic && name is "name" or "length" or "call" or "apply" or "bind") name += "$";
        return slot <= 0 ? name : name + "$" + slot;
    }

    /// <summary>A BCL interface member implemented explicitly keeps its C# name unless the class has its own member of
    /// that name, or explicitly implements the same-named member of an interface that extends this one
    /// (IEnumerable&lt;T&gt;.GetEnumerator next to IEnumerable.GetEnumerator, IEnumerator&lt;T&gt;.Current next to
    /// IEnumerator.Current): the more derived interface's member is the one foreach and LINQ use.</summary>
    private static string BclExplicitName(ISymbol member, ISymbol explicitImpl)
    {
        // an explicit implementation's own name is the qualified one, so those are found among all members
        var clash = member.ContainingType.GetMembers(explicitImpl.Name).Any(m => m.Kind == member.Kind && ExplicitImplementations(m).Length == 0)
            || member.ContainingType.GetMembers().Any(other => ExplicitImplementations(other)
                .Any(o => o.Name == explicitImpl.Name && Extends(o.ContainingType, explicitImpl.ContainingType)));
        return clash ? explicitImpl.Name + "$" + explicitImpl.ContainingType.Name : explicitImpl.Name;
    }

    private static System.Collections.Immutable.ImmutableArray<ISymbol> ExplicitImplementations(ISymbol member) => member switch
    {
        IMethodSymbol m => m.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
        IPropertySymbol p => p.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
        _ => [],
    };

    private static bool Extends(INamedTypeSymbol derived, INamedTypeSymbol baseInterface) =>
        derived.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, baseInterface.OriginalDefinition));

    // Compiler-generated names (<Main>$, local function names) are not JS identifiers.
    private static string Identifier(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$') ? name : new string(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '$').ToArray());

    private bool HasBclOverride(INamedTypeSymbol type, string name)
    {
        for (var t = type; t is not null && IsUserType(t); t = t.BaseType)
            if (t.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.IsOverride && m.OverriddenMethod is { } o && !IsUserType(o.ContainingType)))
                return true;
        return false;
    }

    private string? UserInterfaceName(IMethodSymbol method)
    {
        foreach (var iface in method.ContainingType.AllInterfaces.Where(i => IsUserType(i)))
            foreach (var im in iface.GetMembers(method.Name))
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(im), method))
                    return MemberName(im);
        return null;
    }

    private IEnumerable<IPropertySymbol> AllIndexers(INamedTypeSymbol type)
    {
        if (type.BaseType is { } b && IsUserType(b))
            foreach (var i in AllIndexers(b)) yield return i;
        foreach (var p in type.GetMembers().OfType<IPropertySymbol>())
            if (p.IsIndexer && p.OverriddenProperty is null) yield return p;
    }

    private IEnumerable<IMethodSymbol> NewSlotMethods(INamedTypeSymbol type, string name)
    {
        if (type.BaseType is { } b && IsUserType(b))
            foreach (var m in NewSlotMethods(b, name)) yield return m;
        foreach (var iface in type.TypeKind == TypeKind.Interface ? type.Interfaces : [])
            foreach (var m in NewSlotMethods(iface, name)) yield return m;
        foreach (var m in type.GetMembers(name).OfType<IMethodSymbol>())
            if (m.OverriddenMethod is null && m.MethodKind is MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion)
                yield return m;
    }
}
