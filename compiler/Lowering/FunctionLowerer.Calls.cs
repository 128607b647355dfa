using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Calls: user methods by JS name, BCL members through the table's templates, interop
/// ([Template], [Import], [External]), Script.Write, delegates, local functions; arguments in C#
/// order, ref/out as ref objects.</summary>
internal sealed partial class FunctionLowerer
{
    private JsExpression Invocation(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        if (method.ContainingType?.Name == "Script" && method.ContainingType.ContainingNamespace?.Name == InteropAttributes.Namespace && method.Name == "Write")
            return ScriptWrite(inv);
        if (method.MethodKind == MethodKind.DelegateInvoke)
            return new JsCall(LowerValue(inv.Instance!), Arguments(method, inv.Arguments, inv.Syntax));
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            var typeArgs = method.TypeArguments.Select(t => TypeObject(t, inv.Syntax));
            return new JsCall(new JsIdentifier(LocalName(method.OriginalDefinition)), [.. typeArgs, .. Arguments(method, inv.Arguments, inv.Syntax)]);
        }
        if (method.MethodKind == MethodKind.Constructor) return ConstructorInitializer(inv);
        if (StringOverloadForHandlers(method, inv.Arguments) is { } withString) method = withString;
        if (PrintedCollectionWrite(inv) is { } printed) return printed;
        var args = Arguments(method, inv.Arguments, inv.Syntax);
        var receiver = inv.Instance is null ? null : Receiver(inv.Instance);
        if (receiver is not null && NeedsDefensiveCopy(inv.Instance!, method)) receiver = StructCopy(receiver, inv.Instance!.Type!);
        // base.ToString()/Equals() reaching System.Object: its own behaviour, not the override's
        if (receiver is JsSuper && method.ContainingType?.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
        {
            switch (method.Name)
            {
                case "ToString": return new JsMember(new JsMember(new JsThis(), "constructor"), "$fullName");
                case "Equals" when args.Count == 1: return new JsCall(new JsRuntimeRef("$refEq"), [new JsThis(), args[0]]);
                case "GetHashCode": return new JsCall(new JsRuntimeRef("$identityHash"), [new JsThis()]);
            }
        }
        if (receiver is JsSuper && !method.IsAbstract && method.IsOverride == false && method.IsVirtual == false && table.IsUserType(method.ContainingType))
            receiver = new JsThis(); // a non-virtual base method is the same JS method
        if (method.Name == "GetSubArray" && method.ContainingType?.Name == "RuntimeHelpers" && inv.Arguments.Length == 2 && inv.Arguments[1].Value is IRangeOperation range)
            return SubArray(inv.Arguments[0].Value, range);
        var receiverType = inv.Instance is IConversionOperation boxing && boxing.IsBoxing() ? boxing.Operand.Type : inv.Instance?.Type;
        var call = CallMethod(method, receiver, args, inv.Syntax, receiverType);
        return method.ReturnsByRef && table.IsUserType(method.ContainingType) ? new JsMember(call, "v") : call;
    }

    /// <summary>Console.Write(Line)(object) of an array or a generic collection: written through the string overload
    /// with the name its static type gives (<see cref="ClrTypeNames"/>), which the erased JS value no longer knows.</summary>
    private JsExpression? PrintedCollectionWrite(IInvocationOperation inv)
    {
        var method = inv.TargetMethod;
        if (method is not { Name: "Write" or "WriteLine", Parameters: [{ Type.SpecialType: SpecialType.System_Object }] }
            || method.ContainingType?.ToDisplayString() is not ("System.Console" or "System.IO.TextWriter")
            || inv.Arguments[0].Value is not IConversionOperation { Operand.Type: { } operandType } conversion
            || ClrTypeNames.PrintedName(operandType) is null)
            return null;
        var stringOverload = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>()
            .First(m => m.Parameters is [{ Type.SpecialType: SpecialType.System_String }]);
        var receiver = inv.Instance is null ? null : Receiver(inv.Instance);
        return CallMethod(stringOverload, receiver, [Stringify(module, LowerValue(conversion.Operand), operandType)], inv.Syntax);
    }

