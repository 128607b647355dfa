using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Lowers one user type: a class (classes, structs, records, interfaces) or an enum object.
/// Constructors are instance methods <c>$ctor…</c> that run field initializers, the base
/// constructor and the body in C#'s order; <c>new C(a)</c> is <c>new C().$ctor(a)</c> — or the JS
/// <c>constructor</c> and <c>new C(a)</c> for a class with one constructor and no base or derived class
/// (<see cref="EmitTable.HasJsConstructor"/>).</summary>
internal sealed partial class TypeLowerer
{
    private readonly ModuleLowerer module;
    private readonly INamedTypeSymbol type;
    private readonly EmitTable table;
    private readonly string jsName;
    private readonly List<JsClassMember> members = [];
    private readonly List<JsStatement> after = [];

    public TypeLowerer(ModuleLowerer module, INamedTypeSymbol type)
    {
        this.module = module;
        this.type = type;
        table = module.Table;
        jsName = table.UserTypeName(type);
    }

    private JsIdentifier Self => new(jsName);

    public IEnumerable<JsStatement> Lower()
    {
        if (type.TypeKind == TypeKind.Delegate) return [];
        if (type.TypeKind == TypeKind.Enum) return [LowerEnum()];

        var hasLazyStatics = NeedsLazyStatics();
        LowerFields(hasLazyStatics);
        foreach (var member in type.GetMembers())
        {
            if (IsJavaScriptOwned(member)) continue;
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor } ctor when type.TypeKind != TypeKind.Interface:
                    LowerConstructor(ctor);
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation } method:
                    LowerMethod(method);
                    break;
                case IPropertySymbol property:
                    LowerProperty(property);
                    break;
            }
        }
        ReportJsNameClashes();
        AddFormatWith();
        if (type.IsRecord) AddRecordMembers();
        else if (type.TypeKind == TypeKind.Struct) AddStructMembers();
        if (!type.IsRecord) AddEquatableMarker();
        // No toString fallback: the runtime's $toString prints the class's $fullName, as object.ToString() does.
        if (hasLazyStatics) AddStaticInitializer();
        if (IsEnumerable()) AddIterator();

        var names = NamesFromNamespace(type, table) is null ? 2 : 0;
        if (names > 0)
        {
            members.Insert(0, new JsClassField(new JsIdentifier("$name"), new JsStringLiteral(type.MetadataName), IsStatic: true));
            members.Insert(1, new JsClassField(new JsIdentifier("$fullName"), new JsStringLiteral(FullName(type)), IsStatic: true));
        }
        if (type.TypeKind == TypeKind.Interface) members.Insert(names, new JsClassField(new JsIdentifier("$isInterface"), new JsBooleanLiteral(true), IsStatic: true));
        if (type.TypeKind == TypeKind.Struct) members.Insert(names, new JsClassField(new JsIdentifier("$isStruct"), new JsBooleanLiteral(true), IsStatic: true));

        var interfaces = type.Interfaces.Select(i => table.TypeReference(i)).OfType<JsExpression>().ToList();
        if (interfaces.Count > 0)
            after.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$implement"), [Self, new JsArrayLiteral(interfaces)])));

        JsExpression? extends = null;
        if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
        {
            extends = table.TypeReference(baseType);
            if (extends is null)
                module.Report.Report(Unsupported.UnsupportedBclType, Syntax(type), $"deriving from '{baseType.ToDisplayString()}' is not supported: it has no JavaScript counterpart");
        }
        var declaration = new JsClassDeclaration(new JsClass(jsName, extends, members)) { Location = Loc(Syntax(type)) };
        return [declaration, .. after];
    }

    /// <summary>The namespace whose <c>$types(…)</c> call gives this class its <c>$name</c> and <c>$fullName</c>
    /// (the JS class's own name is the C# name), or null when the class must carry them itself: nested and
    /// generic types, renamed classes, and classes with a static member that hides the JS <c>name</c>.</summary>
    public static string? NamesFromNamespace(INamedTypeSymbol type, EmitTable table)
    {
        if (type.TypeKind is TypeKind.Enum or TypeKind.Delegate || type.ContainingType is not null) return null;
        if (table.UserTypeName(type) != type.MetadataName) return null;
        if (type.GetMembers().Any(m => m.IsStatic && m is IFieldSymbol or IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary } && table.MemberName(m) is "name" or "length")) return null;
        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";
    }

    public static string FullName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer) return FullName(outer) + "+" + type.MetadataName;
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName;
    }

    private SyntaxNode? Syntax(ISymbol symbol) => symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();

    private static SourceLocation? Loc(SyntaxNode? node)
    {
        if (node is null) return null;
        var span = node.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }

    private bool HasUserMember(string name, int arity) =>
        type.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.Parameters.Length == arity && !m.IsImplicitlyDeclared);

    private static JsClassMember Method(string name, IReadOnlyList<JsParameter> ps, IReadOnlyList<JsStatement> body, bool isStatic = false) =>
        new JsClassMethod(new JsIdentifier(name), new JsFunction(null, ps, new JsBlock(body)), isStatic);

    private FunctionLowerer NewFunction(ISymbol owner) => new(module, owner);

    /// <summary>An IFormattable user type formats itself in composite formatting and interpolation holes with a
    /// format string ({0:F}, $"{x:F}"): the runtime calls <c>$formatWith(format)</c>, which calls its ToString(format, provider).</summary>
    private void AddFormatWith()
    {
        if (type.AllInterfaces.FirstOrDefault(i => i.ToDisplayString() == "System.IFormattable") is not { } formattable) return;
        if (formattable.GetMembers("ToString").FirstOrDefault() is not { } member || type.FindImplementationForInterfaceMember(member) is not IMethodSymbol impl) return;
        if (!SymbolEqualityComparer.Default.Equals(impl.ContainingType, type)) return; // a base class already has it
        var format = new JsIdentifier("format");
        var call = new JsCall(new JsMember(new JsThis(), table.MemberName(impl)), [format, new JsNullLiteral()]);
        members.Add(Method("$formatWith", [new JsParameter("format")], [new JsReturn(call)]));
    }

    /// <summary>Two members that would become one JS method (explicit implementations of same-named members of two
    /// interfaces, or one next to a public member of that name) would silently call the wrong body: an error instead.</summary>
    private void ReportJsNameClashes()
    {
        var seen = new Dictionary<(string, bool), ISymbol>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member is not (IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } or IPropertySymbol { IsIndexer: false })) continue;
            var key = (table.MemberName(member), member.IsStatic);
            if (seen.TryGetValue(key, out var first))
                module.Report.Report(Unsupported.UnsupportedOperation, Syntax(member),
                    $"'{member.ToDisplayString()}' and '{first.ToDisplayString()}' would be the same JavaScript member '{key.Item1}'; give the interface members different names");
            else seen[key] = member;
        }
    }

    // ---- enums --------------------------------------------------------------------------------

    private JsStatement LowerEnum()
    {
        var call = new JsCall(new JsRuntimeRef(EnumTypeObjects.Maker(type)), EnumTypeObjects.Arguments(type, FullName(type)));
        return new JsVariableDeclaration("const", [new JsVariableDeclarator(jsName, call)]) { Location = Loc(Syntax(type)) };
    }

    // ---- fields and static initialization ----------------------------------------------------------

    // Fields C# synthesizes for captured primary-constructor parameters are not emitted: the
    // parameters live in $p_ slots set by the constructor.
    private IEnumerable<IFieldSymbol> Fields => type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsConst && !IsCaptureField(f));

    private static bool IsCaptureField(IFieldSymbol f) => f.AssociatedSymbol is null && f.Name.StartsWith('<');

    /// <summary>Static state is initialized lazily (on first access) when there is a static constructor
    /// or an initializer that is more than a constant: that keeps C#'s order of side effects.</summary>
    private bool NeedsLazyStatics()
    {
        if (type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)) return true;
        return Fields.Any(f => f.IsStatic && (StaticInitializer(f) is { } init && !IsPure(init.Value) || IsStructValue(f.Type)));
    }

    /// <summary>An initializer with no side effects and no dependency on other types (constants and
    /// arrays of constants) can run when the class is defined.</summary>
    private static bool IsPure(IOperation op) => op switch
    {
        _ when op.ConstantValue.HasValue => true,
        IConversionOperation c => c.Operand.ConstantValue.HasValue && c.Type?.IsValueType == true,
        IArrayCreationOperation { Initializer: { } init } arr => arr.DimensionSizes.All(d => d.ConstantValue.HasValue) && init.ElementValues.All(IsPure),
        _ => false,
    };

    private ISymbolInitializerOperation? StaticInitializer(IFieldSymbol field) => Initializer(field);

    private IOperation? InitializerOperation(ISymbol member)
    {
        var syntax = Syntax(member);
        EqualsValueClauseSyntax? clause = syntax switch
        {
            VariableDeclaratorSyntax v => v.Initializer,
            PropertyDeclarationSyntax p => p.Initializer,
            _ => null,
        };
        return clause is null ? null : module.Model(clause.SyntaxTree).GetOperation(clause);
    }

    private ISymbolInitializerOperation? Initializer(IFieldSymbol field) =>
        InitializerOperation(field.AssociatedSymbol ?? field) as ISymbolInitializerOperation;

    private ISymbolInitializerOperation? MemberInitializer(ISymbol member) => InitializerOperation(member) as ISymbolInitializerOperation;

    private bool IsStructValue(ITypeSymbol t) => t.TypeKind == TypeKind.Struct && table.IsUserType(t);

    private void LowerFields(bool lazyStatics)
    {
        foreach (var field in Fields)
        {
            if (IsJavaScriptOwned(field.AssociatedSymbol ?? field)) continue;
            if (field.AssociatedSymbol is IPropertySymbol p && !IsFieldLikeProperty(p)) continue; // backing field of an accessor property
            var name = field.AssociatedSymbol is IPropertySymbol ap ? BackingOrPropertyName(ap) : table.MemberName(field);
            if (field.IsStatic)
            {
                if (lazyStatics)
                {
                    members.Add(new JsClassField(new JsIdentifier(StaticSlot(name)), Defaults.Of(field.Type, table), IsStatic: true));
                    AddLazyStaticAccessors(name, withSetter: !IsOnlyWrittenByItsInitializer(field));
                }
                else
                {
                    var value = StaticInitializer(field) is { } init ? NewFunction(field).LowerValue(init.Value, field.Type) : Defaults.Of(field.Type, table);
                    members.Add(new JsClassField(new JsIdentifier(name), value, IsStatic: true));
                }
            }
            else if (type.TypeKind != TypeKind.Interface && !AssignedFirstByEveryConstructor(name))
            {
                members.Add(new JsClassField(new JsIdentifier(name), Defaults.Of(field.Type, table)));
            }
        }
    }

    private string StaticSlot(string name) => "$s_" + name;

    /// <summary>A static readonly field (or get-only auto-property) of a type without a static constructor of
    /// its own: C# lets only the initializer write it, and that writes the slot directly, so no setter is needed.</summary>
    private bool IsOnlyWrittenByItsInitializer(IFieldSymbol field) =>
        field.IsReadOnly && type.StaticConstructors.All(c => c.IsImplicitlyDeclared);

    private void AddLazyStaticAccessors(string name, bool withSetter)
    {
        var init = new JsExpressionStatement(new JsCall(new JsMember(Self, "$cinit"), []));
        var slot = new JsMember(Self, StaticSlot(name));
        members.Add(new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [], new JsBlock([init, new JsReturn(slot)])), true, JsMethodKind.Getter));
        if (withSetter) members.Add(new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [new JsParameter("v")],
            new JsBlock([init, new JsExpressionStatement(new JsAssign("=", slot, new JsIdentifier("v")))])), true, JsMethodKind.Setter));
    }

    // $cinit runs once: it replaces itself first, then runs initializers and the static constructor in source order.
    private void AddStaticInitializer()
    {
        var body = new List<JsStatement>
        {
            new JsExpressionStatement(new JsAssign("=", new JsMember(Self, "$cinit"), new JsArrow([], new JsBlock([])))),
        };
        var initializers = new List<JsStatement>();
        var lazyNames = new List<JsExpression>();
        FunctionLowerer? fieldFunction = null;
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: true, IsConst: false } f && (f.AssociatedSymbol is null || f.AssociatedSymbol is IPropertySymbol p && IsFieldLikeProperty(p)))
            {
                var name = f.AssociatedSymbol is IPropertySymbol ap ? BackingOrPropertyName(ap) : table.MemberName(f);
                lazyNames.Add(new JsStringLiteral(name));
                var slot = new JsMember(Self, StaticSlot(name));
                if (MemberInitializer(f.AssociatedSymbol ?? f) is { } init)
                {
                    fieldFunction ??= NewFunction(f);
                    var value = fieldFunction.LowerValue(init.Value, f.Type);
                    initializers.Add(new JsExpressionStatement(new JsAssign("=", slot, value)) { Location = Loc(init.Syntax) });
                }
            }
        }
        if (fieldFunction is not null) body.AddRange(fieldFunction.Flush(initializers));
        foreach (var cctor in type.StaticConstructors.Where(c => !c.IsImplicitlyDeclared))
        {
            var syntax = Syntax(cctor)!;
            var op = module.Model(syntax.SyntaxTree).GetOperation(syntax);
            var fn = NewFunction(cctor);
            body.AddRange(fn.LowerBody(op, cctor));
        }
        // Once initialized, the fields become plain data properties: later reads skip the accessors.
        if (lazyNames.Count > 0)
            body.Add(new JsExpressionStatement(new JsCall(new JsRuntimeRef("$staticsReady"), [Self, new JsArrayLiteral(lazyNames)])));
        // an exception escaping initialization becomes TypeInitializationException, thrown again by every later use
        var failed = new JsExpressionStatement(new JsCall(new JsRuntimeRef("$typeInitFailed"), [Self, new JsStringLiteral(TypeInitializerName(type)), new JsIdentifier("$e")]));
        body = [body[0], new JsTry(new JsBlock(body.Skip(1).ToList()), "$e", new JsBlock([failed]), null)];
        members.Add(Method("$cinit", [], body, isStatic: true));
    }

    // ---- constructors -----------------------------------------------------------------------------

    private void LowerConstructor(IMethodSymbol ctor)
    {
        if (ctor.IsStatic) return;
        if (IsCopyConstructor(ctor))
            return; // the copy constructor: `with` uses $clone
        var fn = NewFunction(ctor);
        var body = new List<JsStatement>();
        var syntax = Syntax(ctor);
        var (parameters, prologue) = fn.LowerParameters(ctor);
        body.AddRange(prologue);

        IOperation? op = syntax is ConstructorDeclarationSyntax ? module.Model(syntax.SyntaxTree).GetOperation(syntax) : null;
        var ctorBody = op as IConstructorBodyOperation;
        var chainsToThis = ctorBody?.Initializer is IExpressionStatementOperation { Operation: IInvocationOperation inv }
            && SymbolEqualityComparer.Default.Equals(inv.TargetMethod.ContainingType, type)
            && (syntax as ConstructorDeclarationSyntax)?.Initializer?.ThisOrBaseKeyword.IsKind(SyntaxKind.ThisKeyword) == true;

        if (!chainsToThis)
        {
            // C#: field initializers run before the base constructor.
            if (IsPrimaryConstructor(ctor) && !type.IsRecord)
                foreach (var p in ctor.Parameters)
                    body.Add(new JsExpressionStatement(new JsAssign("=", new JsMember(new JsThis(), FunctionLowerer.PrimaryParameterSlot(p)), new JsIdentifier(fn.ParameterName(p)))));
            // Fields of a type parameter start as default(T), which needs the type argument.
            if (module.NeedsClassTypeArguments(type))
                foreach (var f in Fields.Where(f => !f.IsStatic && f.Type is ITypeParameterSymbol && MemberInitializer(f.AssociatedSymbol ?? f) is null))
                    body.Add(new JsExpressionStatement(new JsAssign("=", new JsMember(new JsThis(), f.AssociatedSymbol is IPropertySymbol fp ? BackingOrPropertyName(fp) : table.MemberName(f)),
                        new JsCall(new JsRuntimeRef("$defaultOf"), [fn.TypeObject(f.Type, Syntax(f))]))));
            body.AddRange(InstanceInitializers(fn, ctor));
            // A generic base class that reads its type arguments gets them from this class.
            if (type.BaseType is { } gb && module.NeedsClassTypeArguments(gb))
                body.Add(new JsExpressionStatement(new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), [new JsThis(), fn.TypeArgumentSlots(gb, syntax)])));
        }

        if (ctorBody?.Initializer is { } initializer)
            body.AddRange(fn.LowerStatement(initializer));
        else if (IsPrimaryConstructor(ctor) && syntax is TypeDeclarationSyntax { BaseList: { } baseList }
                 && baseList.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault() is { } primaryBase
                 && module.Model(primaryBase.SyntaxTree).GetOperation(primaryBase) is { } baseCall)
            body.AddRange(fn.LowerStatement(baseCall));
        else if (type.TypeKind == TypeKind.Class && type.BaseType is { } bt && bt.SpecialType != SpecialType.System_Object)
            body.AddRange(fn.ImplicitBaseConstructorCall(bt, syntax));

        if (ctorBody?.BlockBody is { } block) body.AddRange(fn.LowerStatement(block));
        else if (ctorBody?.ExpressionBody is { } expr) body.AddRange(fn.LowerStatement(expr));
        if (HasExplicitStaticConstructor) body.Insert(0, new JsExpressionStatement(new JsCall(new JsMember(Self, "$cinit"), [])));
        var name = table.MemberName(ctor);
        var isJsConstructor = name == "constructor";
        // `new C().$ctor(a)` needs the object back; a JS constructor gives it by itself
        if (!isJsConstructor) body.Add(new JsReturn(new JsThis()));
        var statements = fn.Flush(body);
        if (isJsConstructor && statements.Count == 0 && parameters.Count == 0) return;
        members.Add(new JsClassMethod(new JsIdentifier(name),
            new JsFunction(null, parameters, new JsBlock(statements))) { Location = Loc(syntax) });
    }

    private bool IsCopyConstructor(IMethodSymbol ctor) =>
        type.IsRecord && ctor.IsImplicitlyDeclared && ctor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(ctor.Parameters[0].Type, type);

    /// <summary>A record class whose only constructor is the primary one (besides the copy constructor, which
    /// `with` does not run): that constructor stores the positional properties before anything else runs.</summary>
    private IMethodSymbol? SolePrimaryConstructor =>
        type is { IsRecord: true, TypeKind: TypeKind.Class } && type.InstanceConstructors.Where(c => !IsCopyConstructor(c)).ToList() is [var only] && IsPrimaryConstructor(only)
            ? only : null;

    /// <summary>The positional properties the primary constructor stores, with their JS names, in parameter order.</summary>
    private IEnumerable<(IParameterSymbol Parameter, IPropertySymbol Property, string JsName)> PositionalStores(IMethodSymbol primary) =>
        primary.Parameters
            .Select(p => (p, prop: type.GetMembers(p.Name).OfType<IPropertySymbol>().FirstOrDefault()))
            .Where(x => x.prop is { } prop && (prop.IsImplicitlyDeclared || MemberInitializer(prop) is null && IsFieldLikeProperty(prop)))
            .Select(x => (x.p, x.prop!, BackingOrPropertyName(x.prop!)));

    /// <summary>A field declaration <c>X = null;</c> would only be overwritten: every object of the class gets
    /// X from the first statements of its one constructor, before any code can read it. Only when every
    /// instance field is such a store, so the object's own properties keep their declaration order.</summary>
    private bool AssignedFirstByEveryConstructor(string jsName)
    {
        if (SolePrimaryConstructor is not { } primary) return false;
        var stored = PositionalStores(primary).Select(s => s.JsName).ToHashSet(StringComparer.Ordinal);
        return stored.Contains(jsName) && InstanceState().All(f => stored.Contains(f.JsName));
    }

    /// <summary>The type name TypeInitializationException reports: namespace-qualified, but a nested type by its own name
    /// (the runtime's metadata name: nested types have no namespace).</summary>
    private static string TypeInitializerName(INamedTypeSymbol type) =>
        type.ContainingType is null && type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private bool HasExplicitStaticConstructor => type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);

    private static bool IsPrimaryConstructor(IMethodSymbol ctor) =>
        ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax;

    private IEnumerable<JsStatement> InstanceInitializers(FunctionLowerer fn, IMethodSymbol ctor)
    {
        var result = new List<JsStatement>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || IsJavaScriptOwned(member) || member is IFieldSymbol { AssociatedSymbol: { } owner } && IsJavaScriptOwned(owner)) continue;
            // an overridable auto-property (or one using `field`) initializes its backing slot
            if (member is IFieldSymbol { IsConst: false } f && (f.AssociatedSymbol is null || f.AssociatedSymbol is IPropertySymbol)
                && MemberInitializer(f.AssociatedSymbol ?? f) is { } init)
            {
                var name = f.AssociatedSymbol is IPropertySymbol ap ? BackingOrPropertyName(ap) : table.MemberName(f);
                var value = fn.LowerValue(init.Value, f.Type);
                result.AddRange(fn.Flush([new JsExpressionStatement(new JsAssign("=", new JsMember(new JsThis(), name), value)) { Location = Loc(init.Syntax) }]));
            }
            else if (type.IsRecord && member is IPropertySymbol { IsImplicitlyDeclared: false } rp && IsPrimaryConstructor(ctor)
                     && ctor.Parameters.FirstOrDefault(x => x.Name == rp.Name) is { } _ && MemberInitializer(rp) is null)
            {
                // explicitly declared positional member without initializer: nothing to do
            }
        }
        // Positional record properties are initialized from the primary constructor's parameters, first and in
        // parameter order (the order their properties are created in when the class declares no fields for them).
        if (type.IsRecord && IsPrimaryConstructor(ctor))
            result.InsertRange(0, PositionalStores(ctor).Select(s => (JsStatement)new JsExpressionStatement(new JsAssign("=",
                new JsMember(new JsThis(), s.JsName), fn.CopyIfStruct(new JsIdentifier(fn.ParameterName(s.Parameter)), s.Parameter.Type)))));
        return result;
    }

    // ---- methods and properties -----------------------------------------------------------------------

    /// <summary>An [External], [Import]ed or extern member of a user class exists in JavaScript already: nothing is emitted for it.</summary>
    private static bool IsJavaScriptOwned(ISymbol member) =>
        InteropAttributes.Has(member, "ExternalAttribute") || InteropAttributes.Has(member, "ImportAttribute")
        || member is IPropertySymbol { IsExtern: true } or IMethodSymbol { IsExtern: true };

    private void LowerMethod(IMethodSymbol method)
    {
        if (method.IsImplicitlyDeclared) return; // record members are generated separately
        if (method.IsAbstract || method.IsExtern || method.IsPartialDefinition && method.PartialImplementationPart is null) return;
        if (method.PartialImplementationPart is { } impl) method = impl;
        var syntax = Syntax(method);
        if (syntax is null) return;
        var fn = NewFunction(method);
        var function = fn.LowerFunction(method, syntax, table.MemberName(method));
        var insertInit = method.IsStatic && HasExplicitStaticConstructor;
        if (insertInit)
            function = function with { Body = new JsBlock([new JsExpressionStatement(new JsCall(new JsMember(Self, "$cinit"), [])), .. function.Body.Statements]) };
        members.Add(new JsClassMethod(new JsIdentifier(table.MemberName(method)), function with { Name = null }, method.IsStatic) { Location = Loc(syntax) });
    }

    /// <summary>Auto-properties that no subclass can override are plain JS fields (fast, and
    /// what object literals and JSON see); others are accessor pairs over a backing slot.</summary>
    private bool IsFieldLikeProperty(IPropertySymbol property) =>
        IsAutoProperty(property) && !property.IsVirtual && !property.IsOverride && !property.IsAbstract && !property.IsIndexer;

    private bool IsAutoProperty(IPropertySymbol property) =>
        property.IsImplicitlyDeclared && type.IsRecord
        || HasBackingField(property) && !UsesFieldKeyword(property);

    private bool HasBackingField(IPropertySymbol property) =>
        type.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    /// <summary>A property whose accessors have code and read or write its backing field with C#'s <c>field</c>
    /// keyword: accessors over a backing slot, like an overridable auto-property, but with their own bodies.</summary>
    private bool UsesFieldKeyword(IPropertySymbol property) => IsFieldKeywordProperty(property);

    public static bool IsFieldKeywordProperty(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax syntax
        && (syntax.ExpressionBody is not null || syntax.AccessorList is { } accessors && accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null))
        && property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    /// <summary>The JS name of the backing slot of an accessor property with a backing field (see <see cref="BackingOrPropertyName"/>).</summary>
    public static string BackingSlotName(string typeJsName, IPropertySymbol property) => "$b_" + typeJsName + "_" + property.Name;

    private string BackingOrPropertyName(IPropertySymbol property) =>
        IsFieldLikeProperty(property) ? table.MemberName(property) : BackingSlotName(jsName, property);

    private void LowerProperty(IPropertySymbol property)
    {
        if (property.IsAbstract || type.TypeKind == TypeKind.Interface && property.GetMethod is { IsAbstract: true }) return;
        if (IsFieldLikeProperty(property)) return; // emitted as a field
        if (property.Name == "EqualityContract" && property.IsImplicitlyDeclared) return;
        var name = table.MemberName(property);
        if (IsAutoProperty(property))
        {
            var backing = BackingOrPropertyName(property);
            members.Add(new JsClassField(new JsIdentifier(backing), Defaults.Of(property.Type, table), property.IsStatic));
            JsExpression slot = new JsMember(property.IsStatic ? Self : new JsThis(), backing);
            members.Add(new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [], new JsBlock([new JsReturn(slot)])), property.IsStatic, JsMethodKind.Getter));
            members.Add(new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [new JsParameter("v")],
                new JsBlock([new JsExpressionStatement(new JsAssign("=", slot, new JsIdentifier("v")))])), property.IsStatic, JsMethodKind.Setter));
            return;
        }
        if (UsesFieldKeyword(property))
            members.Add(new JsClassField(new JsIdentifier(BackingOrPropertyName(property)), Defaults.Of(property.Type, table), property.IsStatic));
        foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
        {
            if (accessor is null || accessor.IsImplicitlyDeclared && !type.IsRecord && !UsesFieldKeyword(property)) continue;
            var syntax = Syntax(accessor) ?? Syntax(property);
            if (syntax is null) continue;
            if (UsesFieldKeyword(property) && syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
            {
                // the plain `get;` or `set;` beside an accessor that uses `field`
                JsExpression backing = new JsMember(property.IsStatic ? Self : new JsThis(), BackingOrPropertyName(property));
                members.Add(accessor.MethodKind == MethodKind.PropertyGet
                    ? new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [], new JsBlock([new JsReturn(backing)])), property.IsStatic, JsMethodKind.Getter)
                    : new JsClassMethod(new JsIdentifier(name), new JsFunction(null, [new JsParameter("v")],
                        new JsBlock([new JsExpressionStatement(new JsAssign("=", backing, new JsIdentifier("v")))])), property.IsStatic, JsMethodKind.Setter));
                continue;
            }
            var fn = NewFunction(accessor);
            if (property.IsIndexer)
            {
                var function = fn.LowerFunction(accessor, syntax, table.MemberName(accessor));
                members.Add(new JsClassMethod(new JsIdentifier(table.MemberName(accessor)), function with { Name = null }, property.IsStatic) { Location = Loc(syntax) });
            }
            else
            {
                var function = fn.LowerFunction(accessor, syntax, name);
                var kind = accessor.MethodKind == MethodKind.PropertyGet ? JsMethodKind.Getter : JsMethodKind.Setter;
                if (kind == JsMethodKind.Getter && property.IsStatic && HasExplicitStaticConstructor)
                    function = function with { Body = new JsBlock([new JsExpressionStatement(new JsCall(new JsMember(Self, "$cinit"), [])), .. function.Body.Statements]) };
                members.Add(new JsClassMethod(new JsIdentifier(name), function with { Name = null }, property.IsStatic, kind) { Location = Loc(syntax) });
            }
        }
    }

    // ---- iteration ------------------------------------------------------------------------------------

    private bool IsEnumerable() =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct
        && type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable)
        && GetEnumeratorMethod() is not null
        && EmitTable.BclRuntimeName(type.BaseType!) is null;

    /// <summary>The GetEnumerator that foreach calls: the class's own, else its explicit implementation of
    /// IEnumerable&lt;T&gt;.GetEnumerator, else of IEnumerable.GetEnumerator (a class may implement both only explicitly).</summary>
    private IMethodSymbol? GetEnumeratorMethod()
    {
        if (type.GetMembers("GetEnumerator").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic) is { } own) return own;
        var explicitOnes = type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.ExplicitInterfaceImplementations.Any(i => i.Name == "GetEnumerator" && i.ContainingType.OriginalDefinition.SpecialType
                is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable)).ToList();
        return explicitOnes.FirstOrDefault(m => m.ExplicitInterfaceImplementations[0].ContainingType.IsGenericType) ?? explicitOnes.FirstOrDefault();
    }

    // foreach lowers to for…of, so an enumerable user class gets [Symbol.iterator] over its GetEnumerator.
    private void AddIterator()
    {
        var getEnumerator = GetEnumeratorMethod()!;
        var call = new JsCall(new JsMember(new JsThis(), table.MemberName(getEnumerator)), []);
        members.Add(new JsClassMethod(new JsMember(new JsIdentifier("Symbol"), "iterator"),
            new JsFunction(null, [], new JsBlock([new JsReturn(new JsCall(new JsRuntimeRef("$enumeratorIterator"), [call]))])), Computed: true));
    }
}
