using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Patterns (is, switch statements and expressions) as boolean JS expressions over a value
/// held in a temporary; declared pattern variables are hoisted locals assigned during the test.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>An expression that can be evaluated more than once without side effects or cost.</summary>
    private static bool IsSimple(JsExpression e) => e is JsIdentifier or JsTemp or JsThis or JsLiteral or JsRuntimeRef
        || e is JsMember { Object: JsThis or JsIdentifier or JsTemp, Optional: false };

    private JsExpression Once(JsExpression e, List<JsExpression> setup)
    {
        if (e is JsIdentifier or JsTemp or JsThis or JsLiteral or JsRuntimeRef) return e;
        var t = Temp();
        setup.Add(new JsAssign("=", t, e));
        return t;
    }

    private static JsExpression Seq(List<JsExpression> setup, JsExpression result) =>
        setup.Count == 0 ? result : new JsSequence([.. setup, result]);

    public JsExpression Pattern(IPatternOperation pattern, JsExpression value, ITypeSymbol? inputType)
    {
        switch (pattern)
        {
            case IConstantPatternOperation c:
            {
                var constant = c.Value.ConstantValue;
                if (constant.HasValue && constant.Value is null) return new JsBinary("==", value, new JsNullLiteral());
                if (constant.HasValue && constant.Value is double d && double.IsNaN(d) || constant.Value is float f && float.IsNaN(f))
                    return new JsCall(new JsMember(new JsIdentifier("Number"), "isNaN"), [value]);
                var cv = LowerValue(c.Value, c.Value.Type);
                if (inputType is not null && !inputType.IsValueType && c.Value.Type is { TypeKind: TypeKind.Enum } enumType && table.TypeReference(enumType) is { } et)
                    return new JsCall(new JsRuntimeRef("$equals"), [value, new JsCall(new JsRuntimeRef("$boxEnum"), [cv, et])]);
                if (inputType is not null && !inputType.IsValueType && c.Value.Type?.SpecialType == SpecialType.System_Char)
                    return new JsCall(new JsRuntimeRef("$equals"), [value, new JsNew(new JsRuntimeRef("$BoxedChar"), [cv])]);
                // a boxed double or float only equals a constant of its own type (o is 2.0 is false for a boxed int 2)
                if (inputType is not null && !inputType.IsValueType && c.Value.Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
                    return new JsCall(new JsRuntimeRef("$equals"), [value,
                        new JsCall(new JsRuntimeRef(c.Value.Type.SpecialType == SpecialType.System_Double ? "$boxDouble" : "$boxFloat"), [cv])]);
                return new JsBinary("===", value, cv);
            }
            case IDiscardPatternOperation:
                return new JsBooleanLiteral(true);
            case ITypePatternOperation t:
                return TypeTest(value, t.MatchedType, pattern.Syntax, inputType);
            case IDeclarationPatternOperation d:
            {
                JsExpression test = d.MatchedType is null || d.MatchesNull ? new JsBooleanLiteral(true) : TypeTest(value, d.MatchedType, pattern.Syntax, inputType);
                if (d.DeclaredSymbol is ILocalSymbol local)
                {
                    var name = LocalName(local);
                    hoisted.Add(name);
                    var assigned = Unbox(value, inputType, local.Type);
                    test = And(test, new JsSequence([new JsAssign("=", new JsIdentifier(name), assigned), new JsBooleanLiteral(true)]));
                }
                return test;
            }
            case IRelationalPatternOperation r:
            {
                var op = r.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => "<",
                    BinaryOperatorKind.LessThanOrEqual => "<=",
                    BinaryOperatorKind.GreaterThan => ">",
                    _ => ">=",
                };
                JsExpression cmp = new JsBinary(op, value, LowerValue(r.Value, r.Value.Type));
                if (inputType is null || !SymbolEqualityComparer.Default.Equals(StripNullable(inputType), r.NarrowedType))
                    cmp = And(TypeTest(value, r.NarrowedType, pattern.Syntax, inputType), cmp);
                return cmp;
            }
            case INegatedPatternOperation n:
                return new JsUnary("!", Pattern(n.Pattern, value, inputType));
            case IBinaryPatternOperation b:
            {
                var left = Pattern(b.LeftPattern, value, inputType);
                var right = Pattern(b.RightPattern, value, b.OperatorKind == BinaryOperatorKind.And ? b.LeftPattern.NarrowedType : inputType);
                return new JsLogical(b.OperatorKind == BinaryOperatorKind.And ? "&&" : "||", left, right);
            }
            case IRecursivePatternOperation rec:
                return RecursivePattern(rec, value, inputType);
            case IListPatternOperation list:
                return ListPattern(list, value, inputType);
            default:
                Unsupported(Support.Unsupported.UnsupportedPattern, pattern, $"this pattern ({pattern.Kind}) is not supported; use a type, property, relational or constant pattern");
                return new JsBooleanLiteral(false);
        }
    }

    /// <summary>[p0, p1, .. slice, pN]: a length test, then each element pattern at its index (from the end after a slice).</summary>
    private JsExpression ListPattern(IListPatternOperation list, JsExpression value, ITypeSymbol? inputType)
    {
        var type = list.NarrowedType;
        JsExpression test = inputType is null || !SymbolEqualityComparer.Default.Equals(StripNullable(inputType), type)
            ? TypeTest(value, type, list.Syntax, inputType)
            : new JsBinary("!=", value, new JsNullLiteral());
        var elementType = type is IArrayTypeSymbol at ? at.ElementType : (list.IndexerSymbol as IPropertySymbol)?.Type ?? type.SpecialType switch
        {
            SpecialType.System_String => (ITypeSymbol?)null,
            _ => null,
        };
        JsExpression Length() => list.LengthSymbol is IPropertySymbol lp && type is not IArrayTypeSymbol && type.SpecialType != SpecialType.System_String
            ? PropertyGet(lp, value, (IReadOnlyList<JsExpression>)[], list) : new JsMember(value, "length");
        JsExpression Element(JsExpression index) =>
            type.SpecialType == SpecialType.System_String ? new JsCall(new JsMember(value, "charCodeAt"), [index])
            : list.IndexerSymbol is IPropertySymbol indexer && type is not IArrayTypeSymbol ? PropertyGet(indexer, value, [index], list)
            : new JsIndex(value, index);
        var patterns = list.Patterns;
        var sliceAt = patterns.ToList().FindIndex(p => p is ISlicePatternOperation);
        var fixedCount = sliceAt < 0 ? patterns.Length : patterns.Length - 1;
        test = And(test, new JsBinary(sliceAt < 0 ? "===" : ">=", Length(), new JsNumberLiteral(fixedCount)));
        for (var i = 0; i < patterns.Length; i++)
        {
            if (patterns[i] is ISlicePatternOperation slice)
            {
                if (slice.Pattern is null) continue;
                var start = new JsNumberLiteral(i);
                var end = new JsBinary("-", Length(), new JsNumberLiteral(patterns.Length - 1 - i));
                var count = new JsBinary("-", end, start);
                JsExpression sliced = type.SpecialType == SpecialType.System_String
                    ? new JsCall(new JsMember(value, "substring"), [start, end])
                    : type is IArrayTypeSymbol ? new JsCall(new JsRuntimeRef("$subArray"), [value, start, count])
                    : slice.SliceSymbol is IMethodSymbol sliceMethod ? CallMethod(sliceMethod, value, [start, count], list.Syntax, type) : new JsNullLiteral();
                test = And(test, Pattern(slice.Pattern, sliced, slice.Pattern.InputType));
                continue;
            }
            var index = sliceAt < 0 || i < sliceAt ? (JsExpression)new JsNumberLiteral(i) : new JsBinary("-", Length(), new JsNumberLiteral(patterns.Length - i));
            var elementInput = type.SpecialType == SpecialType.System_String ? patterns[i].InputType : elementType ?? patterns[i].InputType;
            test = And(test, Pattern(patterns[i], Element(index), elementInput));
        }
        // `[first, .., last] whole`: the matched value under a name of its own
        if (list.DeclaredSymbol is ILocalSymbol local)
        {
            var name = LocalName(local);
            hoisted.Add(name);
            test = And(test, new JsSequence([new JsAssign("=", new JsIdentifier(name), value), new JsBooleanLiteral(true)]));
        }
        return test;
    }

    private static ITypeSymbol StripNullable(ITypeSymbol t) =>
        t is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : t;

    private static JsExpression And(JsExpression a, JsExpression b) =>
        a is JsBooleanLiteral { Value: true } ? b : b is JsBooleanLiteral { Value: true } ? a : new JsLogical("&&", a, b);

    private JsExpression RecursivePattern(IRecursivePatternOperation rec, JsExpression value, ITypeSymbol? inputType)
    {
        JsExpression test = TypeTest(value, rec.MatchedType, rec.Syntax, inputType);
        var setup = new List<JsExpression>();
        if (rec.DeconstructionSubpatterns.Length > 0)
        {
            var matched = rec.MatchedType;
            if (rec.DeconstructSymbol is ITypeSymbol)
            {
                // ITuple: any tuple of that many elements
                test = And(new JsBinary("instanceof", value, new JsRuntimeRef("$ValueTuple")),
                    new JsBinary("===", new JsMember(value, "$n"), new JsNumberLiteral(rec.DeconstructionSubpatterns.Length)));
                for (var i = 0; i < rec.DeconstructionSubpatterns.Length; i++)
                    test = And(test, Pattern(rec.DeconstructionSubpatterns[i], new JsMember(value, "Item" + (i + 1)), null));
            }
            else if (matched.IsTupleType || rec.DeconstructSymbol is null)
            {
                for (var i = 0; i < rec.DeconstructionSubpatterns.Length; i++)
                {
                    var sub = rec.DeconstructionSubpatterns[i];
                    var elementType = (matched as INamedTypeSymbol)?.TupleElements.ElementAtOrDefault(i)?.Type;
                    test = And(test, Pattern(sub, elementType is null ? new JsMember(value, "Item" + (i + 1)) : TupleItem(new JsMember(value, "Item" + (i + 1)), elementType), elementType));
                }
            }
            else if (rec.DeconstructSymbol is IMethodSymbol deconstruct)
            {
                // Deconstruct into ref objects, then match each part.
                var refs = deconstruct.Parameters.Skip(deconstruct.IsExtensionMethod ? 1 : 0).Select(_ => Temp()).ToList();
                var args = refs.Select(r => (JsExpression)new JsAssign("=", r, new JsObjectLiteral([new JsProperty(new JsIdentifier("v"), new JsNullLiteral())]))).ToList();
                var call = deconstruct.IsStatic
                    ? new JsCall(new JsMember(table.TypeReference(deconstruct.ContainingType)!, table.MemberName(deconstruct)), [value, .. args])
                    : new JsCall(new JsMember(value, table.MemberName(deconstruct)), args);
                test = And(test, new JsSequence([call, new JsBooleanLiteral(true)]));
                var ps = deconstruct.Parameters.Skip(deconstruct.IsExtensionMethod ? 1 : 0).ToList();
                for (var i = 0; i < rec.DeconstructionSubpatterns.Length; i++)
                    test = And(test, Pattern(rec.DeconstructionSubpatterns[i], new JsMember(refs[i], "v"), ps[i].Type));
            }
        }
        foreach (var prop in rec.PropertySubpatterns)
        {
            var member = MemberValue(prop.Member, value, rec.MatchedType);
            if (member is null) continue;
            test = And(test, Pattern(prop.Pattern, member.Value.Expr, member.Value.Type));
        }
        if (rec.DeclaredSymbol is ILocalSymbol local)
        {
            var name = LocalName(local);
            hoisted.Add(name);
            test = And(test, new JsSequence([new JsAssign("=", new JsIdentifier(name), value), new JsBooleanLiteral(true)]));
        }
        return Seq(setup, test);
    }

    private (JsExpression Expr, ITypeSymbol Type)? MemberValue(IOperation member, JsExpression receiver, ITypeSymbol? receiverType)
    {
        switch (member)
        {
            case IPropertyReferenceOperation p:
            {
                var inner = p.Instance is IPropertyReferenceOperation or IFieldReferenceOperation ? MemberValue(p.Instance, receiver, receiverType)?.Expr ?? receiver : receiver;
                return (PropertyGet(p.Property, inner, (IReadOnlyList<JsExpression>)[], p), p.Type!);
            }
            case IFieldReferenceOperation f:
            {
                var inner = f.Instance is IPropertyReferenceOperation or IFieldReferenceOperation ? MemberValue(f.Instance, receiver, receiverType)?.Expr ?? receiver : receiver;
                if (f.Field.IsConst) return (Constants.Lower(f.Field.ConstantValue, f.Field.Type), f.Type!);
                // a named tuple element ({ Score: > 90 } on (string Name, int Score)) is the tuple's ItemN
                if (f.Field.ContainingType.IsTupleType) return (TupleItem(new JsMember(inner, TupleFieldName(f.Field)), f.Field.Type), f.Type!);
                return (new JsMember(inner, table.MemberName(f.Field)), f.Type!);
            }
            default:
                Unsupported(Support.Unsupported.UnsupportedPattern, member, "this property pattern is not supported");
                return null;
        }
    }

    // ---- type tests -----------------------------------------------------------------------------------

    /// <summary><c>value is T</c>: instanceof for classes, $is for interfaces, primitives and enums;
    /// a null check when the static type already guarantees the type.</summary>
    private JsExpression TypeTest(JsExpression value, ITypeSymbol type, SyntaxNode? syntax, ITypeSymbol? inputType = null)
    {
        var target = StripNullable(type);
        if (inputType is not null && (SymbolEqualityComparer.Default.Equals(StripNullable(inputType), target) || InheritsFrom(inputType, target)))
            return inputType.IsValueType && inputType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T
                ? new JsBooleanLiteral(true)
                : new JsBinary("!=", value, new JsNullLiteral());
        if (target.SpecialType == SpecialType.System_Object) return new JsBinary("!=", value, new JsNullLiteral());
        // a T value is a bare number: with T's type object at hand it is boxed as what it is (char, double, enum) first
        if (inputType is ITypeParameterSymbol && BoxTyped(value, inputType) is { } boxed) value = boxed;
        if (target is ITypeParameterSymbol tp)
            return new JsCall(new JsRuntimeRef("$is"), [value, TypeParameterReference(tp, syntax)]);
        var typeRef = TypeObject(target, syntax);
        // The runtime's exception types are JS classes too (a catch clause's test needs no $is).
        if (target.TypeKind == TypeKind.Class && (table.IsUserType(target) || IsException(target))) return new JsBinary("instanceof", value, typeRef);
        return new JsCall(new JsRuntimeRef("$is"), [value, typeRef]);
    }

    private static bool IsException(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.ToDisplayString() == "System.Exception") return true;
        return false;
    }

    private static bool InheritsFrom(ITypeSymbol type, ITypeSymbol target)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, target.OriginalDefinition)) return true;
        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, target.OriginalDefinition));
    }

    /// <summary>The run-time type object of a type (for is/as/typeof/default), or an error when it has none.</summary>
    public JsExpression TypeObject(ITypeSymbol type, SyntaxNode? syntax)
    {
        // int? as a type argument: tests like int, but default(T) is null
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments: [var underlying] })
            return new JsCall(new JsRuntimeRef("$nullableType"), [TypeObject(underlying, syntax)]);
        type = StripNullable(type);
        if (type is ITypeParameterSymbol tp) return TypeParameterReference(tp, syntax);
        if (type is IArrayTypeSymbol) return new JsIdentifier("Array");
        // a constructed tuple or KeyValuePair as a type argument carries its element types, for default(T)
        if (type.IsTupleType && type is INamedTypeSymbol tuple)
            return new JsCall(new JsRuntimeRef("$tupleType"), tuple.TupleElements.Select(e => TypeObject(e.Type, syntax)).ToList());
        if (Defaults.IsKeyValuePair(type) && type is INamedTypeSymbol { IsUnboundGenericType: false } pair)
            return new JsCall(new JsRuntimeRef("$keyValuePairType"), pair.TypeArguments.Select(a => TypeObject(a, syntax)).ToList());
        if (type.IsAnonymousType) return new JsRuntimeRef("$Object"); // only ever a type argument (no C# syntax names it)
        if (type.TypeKind == TypeKind.Delegate) return new JsIdentifier("Function");
        var t = table.TypeReference(type) ?? EnumTypeObjects.ForPrinting(type, table);
        if (t is not null) return t;
        Report.Report(Support.Unsupported.UnsupportedBclType, syntax, $"the type '{type.ToDisplayString()}' has no JavaScript counterpart (is/as/typeof/catch are not supported on it)");
        return new JsNullLiteral();
    }

    private JsExpression TypeParameterReference(ITypeParameterSymbol tp, SyntaxNode? syntax)
    {
        if (tp.DeclaringMethod is not null) return new JsIdentifier(TypeParameterName(tp));
        // A class's type parameter is stored on the instance when it is created.
        if (tp.DeclaringType is INamedTypeSymbol declaring && module.NeedsClassTypeArguments(declaring) && !IsStaticContext())
        {
            // the slot is on instances of the generic type itself; a nested type's instance has none
            if (SymbolEqualityComparer.Default.Equals(owner.ContainingType?.OriginalDefinition, declaring.OriginalDefinition))
                return new JsMember(new JsThis(), module.ClassTypeArgumentSlot(tp));
            Report.Report(Support.Unsupported.UnsupportedOperation, syntax, $"the type parameter '{tp.Name}' of the enclosing generic class '{declaring.Name}' is not available at run time in a nested type (generics are erased); pass a value of the type or make the method generic");
            return new JsNullLiteral();
        }
        Report.Report(Support.Unsupported.UnsupportedOperation, syntax, $"the type parameter '{tp.Name}' of a generic class is not available at run time (generics are erased); pass a value of the type or make the method generic");
        return new JsNullLiteral();
    }


    private bool IsStaticContext() => owner.IsStatic;

    private JsExpression Unbox(JsExpression value, ITypeSymbol? from, ITypeSymbol to)
    {
        if (to.SpecialType == SpecialType.System_Char && (from is null || !from.IsValueType))
            return new JsCall(new JsRuntimeRef("$unboxChar"), [value]);
        if (to.SpecialType is SpecialType.System_Double or SpecialType.System_Single && (from is null || !from.IsValueType))
            return new JsCall(new JsRuntimeRef("$unboxNumber"), [value]);
        return value;
    }

    // ---- switch -------------------------------------------------------------------------------------

    private void SwitchStatement(ISwitchOperation sw, List<JsStatement> output)
    {
        var b = new Breakable(sw.ExitLabel, null, false);
        var allConstant = sw.Cases.All(c => c.Clauses.All(cl => cl is IDefaultCaseClauseOperation
            || cl is ISingleValueCaseClauseOperation { Value.ConstantValue.HasValue: true }
            || cl is IPatternCaseClauseOperation { Guard: null, Pattern: IConstantPatternOperation { Value.ConstantValue.HasValue: true } }));
        var value = LowerValue(sw.Value);
        output.AddRange(TakeHoisted());
        string? gotoLoop = null;
        if (allConstant && SwitchHasGotoCase(sw))
        {
            // goto case: the switch runs in a loop; a jump sets the value and continues the loop
            gotoLoop = "$gs" + labelCounter++;
            var variable = NewBindingName();
            output.Add(new JsVariableDeclaration("let", [new JsVariableDeclarator(variable, value)]));
            value = new JsIdentifier(variable);
            foreach (var clause in sw.Cases.SelectMany(c => c.Clauses))
            {
                JsExpression target = clause switch
                {
                    ISingleValueCaseClauseOperation s => LowerValue(s.Value, sw.Value.Type),
                    IPatternCaseClauseOperation { Pattern: IConstantPatternOperation cp } => LowerValue(cp.Value, sw.Value.Type),
                    _ => new JsIdentifier("NaN"), // matches no case: falls to default
                };
                if (clause.Label is not null) gotoCaseTargets[clause.Label] = new GotoCaseTarget(gotoLoop, variable, target);
            }
            breakables.Add(new Breakable(null, null, true));
        }
        // a JS switch compares with ===, which is C#'s test only for unboxed values (a boxed char, enum or double is an object)
        if (allConstant && sw.Value.Type?.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single)
            && sw.Value.Type is { IsValueType: true } or { SpecialType: SpecialType.System_String })
        {
            jsSwitches.Add(b);
            breakables.Add(b);
            var cases = new List<JsSwitchCase>();
            foreach (var c in sw.Cases)
            {
                var labels = c.Clauses.ToList();
                for (var i = 0; i < labels.Count; i++)
                {
                    JsExpression? test = labels[i] switch
                    {
                        ISingleValueCaseClauseOperation s => LowerValue(s.Value, sw.Value.Type),
                        IPatternCaseClauseOperation { Pattern: IConstantPatternOperation cp } => LowerValue(cp.Value, sw.Value.Type),
                        _ => null,
                    };
                    var body = i == labels.Count - 1 ? BodyOf(c) : [];
                    cases.Add(new JsSwitchCase(test, body));
                }
            }
            breakables.RemoveAt(breakables.Count - 1);
            if (gotoLoop is not null)
            {
                breakables.RemoveAt(breakables.Count - 1);
                output.Add(new JsLabeled(gotoLoop, new JsWhile(new JsBooleanLiteral(true),
                    new JsBlock([WithLabel(b, new JsSwitch(value, cases)), new JsBreak()]))) { Location = Loc(sw.Syntax) });
                return;
            }
            Emit(output, WithLabel(b, new JsSwitch(value, cases)), sw.Syntax);
            return;
        }

        // Patterns: an if-chain inside a labeled block, so `break` leaves the switch.
        b.Label = "$sw" + labelCounter++;
        var setup = new List<JsExpression>();
        var v = Once(value, setup);
        var statements = new List<JsStatement>();
        // goto case/default: the chain runs in a loop; a jump sets the number of the clause to enter
        // (-1: test the value) and continues the loop, where that clause's test is just that number.
        (string Loop, string Variable, Dictionary<ILabelSymbol, int> Numbers)? jump = SwitchHasGotoCase(sw) ? GotoCaseJump(sw) : null;
        if (setup.Count > 0) (jump is null ? statements : output).Add(new JsExpressionStatement(Seq(setup, new JsUndefined())));
        if (jump is not null) output.Add(new JsVariableDeclaration("let", [new JsVariableDeclarator(jump.Value.Variable, new JsNumberLiteral(-1))]));
        breakables.Add(b);
        JsStatement? chain = null;
        ISwitchCaseOperation? defaultCase = sw.Cases.FirstOrDefault(c => c.Clauses.Any(cl => cl is IDefaultCaseClauseOperation));
        var tests = new List<(JsExpression Test, ISwitchCaseOperation Case)>();
        foreach (var c in sw.Cases)
        {
            JsExpression? test = null;
            foreach (var clause in c.Clauses)
            {
                JsExpression? t = clause switch
                {
                    ISingleValueCaseClauseOperation s => new JsBinary("===", v, LowerValue(s.Value, sw.Value.Type)),
                    IPatternCaseClauseOperation p => p.Guard is null ? Pattern(p.Pattern, v, sw.Value.Type)
                        : And(Pattern(p.Pattern, v, sw.Value.Type), LowerCondition(p.Guard)),
                    IRelationalCaseClauseOperation r => new JsBinary(r.Relation switch
                    {
                        BinaryOperatorKind.LessThan => "<", BinaryOperatorKind.LessThanOrEqual => "<=",
                        BinaryOperatorKind.GreaterThan => ">", _ => ">=",
                    }, v, LowerValue(r.Value, sw.Value.Type)),
                    _ => null,
                };
                if (t is null) continue;
                if (jump is { } j && clause.Label is not null && j.Numbers.TryGetValue(clause.Label, out var number))
                    t = new JsConditional(new JsBinary("<", new JsIdentifier(j.Variable), new JsNumberLiteral(0)), t,
                        new JsBinary("===", new JsIdentifier(j.Variable), new JsNumberLiteral(number)));
                test = test is null ? t : new JsLogical("||", test, t);
            }
            if (test is null) continue;
            tests.Add((test, c));
        }
        // pattern variables are declared before the chain, not inside the first body
        var patternLocals = TakeHoisted();
        var bodies = tests.Select(t => new JsBlock(BodyOf(t.Case))).ToList();
        chain = defaultCase is null ? null : new JsBlock(BodyOf(defaultCase));
        for (var i = tests.Count - 1; i >= 0; i--) chain = new JsIf(tests[i].Test, bodies[i], chain);
        output.AddRange(patternLocals);
        breakables.RemoveAt(breakables.Count - 1);
        if (chain is not null) statements.Add(chain);
        foreach (var n in hoisted) output.Add(new JsVariableDeclaration("let", [new JsVariableDeclarator(n)]));
        hoisted.Clear();
        if (jump is { } loop)
        {
            breakables.RemoveAt(breakables.Count - 1);
            output.Add(new JsLabeled(loop.Loop, new JsWhile(new JsBooleanLiteral(true),
                new JsBlock([new JsLabeled(b.Label, new JsBlock(statements)), new JsBreak()]))) { Location = Loc(sw.Syntax) });
            return;
        }
        output.Add(new JsLabeled(b.Label, new JsBlock(statements)) { Location = Loc(sw.Syntax) });
    }

    /// <summary>The loop, the clause-number variable and each clause's number of a pattern switch with
    /// <c>goto case</c>: a jump's target is a clause label (a default clause's number matches no test, so the
    /// chain ends in the default body); the loop is a breakable so that <c>continue</c> of an outer loop gets its label.</summary>
    private (string Loop, string Variable, Dictionary<ILabelSymbol, int> Numbers) GotoCaseJump(ISwitchOperation sw)
    {
        var loop = "$gs" + labelCounter++;
        var variable = NewBindingName();
        var numbers = new Dictionary<ILabelSymbol, int>(SymbolEqualityComparer.Default);
        foreach (var clause in sw.Cases.SelectMany(c => c.Clauses))
        {
            if (clause.Label is null) continue;
            numbers[clause.Label] = numbers.Count;
            gotoCaseTargets[clause.Label] = new GotoCaseTarget(loop, variable, new JsNumberLiteral(numbers[clause.Label]));
        }
        breakables.Add(new Breakable(null, null, true));
        return (loop, variable, numbers);
    }

    private List<JsStatement> BodyOf(ISwitchCaseOperation c)
    {
        var list = new List<JsStatement>();
        StatementList(c.Body, list);
        return list;
    }

    private JsExpression SwitchExpression(ISwitchExpressionOperation sw)
    {
        var setup = new List<JsExpression>();
        var v = Once(LowerValue(sw.Value), setup);
        JsExpression result = new JsCall(new JsRuntimeRef("$switchFail"), [v]);
        foreach (var arm in sw.Arms.Reverse())
        {
            var test = Pattern(arm.Pattern, v, sw.Value.Type);
            if (arm.Guard is not null) test = And(test, LowerCondition(arm.Guard));
            var armValue = LowerValue(arm.Value, sw.Type);
            result = test is JsBooleanLiteral { Value: true } ? armValue : new JsConditional(test, armValue, result);
        }
        return Seq(setup, result);
    }
}
