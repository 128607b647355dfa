using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Expressions: values, references, object creation, lambdas, conditional access.</summary>
internal sealed partial class FunctionLowerer
{
    public JsExpression LowerCondition(IOperation op) => LowerValue(op);

    /// <summary>An expression evaluated for its side effects only (statement position).</summary>
    public JsExpression LowerEffect(IOperation op) => op switch
    {
        IIncrementOrDecrementOperation inc => IncrementOrDecrement(inc, valueUsed: false),
        ICompoundAssignmentOperation ca => CompoundAssignment(ca, valueUsed: false),
        IDeconstructionAssignmentOperation da => Deconstruction(da, valueUsed: false),
        IAwaitOperation aw => AwaitForEffect(aw),
        _ => LowerValue(op),
    };

    /// <summary>The value of an expression; struct values read from a storage location are copied
    /// when they flow somewhere else (<paramref name="target"/> is the type they are stored as).</summary>
    public JsExpression LowerValue(IOperation op, ITypeSymbol? target = null)
    {
        var e = LowerValueCore(op);
        // a library member may hand back null where C# has a default value: copy it null-tolerantly
        if (op.Type is { } t && IsUserStruct(t) && IsSharedValue(op)) e = StructCopy(e, t, mayBeNull: op is IInvocationOperation);
        else if (op.Type is { } tuple && IsCopiedTuple(tuple) && IsLocation(op)) e = new JsCall(new JsMember(e, "$clone"), []);
        return e;
    }

    public JsExpression CopyIfStruct(JsExpression e, ITypeSymbol type) =>
        IsUserStruct(type) ? StructCopy(e, type)
        : IsCopiedTuple(type) ? new JsCall(new JsMember(e, "$clone"), []) : e;

    /// <summary>A copy of a struct value; the StructCopies pass makes it or proves it unneeded.</summary>
    private static JsStructCopy StructCopy(JsExpression e, ITypeSymbol type, bool mayBeNull = false) =>
        new(e, type.IsReadOnly ? StructCopyKind.Shared : mayBeNull ? StructCopyKind.MaybeNull : StructCopyKind.Clone);

    private bool IsCopiedTuple(ITypeSymbol t) => t.IsTupleType && module.MutatesTupleElements;

    /// <summary>A tuple read from a place another variable may share (only copied when the program writes tuple elements in place).</summary>
    private static bool IsLocation(IOperation op) => op is ILocalReferenceOperation or IParameterReferenceOperation
        or IFieldReferenceOperation or IArrayElementReferenceOperation or IPropertyReferenceOperation;

    private bool IsUserStruct(ITypeSymbol t) => t.TypeKind == TypeKind.Struct && table.IsUserType(t);