    /// <summary>A value known at compile time that stands for a call on <paramref name="receiver"/>: the receiver is
    /// still evaluated first unless reading it cannot do anything (a name or a literal).</summary>
    private static JsExpression AfterReceiver(JsExpression receiver, JsExpression value) =>
        receiver is JsIdentifier or JsLiteral ? value : new JsSequence([receiver, value]);

    /// <summary>C# calls a struct method that may mutate on a copy when the receiver is not a variable:
    /// a readonly field, a property value, an <c>in</c> parameter or a call's result.</summary>
    private bool NeedsDefensiveCopy(IOperation instance, IMethodSymbol method) =>
        instance.Type is { } t && IsUserStruct(t) && !method.IsReadOnly && !(method.ContainingType?.IsReadOnly ?? false)
        && instance switch
        {
            IFieldReferenceOperation f => f.Field.IsReadOnly && !(owner is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } && SymbolEqualityComparer.Default.Equals(owner.ContainingType, f.Field.ContainingType)),
            IPropertyReferenceOperation => true,
            IParameterReferenceOperation p => p.Parameter.RefKind == RefKind.In,
            _ => false,
        };

    /// <summary><c>: base(...)</c> or <c>: this(...)</c> in a constructor.</summary>
    private JsExpression ConstructorInitializer(IInvocationOperation inv)
    {
        var ctor = inv.TargetMethod;
        if (ctor.ContainingType.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType) return new JsUndefined();
        var args = Arguments(ctor, inv.Arguments, inv.Syntax);
        if (owner is IMethodSymbol current && SymbolEqualityComparer.Default.Equals(ctor.ContainingType, current.ContainingType))
            return new JsCall(new JsMember(new JsMember(new JsMember(table.TypeReference(ctor.ContainingType)!, "prototype"), table.MemberName(ctor)), "call"), [new JsThis(), .. args]);
        return BaseConstructorCall(ctor, args, inv.Syntax);
    }

    private JsExpression SubArray(IOperation arrayOp, IRangeOperation range)
    {
        var setup = new List<JsExpression>();
        var array = Once(LowerValue(arrayOp), setup);
        var length = new JsMember(array, "length");
        JsExpression Position(IOperation index) => index switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat => new JsBinary("-", length, LowerValue(hat.Operand)),
            IConversionOperation c => Position(c.Operand),
            _ => LowerValue(index),
        };
        var start = range.LeftOperand is null ? (JsExpression)new JsNumberLiteral(0) : Once(Position(range.LeftOperand), setup);
        var end = range.RightOperand is null ? length : Position(range.RightOperand);
        return Seq(setup, new JsCall(new JsRuntimeRef("$subArray"), [array, start, new JsBinary("-", end, start)]));
    }

    /// <summary>Argument values in parameter order; named arguments given out of order are evaluated
    /// in their written order first (C# evaluates left to right).</summary>
    private List<JsExpression> Arguments(IMethodSymbol method, IReadOnlyList<IArgumentOperation> arguments, SyntaxNode syntax)
    {
        var ordered = arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).ToList();
        var lowered = new JsExpression[ordered.Count];
        var written = ordered.Where(a => a.ArgumentKind == ArgumentKind.Explicit).OrderBy(a => a.Syntax.SpanStart).ToList();
        var outOfOrder = written.Select(a => a.Parameter?.Ordinal ?? 0).Zip(written.Skip(1).Select(a => a.Parameter?.Ordinal ?? 0)).Any(p => p.First > p.Second);
        var setup = new List<JsExpression>();
        if (outOfOrder)
        {
            var byArg = new Dictionary<IArgumentOperation, JsExpression>();
            foreach (var a in written) byArg[a] = Once(Argument(a), setup);
            for (var i = 0; i < ordered.Count; i++)
                lowered[i] = byArg.TryGetValue(ordered[i], out var v) ? v : Argument(ordered[i]);
        }
        else
            for (var i = 0; i < ordered.Count; i++) lowered[i] = Argument(ordered[i]);
        var list = lowered.ToList();
        if (setup.Count > 0 && list.Count > 0) list[0] = new JsSequence([.. setup, list[0]]);
        return list;
    }

    private JsExpression Argument(IArgumentOperation a)
    {
        if (a.Value is IInterpolatedStringHandlerCreationOperation handler) return HandlerString(handler);
        var p = a.Parameter;
        if (p is not null && p.RefKind is RefKind.Ref or RefKind.Out)
            return RefObject(a.Value);
        return LowerValue(a.Value, p?.Type);
    }

    /// <summary>A ref/out argument: an object whose <c>v</c> reads and writes the C# location.</summary>
    private JsExpression RefObject(IOperation location)
    {
        if (location is ILocalReferenceOperation { Local.IsRef: true } refLocal)
            return new JsIdentifier(LocalName(refLocal.Local));
        if (location is IInvocationOperation { TargetMethod.ReturnsByRef: true } && LowerValueCore(location) is JsMember { Name: "v" } byRef)
            return byRef.Object;
        if (location is IConditionalOperation { IsRef: true } cond)
            return new JsConditional(LowerCondition(cond.Condition), RefObject(cond.WhenTrue!), RefObject(cond.WhenFalse!));
        if (location is IParameterReferenceOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } p)
            return new JsIdentifier(ParameterName(p.Parameter)); // pass the caller's ref on
        if (location is IDeclarationExpressionOperation decl && decl.Expression is ILocalReferenceOperation declared)
            hoisted.Add(LocalName(declared.Local));
        else if (location is IDiscardOperation)
            return new JsObjectLiteral([new JsProperty(new JsIdentifier("v"), new JsNullLiteral())]);
        var setup = new List<JsExpression>();
        var (read, write) = Access(location is IDeclarationExpressionOperation d ? d.Expression : location, setup, deferred: true);
        // the accessors below are functions: the method's `this` goes in through a temporary
        var thisCapture = new ThisInRefObjects(Temp);
        read = thisCapture.Rewrite(read);
        if (thisCapture.Self is { } self)
        {
            setup.Add(new JsAssign("=", self, new JsThis()));
            var writeThis = write;
            write = v => thisCapture.Rewrite(writeThis(v));
        }
        var getter = new JsObjectMethod(new JsIdentifier("v"), new JsFunction(null, [], new JsBlock([new JsReturn(read)])), Kind: JsMethodKind.Getter);
        var setter = new JsObjectMethod(new JsIdentifier("v"), new JsFunction(null, [new JsParameter("$v")],
            new JsBlock([new JsExpressionStatement(write(new JsIdentifier("$v")))])), Kind: JsMethodKind.Setter);
        return Seq(setup, new JsObjectLiteral([getter, setter]));
    }

    /// <summary>Calls a method with already-lowered receiver and arguments.</summary>
    private JsExpression CallMethod(IMethodSymbol method, JsExpression? receiver, IReadOnlyList<JsExpression> args, SyntaxNode syntax, ITypeSymbol? receiverType = null)
    {
        // an enum's ToString needs its static type: the value itself is a number
        if (method is { Name: "ToString", Parameters.Length: 0, IsStatic: false } && receiver is not null && receiverType is { TypeKind: TypeKind.Enum }
            && EnumTypeObjects.ForPrinting(receiverType, table) is { } enumType)
            return new JsCall(new JsRuntimeRef("$enumToString"), [enumType, receiver]);
        // an enum's Equals(object) compares boxes: the same enum type and value (a boxed int is not equal)
        if (method is { Name: "Equals", Parameters: [{ Type.SpecialType: SpecialType.System_Object }], IsStatic: false } && receiver is not null
            && receiverType is { TypeKind: TypeKind.Enum } && EnumTypeObjects.ForPrinting(receiverType, table) is { } equatedEnum)
            return new JsCall(new JsRuntimeRef("$equals"), [new JsCall(new JsRuntimeRef("$boxEnum"), [receiver, equatedEnum]), args[0]]);
        if (method is { Name: "ToString", Parameters: [{ Type.SpecialType: SpecialType.System_String }], IsStatic: false } && receiver is not null
            && receiverType is { TypeKind: TypeKind.Enum } && EnumTypeObjects.ForPrinting(receiverType, table) is { } formattedEnum)
            return new JsCall(new JsRuntimeRef("$enumFormat"), [formattedEnum, receiver, args[0]]);
        if (method is { Name: "ToString", Parameters.Length: 0, IsStatic: false } && receiver is not null && KeyValuePairTyped(module, receiver, receiverType) is { } entry)
            return new JsCall(new JsRuntimeRef("$toString"), [entry]);
        // x.Equals(y) on a T value: y arrives boxed as what T is (a char, a double, an enum), so x is boxed the same way
        if (method is { Name: "Equals", Parameters.Length: 1, IsStatic: false } && receiver is not null && receiverType is ITypeParameterSymbol
            && BoxTyped(receiver, receiverType) is { } boxedReceiver)
            receiver = boxedReceiver;
        // a T value whose type argument is at hand: a char or an enum prints as one
        if (method is { Name: "ToString", Parameters.Length: 0, IsStatic: false } && receiver is not null && receiverType is ITypeParameterSymbol tp
            && (tp.DeclaringMethod is { } dm && module.NeedsTypeArguments(dm) && SymbolEqualityComparer.Default.Equals(dm, (owner as IMethodSymbol)?.OriginalDefinition)
                || tp.DeclaringType is INamedTypeSymbol dt && module.NeedsClassTypeArguments(dt) && !owner.IsStatic))
            return new JsCall(new JsRuntimeRef("$toStringTyped"), [receiver, TypeParameterReference(tp, syntax)]);
        // an array's or a generic collection's ToString() names its static type, which the erased JS value does not know
        if (method is { Name: "ToString", Parameters.Length: 0, IsStatic: false, ContainingType.SpecialType: SpecialType.System_Object }
            && receiver is not null && receiverType is not null && ClrTypeNames.PrintedName(receiverType) is { } printedName)
            return new JsCall(new JsRuntimeRef("$toStringNamed"), [receiver, new JsStringLiteral(printedName)]);
        if (EmitTable.Template(method) is { } template)
            return ExpandTemplate(template, method, receiver, args, syntax);
        if (SpanFallback(method) is { } sibling)
            return CallMethod(sibling, receiver, args, syntax, receiverType);
        var containing = method.ContainingType;
        if (table.IsUserType(containing) || InteropAttributes.IsExternal(method) || InteropAttributes.Import(method) is not null)
        {
            args = ExpandParams(method, args);
            if (InteropAttributes.Import(method) is { } import)
                return new JsCall(new JsIdentifier(table.ImportLocal(import, method.Name)), args);
            var typeArgs = NeedsTypeArguments(method) ? method.TypeArguments.Select(t => TypeObject(t, syntax)).ToList() : [];
            var name = table.MemberName(method);
            if (method.IsStatic)
            {
                var typeRef = table.TypeReference(containing);
                if (typeRef is null) return UnsupportedCall(method, syntax);
                if (InteropAttributes.IsExternal(method) && !table.IsUserType(containing) && containing.IsStatic && InteropAttributes.StringArgument(containing, "NameAttribute") is "")
                    return new JsCall(new JsIdentifier(name), args);
                return new JsCall(new JsMember(typeRef, name), [.. typeArgs, .. args]);
            }
            return new JsCall(new JsMember(receiver ?? new JsThis(), name), [.. typeArgs, .. args]);
        }
        // Object's members work on every value through the runtime's protocol.
        if (containing.SpecialType == SpecialType.System_Object || containing.SpecialType == SpecialType.System_ValueType)
        {
            switch (method.Name, method.Parameters.Length, method.IsStatic)
            {
                case ("ToString", 0, false): return new JsCall(new JsRuntimeRef("$toString"), [receiver!]);
                case ("Equals", 1, false): return new JsCall(new JsRuntimeRef("$equals"), [receiver!, args[0]]);
                case ("GetHashCode", 0, false): return new JsCall(new JsRuntimeRef("$hashCode"), [receiver!]);
                // a value type's run-time type is its static type: a byte, char, float or enum is a bare JS number
                case ("GetType", 0, false) when receiverType is { IsValueType: true, TypeKind: not TypeKind.TypeParameter }
                    && receiverType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T:
                    return AfterReceiver(receiver!, TypeObject(receiverType, syntax));
                // an array is taken to be of its static type (its name, which the erased JS array lacks); only array
                // covariance (a Derived[] in a Base[] variable) can tell them apart, and the erased array knows even less
                case ("GetType", 0, false) when receiverType is IArrayTypeSymbol && ClrTypeNames.Of(receiverType) is { } arrayName:
                    var arrayType = new JsObjectLiteral([
                        new JsProperty(new JsIdentifier("$name"), new JsStringLiteral(ClrTypeNames.Name(receiverType))),
                        new JsProperty(new JsIdentifier("$fullName"), new JsStringLiteral(arrayName))]);
                    return AfterReceiver(receiver!, arrayType);
                case ("GetType", 0, false): return new JsCall(new JsRuntimeRef("$getType"), [receiver!]);
                case ("Equals", 2, true): return new JsCall(new JsRuntimeRef("$equals"), [args[0], args[1]]);
                case ("ReferenceEquals", 2, true): return new JsCall(new JsRuntimeRef("$refEq"), [args[0], args[1]]);
            }
        }
        if (containing.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && receiver is not null)
        {
            var underlying = ((INamedTypeSymbol)containing).TypeArguments[0];
            switch (method.Name, method.Parameters.Length)
            {
                case ("GetValueOrDefault", 0): return new JsLogical("??", receiver, Defaults.Of(underlying, table));
                case ("GetValueOrDefault", 1): return new JsLogical("??", receiver, args[0]);
                case ("ToString", 0): return Stringify(module, receiver, containing);
                case ("Equals", 1): return new JsCall(new JsRuntimeRef("$equals"), [receiver, args[0]]);
                case ("GetHashCode", 0): return new JsCall(new JsRuntimeRef("$hashCode"), [receiver]);
            }
        }
        if (containing.SpecialType == SpecialType.System_Enum && !method.IsStatic && receiver is not null)
        {
            switch (method.Name, method.Parameters.Length)
            {
                case ("CompareTo", 1): return new JsCall(new JsRuntimeRef("$compare"), [receiver, args[0]]);
                case ("Equals", 1): return new JsCall(new JsRuntimeRef("$equals"), [receiver, args[0]]);
                case ("GetHashCode", 0): return new JsCall(new JsRuntimeRef("$hashCode"), [receiver]);
            }
        }
        if (containing.SpecialType == SpecialType.System_Enum && !method.IsStatic && method.Name == "ToString" && method.Parameters.Length == 0 && receiver is not null)
            return new JsCall(new JsRuntimeRef("$toString"), [receiver]);
        // IComparable and IEquatable work on primitives too: through the runtime's protocol.
        if (containing.TypeKind == TypeKind.Interface && receiver is not null && args.Count == 1
            && (containing.Name, method.Name) is ("IComparable", "CompareTo") or ("IEquatable", "Equals"))
            return new JsCall(new JsRuntimeRef(method.Name == "CompareTo" ? "$compare" : "$equals"), [receiver, args[0]]);
        // A BCL interface member (IDisposable.Dispose, IComparable<T>.CompareTo…) implemented by user or runtime classes.
        if (containing.TypeKind == TypeKind.Interface && !method.IsStatic && receiver is not null)
            return new JsCall(new JsMember(receiver, method.Name), args);
        // A BCL type the runtime implements as a class: its members keep their C# names.
        if (EmitTable.BclRuntimeName(containing) is { } runtime && !EmitTable.IsUnmappedOverload(method) && RuntimeHas(runtime, method.Name))
            return method.IsStatic
                ? new JsCall(new JsMember(new JsRuntimeRef(runtime), method.Name), args)
                : new JsCall(new JsMember(receiver!, method.Name), args);
        if (!method.IsStatic && receiver is not null && method.IsOverride && table.IsUserType(receiverType))
            return new JsCall(new JsMember(receiver, table.MemberName(method)), args);
        return UnsupportedCall(method, syntax);
    }

    /// <summary>[ExpandParams]: the params array's elements become the call's last arguments.</summary>
    private static IReadOnlyList<JsExpression> ExpandParams(IMethodSymbol method, IReadOnlyList<JsExpression> args)
    {
        if (!InteropAttributes.Has(method.ReducedFrom ?? method, "ExpandParamsAttribute") || method.Parameters is not [.., { IsParams: true }] || args.Count != method.Parameters.Length)
            return args;
        JsExpression last = args[^1];
        IReadOnlyList<JsExpression> spread = last switch
        {
            JsArrayLiteral array => array.Elements,
            JsCall typedOf when TypedArrays.IsOf(typedOf) => typedOf.Arguments,
            _ => [new JsSpread(last)],
        };
        return [.. args.Take(args.Count - 1), .. spread];
    }

    /// <summary>Span overloads C# prefers (MemoryExtensions on arrays, params ReadOnlySpan) map to the
    /// array/IEnumerable overload with the same shape when the table has no entry of their own.</summary>
    private IMethodSymbol? SpanFallback(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        if (!original.Parameters.Any(p => IsSpan(p.Type))) return null;
        var candidates = original.ContainingType.ToDisplayString() == "System.MemoryExtensions"
            ? module.Compilation.GetTypeByMetadataName("System.Linq.Enumerable")?.GetMembers(original.Name).OfType<IMethodSymbol>() ?? []
            : original.ContainingType.GetMembers(original.Name).OfType<IMethodSymbol>();
        foreach (var candidate in candidates)
        {
            if (candidate.Parameters.Length != original.Parameters.Length || candidate.IsStatic != original.IsStatic || EmitTable.Template(candidate) is null) continue;
            if (candidate.TypeParameters.Length != original.TypeParameters.Length) continue;
            var matches = true;
            for (var i = 0; i < candidate.Parameters.Length && matches; i++)
            {
                var a = original.Parameters[i].Type;
                var b = candidate.Parameters[i].Type;
                matches = IsSpan(a) ? b is IArrayTypeSymbol || b.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    : a.ToDisplayString() == b.ToDisplayString() || a is ITypeParameterSymbol && b is ITypeParameterSymbol;
            }
            if (matches) return candidate.TypeParameters.Length > 0 && method.TypeArguments.Length == candidate.TypeParameters.Length
                ? candidate.Construct([.. method.TypeArguments]) : candidate;
        }
        return null;
    }

    /// <summary>Whether the runtime class standing for a BCL type has the member (else using it is a CS2JS error, not undefined).</summary>
    private static bool RuntimeHas(string runtime, string member) =>
        Linker.RuntimeMembers.Mentions(Linker.RuntimeLibrary.Embedded, runtime, member);

    private JsExpression UnsupportedCall(IMethodSymbol method, SyntaxNode syntax)
    {
        Report.Report(Support.Unsupported.UnsupportedBclMember, syntax, $"'{method.OriginalDefinition.ToDisplayString()}' is not supported in JavaScript");
        return new JsNullLiteral();
    }

    private readonly Dictionary<IMethodSymbol, bool> needsTypeArgs = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a user generic method reads its type parameters at run time (default(T), is T, typeof(T)).</summary>
    private bool NeedsTypeArguments(IMethodSymbol method) => module.NeedsTypeArguments(method.OriginalDefinition);

    // ---- properties ------------------------------------------------------------------------------------

    private JsExpression PropertyGet(IPropertySymbol property, JsExpression? receiver, IReadOnlyList<IArgumentOperation> arguments, IOperation op)
    {
        var args = arguments.Count == 0 ? [] : Arguments(property.GetMethod ?? property.SetMethod!, arguments, op.Syntax);
        return PropertyGet(property, receiver, args, op);
    }

    private JsExpression PropertyGet(IPropertySymbol property, JsExpression? receiver, IReadOnlyList<JsExpression> args, IOperation op)
    {
        var getter = property.GetMethod ?? property.OverriddenProperty?.GetMethod;
        if (property.IsIndexer && property.ContainingType.SpecialType == SpecialType.System_String && receiver is not null && args.Count == 1)
            return StringCharAt(receiver, args[0]);
        if (getter is not null && EmitTable.Template(getter) is { } template)
            return ExpandTemplate(template, getter, receiver, args, op.Syntax);
        if (property.ContainingType.IsTupleType || property.ContainingType.IsAnonymousType) return new JsMember(receiver!, property.Name);
        // a span is the array (or string) it was made from
        if (IsSpan(property.ContainingType) && receiver is not null)
        {
            if (property.Name == "Length") return new JsMember(receiver, "length");
            if (property.IsIndexer && args.Count == 1) return new JsIndex(receiver, new JsCall(new JsRuntimeRef("$ix"), [receiver, args[0]]));
        }
        if (InteropAttributes.Import(property) is { } import)
            return new JsIdentifier(table.ImportLocal(import, property.Name));
        if (table.IsUserType(property.ContainingType) || InteropAttributes.IsExternal(property))
        {
            if (property.IsIndexer) return new JsCall(new JsMember(receiver!, table.MemberName(getter!)), args);
            if (property.IsStatic) return new JsMember(table.TypeReference(property.ContainingType)!, table.MemberName(property));
            return new JsMember(receiver ?? new JsThis(), table.MemberName(property));
        }
        if (Intrinsics.PropertyGet(property, receiver) is { } intrinsic) return intrinsic;
        if (property.ContainingType.TypeKind == TypeKind.Interface && receiver is not null && !property.IsIndexer)
            return new JsMember(receiver, property.Name);
        if (EmitTable.BclRuntimeName(property.ContainingType) is { } runtime && !property.IsIndexer && RuntimeHas(runtime, property.Name))
            return property.IsStatic ? new JsMember(new JsRuntimeRef(runtime), property.Name) : new JsMember(receiver!, property.Name);
        return UnsupportedMember(op, property);
    }

    private JsExpression PropertySet(IPropertyReferenceOperation p, JsExpression value)
    {
        var receiver = p.Instance is null ? null : Receiver(p.Instance);
        var args = p.Arguments.Length == 0 ? new List<JsExpression>() : Arguments(p.Property.SetMethod ?? p.Property.GetMethod!, p.Arguments, p.Syntax);
        return PropertySetCore(p.Property, receiver, args, value, p);
    }

    private JsExpression PropertySetCore(IPropertySymbol property, JsExpression? receiver, IReadOnlyList<JsExpression> args, JsExpression value, IOperation op)
    {
        var setter = property.SetMethod ?? property.OverriddenProperty?.SetMethod;
        if (setter is not null && EmitTable.Template(setter) is { } template)
            return ExpandTemplate(template, setter, receiver, [.. args, value], op.Syntax);
        if (property.IsIndexer && IsSpan(property.ContainingType) && receiver is not null && args.Count == 1)
            return new JsAssign("=", new JsIndex(receiver, new JsCall(new JsRuntimeRef("$ix"), [receiver, args[0]])), value);
        if (property.IsIndexer && setter is not null && (table.IsUserType(property.ContainingType) || InteropAttributes.IsExternal(property)))
            return new JsCall(new JsMember(receiver!, table.MemberName(setter)), [.. args, value]);
        if (!property.IsIndexer && (table.IsUserType(property.ContainingType) || InteropAttributes.IsExternal(property)
            || EmitTable.BclRuntimeName(property.ContainingType) is { } runtime && RuntimeHas(runtime, property.Name)
            || property.ContainingType.TypeKind == TypeKind.Interface))
        {
            JsExpression target = property.IsStatic ? table.TypeReference(property.ContainingType)! : receiver ?? new JsThis();
            return new JsAssign("=", new JsMember(target, table.MemberName(property)), value);
        }
        return UnsupportedMember(op, property);
    }

    // ---- templates -------------------------------------------------------------------------------------

    private JsExpression ExpandTemplate(string template, IMethodSymbol method, JsExpression? receiver, IReadOnlyList<JsExpression> args, SyntaxNode syntax)
    {
        var original = method.ReducedFrom ?? method;
        var parameters = original.Parameters;
        // A hole used twice must not evaluate its argument twice.
        var setup = new List<JsExpression>();
        var counts = CountHoles(template);
        JsExpression Single(JsExpression e, string name) => counts.GetValueOrDefault(name) > 1 ? Once(e, setup) : e;
        if (receiver is not null) receiver = Single(receiver, "this");
        var values = new JsExpression?[parameters.Length];
        for (var i = 0; i < parameters.Length && i < args.Count; i++) values[i] = Single(args[i], parameters[i].Name);
        if (method.MethodKind == MethodKind.PropertySet && args.Count > parameters.Length - 1 && parameters.Length > 0)
            values[^1] = Single(args[^1], "value");

        JsExpression? Resolve(string name, bool spread, out IReadOnlyList<JsExpression>? items)
        {
            items = null;
            if (name == "this") return receiver ?? (parameters.Length > 0 && original.IsStatic ? values[0] : new JsThis());
            for (var i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Name != name) continue;
                var v = values[i];
                if (spread && v is JsArrayLiteral array) items = array.Elements;
                if (spread && v is JsCall typedOf && TypedArrays.IsOf(typedOf)) items = typedOf.Arguments;
                return v ?? new JsUndefined();
            }
            if (name == "value" && values.Length > 0) return values[^1];
            var typeParam = original.TypeParameters.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Name == name);
            if (typeParam.t is not null) return TypeObject(method.TypeArguments[typeParam.i], syntax);
            var classTypeParam = original.ContainingType.TypeParameters.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Name == name);
            if (classTypeParam.t is not null) return TypeObject(method.ContainingType.TypeArguments[classTypeParam.i], syntax);
            Report.Report(Support.Unsupported.InvalidTemplate, syntax, $"the template of '{method.ToDisplayString()}' names '{{{name}}}', which is not a parameter");
            return new JsUndefined();
        }
        var expanded = TemplateExpander.Expand(template, Resolve);
        return Seq(setup, TypedArrayResult(method, expanded));
    }

    /// <summary>
    /// A library method that returns a numeric array (ToArray of a List&lt;byte&gt;, Array.Empty&lt;int&gt;()…) may build a
    /// plain JS Array; the caller gets the typed array that arrays of that element type are everywhere else.
    /// </summary>
    private static JsExpression TypedArrayResult(IMethodSymbol method, JsExpression expanded)
    {
        if (method.ReturnType is not IArrayTypeSymbol array || TypedArrays.Constructor(array.ElementType) is not { } typed) return expanded;
        if (!method.Locations.All(l => l.IsInMetadata)) return expanded; // [Template]s written by the user return what they say
        if (expanded is JsArrayLiteral literal)
            return literal.Elements.Any(e => e is JsSpread)
                ? new JsCall(new JsMember(typed, "from"), [literal])
                : new JsCall(new JsMember(typed, "of"), literal.Elements);
        return new JsCall(new JsRuntimeRef("$asTypedArray"), [typed, expanded]);
    }

    private static Dictionary<string, int> CountHoles(string template)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var end = template.IndexOf('}', i);
            if (end < 0) break;
            var name = template[(i + 1)..end].TrimStart('*');
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts;
    }

    private JsExpression ScriptWrite(IInvocationOperation inv)
    {
        var jsArg = inv.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (jsArg?.Value.ConstantValue is not { HasValue: true, Value: string js })
        {
            Unsupported(Support.Unsupported.ScriptWriteNotConstant, inv, "Script.Write needs a constant string of JavaScript");
            return new JsNullLiteral();
        }
        var rest = inv.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1)?.Value;
        var values = rest is IArrayCreationOperation { Initializer: { } init }
            ? init.ElementValues.Select(e => LowerValue(e is IConversionOperation { IsImplicit: true } c ? c.Operand : e)).ToList()
            : [];
        JsExpression? Resolve(string name, bool spread, out IReadOnlyList<JsExpression>? items)
        {
            items = null;
            return int.TryParse(name, out var i) && i >= 0 && i < values.Count ? values[i] : null;
        }
        return TemplateExpander.Expand(js, Resolve);
    }
}