    /// <summary>A struct value that someone else may still hold: a variable, field, element, property,
    /// <c>this</c>, or what a library member, a delegate or a ref return gave (a user method's result is its own copy).</summary>
    private bool IsSharedValue(IOperation op) => op is ILocalReferenceOperation or IParameterReferenceOperation
        or IFieldReferenceOperation or IArrayElementReferenceOperation or IPropertyReferenceOperation
        or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }
        || op is IInvocationOperation inv && (inv.TargetMethod.MethodKind == MethodKind.DelegateInvoke || inv.TargetMethod.ReturnsByRef
            || !table.IsUserType(inv.TargetMethod.ContainingType));

    private JsExpression LowerValueCore(IOperation op)
    {
        if (op.ConstantValue.HasValue && op is not IInterpolatedStringOperation)
            return Constants.Lower(op.ConstantValue.Value, op.Type);
        switch (op)
        {
            case ILiteralOperation lit:
                return Constants.Lower(lit.ConstantValue.Value, lit.Type);
            case ILocalReferenceOperation local:
                return local.Local.IsRef ? new JsMember(new JsIdentifier(LocalName(local.Local)), "v") : new JsIdentifier(LocalName(local.Local));
            case IParameterReferenceOperation p:
                return ParameterValue(p.Parameter);
            case IInstanceReferenceOperation inst:
                return inst.ReferenceKind == InstanceReferenceKind.ImplicitReceiver && implicitReceivers.Count > 0
                    ? implicitReceivers.Peek()
                    : inst.ReferenceKind == InstanceReferenceKind.PatternInput && implicitReceivers.Count > 0 ? implicitReceivers.Peek() : new JsThis();
            case IFieldReferenceOperation f:
                return FieldReference(f);
            case IPropertyReferenceOperation p:
                return PropertyGet(p.Property, p.Instance is null ? null : Receiver(p.Instance), p.Arguments, p);
            case IArrayElementReferenceOperation a:
                return ArrayElement(a);
            case IInvocationOperation inv:
                return Invocation(inv);
            case IObjectCreationOperation create:
                return ObjectCreation(create);
            case ITypeParameterObjectCreationOperation tpc:
                return new JsCall(new JsRuntimeRef("$newOf"), [TypeObject(tpc.Type!, tpc.Syntax)]);
            case IAnonymousObjectCreationOperation anon:
                return AnonymousObject(anon);
            case ITranslatedQueryOperation query:
                return LowerValue(query.Operation);
            case IImplicitIndexerReferenceOperation implicitIndexer:
                return ImplicitIndexer(implicitIndexer);
            case ITupleBinaryOperation tupleBinary:
                return TupleEquality(tupleBinary);
            case IArrayCreationOperation arr:
                return ArrayCreation(arr);
            case ICollectionExpressionOperation coll:
                return CollectionExpression(coll);
            case IBinaryOperation bin:
                return Binary(bin);
            case IUnaryOperation un:
                return Unary(un);
            case IConversionOperation conv:
                return Conversion(conv);
            case ISimpleAssignmentOperation assign:
                return Assignment(assign);
            case ICompoundAssignmentOperation ca:
                return CompoundAssignment(ca, valueUsed: true);
            case ICoalesceAssignmentOperation coal:
                return CoalesceAssignment(coal);
            case IIncrementOrDecrementOperation inc:
                return IncrementOrDecrement(inc, valueUsed: true);
            case IConditionalOperation cond:
                return new JsConditional(LowerCondition(cond.Condition), LowerValue(cond.WhenTrue!, cond.Type), LowerValue(cond.WhenFalse!, cond.Type));
            case ICoalesceOperation coalesce:
                return new JsLogical("??", LowerValue(coalesce.Value), LowerValue(coalesce.WhenNull, coalesce.Type));
            case IConditionalAccessOperation ca:
                return ConditionalAccess(ca);
            case IConditionalAccessInstanceOperation:
                return conditionalReceivers.Count > 0 ? conditionalReceivers.Peek() : new JsNullLiteral();
            case IIsTypeOperation isType:
            {
                var v = LowerValue(isType.ValueOperand);
                var test = TypeTest(v, isType.TypeOperand, isType.Syntax, isType.ValueOperand.Type);
                return isType.IsNegated ? new JsUnary("!", test) : test;
            }
            case IIsPatternOperation isPattern:
            {
                var setup = new List<JsExpression>();
                var v = Once(LowerValue(isPattern.Value), setup);
                return Seq(setup, Pattern(isPattern.Pattern, v, isPattern.Value.Type));
            }
            case ISwitchExpressionOperation sw:
                return SwitchExpression(sw);
            case IInterpolatedStringOperation interp:
                return InterpolatedString(interp);
            case IAnonymousFunctionOperation lambda:
                return Lambda(lambda);
            case IDelegateCreationOperation del:
                return DelegateCreation(del);
            case IMethodReferenceOperation mref:
                return MethodGroup(mref);
            // .NET continues synchronously after awaiting a completed task; a JS await always yields first
            case IAwaitOperation { Operation: IPropertyReferenceOperation { Property: { Name: "CompletedTask", ContainingType.Name: "Task" } } }:
                return new JsUndefined();
            case IAwaitOperation { Operation: IInvocationOperation { TargetMethod: { Name: "FromResult", ContainingType.Name: "Task" }, Arguments: [var result] } }:
                return LowerValue(result.Value);
            case IAwaitOperation aw:
                return Await(aw);
            case IThrowOperation th:
                return new JsCall(new JsRuntimeRef("$throw"), [ThrowValue(th)]);
            case IDefaultValueOperation def:
                return DefaultValue(def.Type!, def.Syntax);
            // typeof(int[]): its Name and FullName ("Int32[]", "System.Int32[]"); `is`/`as` on arrays use Array itself
            case ITypeOfOperation { TypeOperand: IArrayTypeSymbol { Rank: 1, ElementType: INamedTypeSymbol { IsGenericType: false } element } }:
                return new JsObjectLiteral([
                    new JsProperty(new JsIdentifier("$name"), new JsStringLiteral(element.MetadataName + "[]")),
                    new JsProperty(new JsIdentifier("$fullName"), new JsStringLiteral(ClrFullName(element) + "[]"))]);
            case ITypeOfOperation typeOf:
                return TypeObject(typeOf.TypeOperand, typeOf.Syntax);
            case ITupleOperation tuple:
                return new JsNew(new JsRuntimeRef("$ValueTuple"), tuple.Elements.Select(e => TupleSlot(LowerValue(e), e.Type)).ToList());
            case IDeconstructionAssignmentOperation da:
                return Deconstruction(da, valueUsed: true);
            case IDeclarationExpressionOperation decl:
                return LowerValue(decl.Expression);
            case IDiscardOperation:
                return DiscardSlot();
            case IWithOperation with:
                return With(with);
            case IParenthesizedOperation paren:
                return LowerValue(paren.Operand);
            case ILocalFunctionOperation:
                return new JsUndefined();
            case IDynamicMemberReferenceOperation dynamicBound when dynamicBound.Instance is null
                || dynamicBound.Instance.Type is { TypeKind: not TypeKind.Dynamic } instanceType && !InteropAttributes.IsExternal(instanceType):
                // Console.WriteLine(d) with a dynamic argument: .NET picks the overload at run time, from the value's type
                Unsupported(Support.Unsupported.DynamicInvocation, op, "a call with a dynamic argument is bound at run time in .NET; convert the argument to its static type first");
                return new JsNullLiteral();
            case IDynamicMemberReferenceOperation dyn:
                return new JsMember(LowerValue(dyn.Instance!), dyn.MemberName);
            case IDynamicInvocationOperation dynCall:
                return new JsCall(LowerValue(dynCall.Operation), dynCall.Arguments.Select(a => LowerValue(a)).ToList());
            case IDynamicIndexerAccessOperation dynIndex:
                return new JsIndex(LowerValue(dynIndex.Operation), LowerValue(dynIndex.Arguments[0]));
            case IDynamicObjectCreationOperation dynNew:
                Unsupported(Support.Unsupported.DynamicInvocation, op, "'new' on dynamic is not supported");
                return new JsNullLiteral();
            case INameOfOperation nameOf:
                return new JsStringLiteral(nameOf.ConstantValue.Value as string ?? "");
            case ISizeOfOperation sizeOf:
                return Constants.Lower(sizeOf.ConstantValue.Value, sizeOf.Type);
            case IInterpolatedStringHandlerCreationOperation:
            default:
                Unsupported(Support.Unsupported.UnsupportedOperation, op, $"the expression '{Shorten(op.Syntax.ToString())}' ({op.Kind}) is not supported");
                return new JsNullLiteral();
        }
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..57] + "..." : s;

    // `_ = value` stores into a temporary nobody reads: the Temporaries pass keeps only the value.
    private JsTemp? discardSlot;
    private JsTemp DiscardSlot() => discardSlot ??= Temp();

    // ---- references -----------------------------------------------------------------------------------

    private JsExpression ParameterValue(IParameterSymbol p)
    {
        if (p.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor && IsPrimaryCtor(ctor)
            && !IsInside(ctor))
            return new JsMember(new JsThis(), PrimaryParameterSlot(p));
        var id = new JsIdentifier(ParameterName(p));
        return p.RefKind is RefKind.Ref or RefKind.Out ? new JsMember(id, "v") : id;
    }

    private static bool IsPrimaryCtor(IMethodSymbol ctor) => ctor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is TypeDeclarationSyntax;

    private bool IsInside(IMethodSymbol method) => SymbolEqualityComparer.Default.Equals(owner, method)
        || owner is IFieldSymbol or IPropertySymbol && SymbolEqualityComparer.Default.Equals(owner.ContainingType, method.ContainingType);

    private JsExpression Receiver(IOperation instance)
    {
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && instance.Syntax is BaseExpressionSyntax)
            return new JsSuper();
        if (instance is IConversionOperation box && box.IsBoxing())
        {
            // ((IFace)s).Mutate() runs on a boxed copy in .NET: a mutable struct is copied first
            if (IsUserStruct(box.Operand.Type!) && !box.Operand.Type!.IsReadOnly)
                return new JsCall(new JsRuntimeRef("$cloneValue"), [LowerValueCore(box.Operand)]);
            instance = box.Operand;
        }
        return LowerValueCore(instance);
    }

    private JsExpression FieldReference(IFieldReferenceOperation f)
    {
        var field = f.Field;
        if (field.IsConst) return Constants.Lower(field.ConstantValue, field.Type);
        if (field.IsStatic)
        {
            if (InteropAttributes.Import(field) is { } import)
                return new JsIdentifier(table.ImportLocal(import, field.Name));
            var typeRef = table.TypeReference(field.ContainingType);
            if (field.Name == "Empty" && field.ContainingType.SpecialType == SpecialType.System_String)
                return new JsStringLiteral("");
            // a static BCL field the table maps to a JS literal (F:System.BitConverter.IsLittleEndian → true)
            if (EmitTable.DocId(field) is { } fieldId && Bcl.BclTable.Members.TryGetValue(fieldId, out var literal) && !literal.Contains('@') && !literal.Contains('{'))
                return new JsRaw(literal, IsPrimary: true);
            if (typeRef is null || !table.IsUserType(field.ContainingType) && !InteropAttributes.IsExternal(field)
                && (EmitTable.BclRuntimeName(field.ContainingType) is not { } staticRuntime || !RuntimeHas(staticRuntime, field.Name)))
                return UnsupportedMember(f, field);
            return new JsMember(typeRef, table.MemberName(field));
        }
        if (field.ContainingType.IsTupleType)
            return TupleItem(new JsMember(Receiver(f.Instance!), TupleFieldName(field)), field.Type);
        // C#'s `field` keyword inside a property's accessors: the property's backing slot
        if (field.AssociatedSymbol is IPropertySymbol backed && table.IsUserType(field.ContainingType))
            return new JsMember(Receiver(f.Instance!), TypeLowerer.BackingSlotName(table.UserTypeName(field.ContainingType.OriginalDefinition), backed));
        if (!table.IsUserType(field.ContainingType) && !InteropAttributes.IsExternal(field)
            && (EmitTable.BclRuntimeName(field.ContainingType) is not { } runtime || !RuntimeHas(runtime, field.Name)))
            return UnsupportedMember(f, field);
        return new JsMember(Receiver(f.Instance!), table.MemberName(field));
    }

    // Tuple elements are printed by the tuple's ToString, which cannot know a number was a char or
    // an enum: such elements are stored boxed and unboxed when read.
    private JsExpression TupleSlot(JsExpression value, ITypeSymbol? type) =>
        type is null ? value
        : type.SpecialType == SpecialType.System_Char ? new JsNew(new JsRuntimeRef("$BoxedChar"), [value])
        : type.SpecialType == SpecialType.System_Single ? new JsNew(new JsRuntimeRef("$BoxedFloat"), [value])
        : type.TypeKind == TypeKind.Enum && table.TypeReference(type) is { } et ? new JsCall(new JsRuntimeRef("$boxEnum"), [value, et])
        : value;

    private JsExpression TupleItem(JsExpression read, ITypeSymbol? type) =>
        type is null ? read
        : type.SpecialType == SpecialType.System_Char ? new JsCall(new JsRuntimeRef("$unboxChar"), [read])
        : type.SpecialType == SpecialType.System_Single ? new JsCall(new JsRuntimeRef("$unboxNumber"), [read])
        : type.TypeKind == TypeKind.Enum ? new JsCall(new JsRuntimeRef("$unboxOrNull"), [read, new JsNullLiteral()])
        : read;

    private static string TupleFieldName(IFieldSymbol field) =>
        field.CorrespondingTupleField is { } c ? c.Name : field.Name;

    private JsExpression UnsupportedMember(IOperation op, ISymbol member)
    {
        Report.Report(Support.Unsupported.UnsupportedBclMember, op.Syntax, $"'{member.ToDisplayString()}' is not supported in JavaScript");
        return new JsNullLiteral();
    }

    private static string ClrFullName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? ClrFullName(outer) + "+" + type.MetadataName
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private JsExpression ArrayElement(IArrayElementReferenceOperation a)
    {
        if (a.Indices.Length != 1)
        {
            Unsupported(Support.Unsupported.UnsupportedOperation, a, "multi-dimensional arrays are not supported; use jagged arrays (T[][])");
            return new JsNullLiteral();
        }
        // a[i..j] on an array: Roslyn leaves the range as the index (C# calls RuntimeHelpers.GetSubArray)
        if (a.Indices[0] is IRangeOperation range) return SubArray(a.ArrayReference, range);
        var array = LowerValue(a.ArrayReference);
        // Bounds are checked as .NET does (IndexOutOfRangeException), reading and writing alike.
        var setup = new List<JsExpression>();
        var arr = IsSimpleReceiver(array) ? array : Once(array, setup);
        if (a.Indices[0].Type is { Name: "Index", ContainingNamespace.Name: "System" })
        {
            // a[^n] is a[a.Length - n]; a[i] with i converted to Index is a[i]
            var fromEnd = a.Indices[0] is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat ? hat.Operand : null;
            var plain = a.Indices[0] is IConversionOperation { Operand.Type.SpecialType: SpecialType.System_Int32 } c ? c.Operand : null;
            if (fromEnd is null && plain is null)
            {
                Unsupported(Support.Unsupported.UnsupportedOperation, a, "an array index held in a System.Index value is not supported; write a[^n] or a[i]");
                return new JsNullLiteral();
            }
            var position = fromEnd is not null ? new JsBinary("-", new JsMember(arr, "length"), LowerValue(fromEnd)) : LowerValue(plain!);
            return Seq(setup, new JsIndex(arr, CheckedIndex(arr, position, setup)));
        }
        var index = LowerValue(a.Indices[0]);
        if (a.Indices[0].Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64) index = new JsCall(new JsIdentifier("Number"), [index]);
        if (a.Indices[0].Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64)
            return Seq(setup, new JsIndex(arr, new JsCall(new JsRuntimeRef("$ix"), [arr, index]))); // beyond 32 bits `>>> 0` would wrap
        return Seq(setup, new JsIndex(arr, CheckedIndex(arr, index, setup)));
    }

    // ---- creation --------------------------------------------------------------------------------------

    private JsExpression DefaultValue(ITypeSymbol type, SyntaxNode syntax)
    {
        if (type is ITypeParameterSymbol tp)
        {
            if (tp.HasReferenceTypeConstraint) return new JsNullLiteral();
            return new JsCall(new JsRuntimeRef("$defaultOf"), [TypeParameterReference(tp, syntax)]);
        }
        if (type.IsTupleType && type is INamedTypeSymbol nt)
            return new JsNew(new JsRuntimeRef("$ValueTuple"), nt.TupleElements.Select(e => DefaultValue(e.Type, syntax)).ToList());
        return Defaults.Of(type, table);
    }

    private JsExpression ArrayCreation(IArrayCreationOperation arr)
    {
        var elementType = ((IArrayTypeSymbol)arr.Type!).ElementType;
        if (arr.DimensionSizes.Length != 1)
        {
            Unsupported(Support.Unsupported.UnsupportedOperation, arr, "multi-dimensional arrays are not supported; use jagged arrays (T[][])");
            return new JsNullLiteral();
        }
        var typed = TypedArrays.Constructor(elementType);
        if (arr.Initializer is { } init)
        {
            var values = init.ElementValues.Select(e => LowerValue(e, elementType)).ToList();
            return typed is null ? new JsArrayLiteral(values) : new JsCall(new JsMember(typed, "of"), values);
        }
        var size = LowerValue(arr.DimensionSizes[0]);
        if (arr.DimensionSizes[0].Type?.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64) size = new JsCall(new JsIdentifier("Number"), [size]);
        if (typed is not null)
            return new JsCall(new JsRuntimeRef("$newTypedArray"), [typed, size]);
        var fill = DefaultValue(elementType, arr.Syntax);
        if (fill is JsLiteral)
            return new JsCall(new JsRuntimeRef("$newArray"), [size, fill]);
        return new JsCall(new JsRuntimeRef("$newArrayOf"), [size, new JsArrow([], fill)]);
    }

    private JsExpression CollectionExpression(ICollectionExpressionOperation coll)
    {
        var elementType = coll.Type is IArrayTypeSymbol at ? at.ElementType : GetElementType(coll.Type);
        var items = coll.Elements.Select(e => e is ISpreadOperation s ? new JsSpread(LowerValue(s.Operand)) : LowerValue(e, elementType)).ToList();
        var array = new JsArrayLiteral(items);
        if (coll.Type is IArrayTypeSymbol arrayType && TypedArrays.Constructor(arrayType.ElementType) is { } typed)
            return items.Any(i => i is JsSpread)
                ? new JsCall(new JsMember(typed, "from"), [array])
                : new JsCall(new JsMember(typed, "of"), items);
        if (coll.Type is IArrayTypeSymbol || IsSpan(coll.Type) || coll.Type?.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T
            or SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T)
            return array;
        // List<T> x = [..]: the construct method is the type's constructor (a [CollectionBuilder] type names a builder instead)
        if (coll.ConstructMethod is null or { MethodKind: MethodKind.Constructor } && coll.Type is INamedTypeSymbol named && named.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0) is { } ctor)
        {
            var creation = NewObject(ctor, [], coll.Syntax);
            var add = named.GetMembers("Add").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1);
            if (add is null) return creation;
            var t = Temp();
            var seq = new List<JsExpression> { new JsAssign("=", t, creation) };
            foreach (var item in items)
            {
                if (item is JsSpread spread)
                {
                    var x = new JsIdentifier("$x");
                    // any iterable (a generator has no forEach)
                    seq.Add(new JsCall(new JsMember(new JsArrayLiteral([new JsSpread(spread.Argument)]), "forEach"), [new JsArrow([new JsParameter("$x")], CallMethod(add, t, [x], coll.Syntax))]));
                }
                else seq.Add(CallMethod(add, t, [item], coll.Syntax));
            }
            seq.Add(t);
            return new JsSequence(seq);
        }
        Unsupported(Support.Unsupported.UnsupportedOperation, coll, $"collection expressions of type '{coll.Type?.ToDisplayString()}' are not supported");
        return array;
    }

    private JsExpression ObjectCreation(IObjectCreationOperation create)
    {
        var ctor = create.Constructor;
        if (ctor is null)
        {
            Unsupported(Support.Unsupported.UnsupportedOperation, create, "this object creation is not supported");
            return new JsNullLiteral();
        }
        if (IsSpan(create.Type))
            return create.Arguments.Length == 0 ? new JsArrayLiteral([]) : LowerValue(create.Arguments[0].Value);
        if (create.Type?.SpecialType == SpecialType.System_Object) return new JsObjectLiteral([]);
        if (create.Type is { TypeKind: TypeKind.Delegate })
            return LowerValue(create.Arguments[0].Value);
        if (InteropAttributes.IsObjectLiteral(create.Type!))
            return ObjectLiteral(create);
        var args = Arguments(ctor, create.Arguments, create.Syntax);
        var instance = NewObject(ctor, args, create.Syntax, create);
        if (SharedConstantStruct(create, ctor, args, instance) is { } shared) return shared;
        if (create.Initializer is null) return instance;
        return WithInitializer(instance, create.Initializer);
    }

    private JsExpression WithInitializer(JsExpression instance, IObjectOrCollectionInitializerOperation initializer)
    {
        var t = Temp();
        var seq = new List<JsExpression> { new JsAssign("=", t, instance) };
        implicitReceivers.Push(t);
        foreach (var init in initializer.Initializers) seq.Add(InitializerEntry(init, t));
        implicitReceivers.Pop();
        seq.Add(t);
        return new JsSequence(seq);
    }

    private JsExpression InitializerEntry(IOperation init, JsExpression receiver)
    {
        switch (init)
        {
            case IMemberInitializerOperation member:
            {
                // Nested initializer: `Prop = { A = 1 }` or `List = { 1, 2 }` initializes the existing member.
                var target = LowerValueCore(member.InitializedMember);
                var t = Temp();
                var seq = new List<JsExpression> { new JsAssign("=", t, target) };
                implicitReceivers.Push(t);
                foreach (var i in member.Initializer.Initializers) seq.Add(InitializerEntry(i, t));
                implicitReceivers.Pop();
                return new JsSequence(seq);
            }
            default:
                return LowerEffect(init);
        }
    }

    /// <summary><c>new T { A = 1 }</c> of an [ObjectLiteral] type: <c>{ A: 1 }</c>. Members declared with an initializer
    /// (<c>public int Retries { get; set; } = 3;</c>) are present unless the object initializer sets them; the others
    /// appear only when set. A nested <c>Inner = { X = 1 }</c> initializes a nested literal.</summary>
    private JsExpression ObjectLiteral(IObjectCreationOperation create) => ObjectLiteral((INamedTypeSymbol)create.Type!, create.Initializer);

    private JsObjectLiteral ObjectLiteral(INamedTypeSymbol type, IObjectOrCollectionInitializerOperation? initializer)
    {
        var assigned = new List<(string Name, JsExpression Value)>();
        if (initializer is not null)
            foreach (var init in initializer.Initializers)
            {
                if (init is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assign)
                    assigned.Add((table.MemberName(target.Member), LowerValue(assign.Value, target.Type)));
                else if (init is IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation nested } member
                         && nested.Type is INamedTypeSymbol nestedType && InteropAttributes.IsObjectLiteral(nestedType))
                    assigned.Add((table.MemberName(nested.Member), ObjectLiteral(nestedType, member.Initializer)));
                else
                    Unsupported(Support.Unsupported.UnsupportedOperation, init, "only member assignments are supported in an [ObjectLiteral] initializer");
            }
        var members = new List<JsObjectMember>();
        foreach (var (name, value) in DeclaredDefaults(type))
            if (!assigned.Any(a => a.Name == name))
                members.Add(new JsProperty(new JsStringLiteral(name), value));
        members.AddRange(assigned.Select(a => (JsObjectMember)new JsProperty(new JsStringLiteral(a.Name), a.Value)));
        return new JsObjectLiteral(members);
    }

    /// <summary>Instance fields and auto-properties of an [ObjectLiteral] type (base types first) declared with an initializer.</summary>
    private IEnumerable<(string Name, JsExpression Value)> DeclaredDefaults(INamedTypeSymbol type)
    {
        if (type.BaseType is { } baseType && InteropAttributes.IsObjectLiteral(baseType))
            foreach (var d in DeclaredDefaults(baseType)) yield return d;
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member is not (IFieldSymbol { AssociatedSymbol: null } or IPropertySymbol)) continue;
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var clause = reference.GetSyntax() switch
                {
                    VariableDeclaratorSyntax v => v.Initializer,
                    PropertyDeclarationSyntax p => p.Initializer,
                    _ => null,
                };
                if (clause is not null && module.Model(clause.SyntaxTree).GetOperation(clause) is ISymbolInitializerOperation init)
                    yield return (table.MemberName(member), LowerValue(init.Value, ((member as IFieldSymbol)?.Type ?? ((IPropertySymbol)member).Type)));
            }
        }
    }

    /// <summary><c>new C(args)</c>: user classes allocate then run the chosen <c>$ctor</c>; BCL and
    /// external types go through their template or JS constructor.</summary>
    private JsExpression NewObject(IMethodSymbol ctor, IReadOnlyList<JsExpression> args, SyntaxNode syntax, IObjectCreationOperation? create = null)
    {
        var type = ctor.ContainingType;
        if (table.IsUserType(type) && InteropAttributes.Has(ctor, "TemplateAttribute"))
            return ExpandTemplate(EmitTable.Template(ctor)!, ctor, null, args, syntax);
        if (table.IsUserType(type))
        {
            var typeRef = table.TypeReference(type)!;
            if (table.HasJsConstructor(type)) return new JsNew(typeRef, args);
            JsExpression allocated = new JsNew(typeRef, []);
            if (module.NeedsClassTypeArguments(type))
                allocated = new JsCall(new JsMember(new JsIdentifier("Object"), "assign"), [allocated, TypeArgumentSlots(type, syntax)]);
            if (ctor.IsImplicitlyDeclared && ctor.Parameters.Length == 0 && !HasInstanceInitializers(type) && !HasUserBase(type) && !HasStaticCtor(type) && !module.NeedsClassTypeArguments(type))
                return allocated;
            return new JsCall(new JsMember(allocated, table.MemberName(ctor)), args);
        }
        if (EmitTable.Template(ctor) is { } template)
            return ExpandTemplate(template, ctor, null, args, syntax);
        if (InteropAttributes.IsExternal(type) || EmitTable.BclRuntimeName(type) is not null && !EmitTable.IsUnmappedOverload(ctor))
            return new JsNew(table.TypeReference(type)!, ExpandParams(ctor, args));
        if (type.IsValueType && ctor.Parameters.Length == 0 && table.TypeReference(type) is null && type.SpecialType != SpecialType.None)
            return Defaults.Of(type, table);
        Report.Report(Support.Unsupported.UnsupportedBclMember, syntax, $"'{ctor.ToDisplayString()}' is not supported in JavaScript");
        return new JsNullLiteral();
    }

    /// <summary><c>{ $T_C_T: typeObject, … }</c> for a constructed generic class.</summary>
    public JsObjectLiteral TypeArgumentSlots(INamedTypeSymbol type, SyntaxNode? syntax) =>
        new(type.OriginalDefinition.TypeParameters.Select((tp, i) =>
            (JsObjectMember)new JsProperty(new JsIdentifier(module.ClassTypeArgumentSlot(tp)), TypeObject(type.TypeArguments[i], syntax))).ToList());

    private bool HasUserBase(INamedTypeSymbol type) => type.BaseType is { } b && b.SpecialType != SpecialType.System_Object && b.SpecialType != SpecialType.System_ValueType;

    private static bool HasStaticCtor(INamedTypeSymbol type) => type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);

    private static bool HasInstanceInitializers(INamedTypeSymbol type) =>
        type.IsRecord || type.GetMembers().Any(m => !m.IsStatic && m.DeclaringSyntaxReferences.Any(r => r.GetSyntax() switch
        {
            VariableDeclaratorSyntax v => v.Initializer is not null,
            PropertyDeclarationSyntax p => p.Initializer is not null,
            _ => false,
        }));

    private JsExpression With(IWithOperation with)
    {
        var t = Temp();
        // A readonly struct's $clone shares the object (it cannot change), so `with` copies it explicitly.
        var copy = with.Operand.Type is { TypeKind: TypeKind.Struct, IsReadOnly: true, IsRecord: false } && IsUserStruct(with.Operand.Type)
            ? new JsCall(new JsRuntimeRef("$shallowClone"), [LowerValueCore(with.Operand)])
            : new JsCall(new JsMember(LowerValueCore(with.Operand), "$clone"), []);
        var seq = new List<JsExpression> { new JsAssign("=", t, copy) };
        implicitReceivers.Push(t);
        foreach (var init in with.Initializer.Initializers) seq.Add(InitializerEntry(init, t));
        implicitReceivers.Pop();
        seq.Add(t);
        return new JsSequence(seq);
    }

    // ---- functions as values ----------------------------------------------------------------------------

    private JsExpression Lambda(IAnonymousFunctionOperation lambda)
    {
        var method = lambda.Symbol;
        var ps = method.Parameters.Select(p => new JsParameter(ParameterName(p))).ToList();
        var savedHoisted = hoisted.ToList();
        hoisted.Clear();
        var statements = InFunction(method.IsAsync, () => Flush(LowerStatement(lambda.Body)));
        hoisted.AddRange(savedHoisted);
        if (method.IsAsync) return new JsArrow(ps, AsyncBody(method, statements));
        if (statements is [JsReturn { Argument: { } single }] && single is not JsObjectLiteral)
            return new JsArrow(ps, single, method.IsAsync);
        return new JsArrow(ps, new JsBlock(statements));
    }

    private JsExpression DelegateCreation(IDelegateCreationOperation del) => del.Target switch
    {
        IAnonymousFunctionOperation lambda => Lambda(lambda),
        IMethodReferenceOperation mref => MethodGroup(mref),
        var other => LowerValue(other),
    };

    private JsExpression MethodGroup(IMethodReferenceOperation mref)
    {
        var method = mref.Method;
        if (method.MethodKind == MethodKind.LocalFunction) return new JsIdentifier(LocalName(method.OriginalDefinition));
        var needsWrapper = EmitTable.Template(method) is not null || method.IsExtensionMethod || method.ReducedFrom is not null
            || !table.IsUserType(method.ContainingType) || method.Parameters.Any(p => p.RefKind != RefKind.None) || method.TypeParameters.Length > 0;
        if (!needsWrapper)
        {
            if (method.IsStatic) return new JsMember(table.TypeReference(method.ContainingType)!, table.MemberName(method));
            var recv = mref.Instance is null ? new JsThis() : LowerValue(mref.Instance);
            if (recv is JsThis) return new JsArrow(method.Parameters.Select(p => new JsParameter(p.Name)).ToList(),
                new JsCall(new JsMember(new JsThis(), table.MemberName(method)), method.Parameters.Select(p => (JsExpression)new JsIdentifier(p.Name)).ToList()));
            return new JsCall(new JsMember(new JsMember(recv, table.MemberName(method)), "bind"), [recv]);
        }
        // A wrapper arrow: templates, extension methods and BCL members are expanded per call.
        var setup = new List<JsExpression>();
        JsExpression? receiver = null;
        if (mref.Instance is not null) receiver = Once(LowerValue(mref.Instance), setup);
        var parameters = (method.ReducedFrom ?? method).Parameters;
        var skip = method.ReducedFrom is not null ? 1 : 0;
        var names = parameters.Skip(skip).Select((p, i) => "$a" + i).ToList();
        var args = names.Select(n => (JsExpression)new JsIdentifier(n)).ToList();
        JsExpression call;
        if (method.ReducedFrom is { } reduced)
            call = CallMethod(reduced, null, [receiver!, .. args], mref.Syntax);
        else
            call = CallMethod(method, method.IsStatic ? null : receiver ?? new JsThis(), args, mref.Syntax);
        return Seq(setup, new JsArrow(names.Select(n => new JsParameter(n)).ToList(), call));
    }

    // An anonymous object prints and compares like .NET's: { A = 1, B = x }, value equality.
    private JsExpression AnonymousObject(IAnonymousObjectCreationOperation anon)
    {
        var names = new List<JsExpression>();
        var values = new List<JsExpression>();
        foreach (var a in anon.Initializers.OfType<ISimpleAssignmentOperation>())
        {
            var property = ((IPropertyReferenceOperation)a.Target).Property;
            names.Add(new JsStringLiteral(property.Name));
            var v = LowerValue(a.Value);
            values.Add(property.Type.SpecialType == SpecialType.System_Char || NumericKinds.Of(property.Type).IsFloat() || property.Type.SpecialType == SpecialType.System_Boolean || property.Type.TypeKind == TypeKind.Enum
                ? new JsArrayLiteral([v, Stringify(module, v, property.Type)]) : v);
        }
        var stringified = anon.Initializers.OfType<ISimpleAssignmentOperation>().Select(a => ((IPropertyReferenceOperation)a.Target).Property.Type)
            .Select(t => (JsExpression)new JsBooleanLiteral(t.SpecialType == SpecialType.System_Char || NumericKinds.Of(t).IsFloat() || t.SpecialType == SpecialType.System_Boolean || t.TypeKind == TypeKind.Enum)).ToList();
        return new JsCall(new JsRuntimeRef("$anonymous"), [new JsArrayLiteral(names), new JsArrayLiteral(values), new JsArrayLiteral(stringified)]);
    }

    // list[^1], s[1..3], arr[..2]: C# rewrites these to Length/Count and the indexer or Slice/Substring.
    private JsExpression ImplicitIndexer(IImplicitIndexerReferenceOperation op)
    {
        var setup = new List<JsExpression>();
        var instance = Once(LowerValue(op.Instance), setup);
        JsExpression length = op.LengthSymbol is IPropertySymbol lp ? PropertyGet(lp, instance, (IReadOnlyList<JsExpression>)[], op) : new JsMember(instance, "length");
        JsExpression Position(IOperation index)
        {
            if (index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } hat)
                return new JsBinary("-", length, LowerValue(hat.Operand));
            if (index is IConversionOperation c) return Position(c.Operand);
            return LowerValue(index);
        }
        if (op.Argument is IRangeOperation range)
        {
            var start = range.LeftOperand is null ? (JsExpression)new JsNumberLiteral(0) : Once(Position(range.LeftOperand), setup);
            var end = range.RightOperand is null ? length : Position(range.RightOperand);
            var method = (IMethodSymbol)op.IndexerSymbol;
            return Seq(setup, CallMethod(method, instance, [start, new JsBinary("-", end, start)], op.Syntax, op.Instance.Type));
        }
        var position = Position(op.Argument);
        if (op.IndexerSymbol is IPropertySymbol indexer) return Seq(setup, PropertyGet(indexer, instance, [position], op));
        return Seq(setup, new JsIndex(instance, CheckedIndex(instance, position, setup)));
    }

    private JsExpression TupleEquality(ITupleBinaryOperation op)
    {
        var eq = new JsCall(new JsRuntimeRef("$tupleOpEquals"), [LowerValue(op.LeftOperand), LowerValue(op.RightOperand)]);
        return op.OperatorKind == BinaryOperatorKind.Equals ? eq : new JsUnary("!", eq);
    }

    // ---- conditional access ----------------------------------------------------------------------------

    private JsExpression ConditionalAccess(IConditionalAccessOperation ca)
    {
        var setup = new List<JsExpression>();
        var receiver = LowerValue(ca.Operation);
        var t = receiver is JsIdentifier or JsTemp or JsThis ? receiver : Temp();
        conditionalReceivers.Push(t);
        var whenNotNull = LowerValue(ca.WhenNotNull);
        conditionalReceivers.Pop();
        var test = t == receiver ? new JsBinary("==", t, new JsNullLiteral()) : new JsBinary("==", new JsAssign("=", t, receiver), new JsNullLiteral());
        var nullValue = ca.Type is null || ca.Type.SpecialType == SpecialType.System_Void ? (JsExpression)new JsUndefined() : new JsNullLiteral();
        return new JsConditional(test, nullValue, whenNotNull);
    }
}
