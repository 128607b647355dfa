using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Operators with C#'s integer semantics: 32-bit results wrap (<c>|0</c>, <c>&gt;&gt;&gt;0</c>,
/// <c>Math.imul</c>), division truncates and checks for zero, 64-bit integers are BigInt wrapped to 64
/// bits, checked contexts throw OverflowException; lifted operators on nullable values give null.</summary>
internal sealed partial class FunctionLowerer
{
    private JsExpression Binary(IBinaryOperation bin)
    {
        if (bin.OperatorMethod is { } method && !IsBuiltinOperator(method))
            return UserOperator(method, [bin.LeftOperand, bin.RightOperand], bin, bin.IsLifted);

        var kind = bin.OperatorKind;
        if (kind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
            return new JsLogical(kind == BinaryOperatorKind.ConditionalAnd ? "&&" : "||", LowerCondition(bin.LeftOperand), LowerCondition(bin.RightOperand));

        var leftType = bin.LeftOperand.Type;
        if (bin.Type?.SpecialType == SpecialType.System_String && kind == BinaryOperatorKind.Add)
            return StringConcat(bin);
        if (leftType?.TypeKind == TypeKind.Delegate || bin.RightOperand.Type?.TypeKind == TypeKind.Delegate)
        {
            if (kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                return new JsBinary(kind == BinaryOperatorKind.Equals ? "===" : "!==", LowerValue(bin.LeftOperand), LowerValue(bin.RightOperand));
            Unsupported(Support.Unsupported.MulticastDelegate, bin, "combining delegates (+, -) is not supported; keep a List<Action> and call each");
            return new JsNullLiteral();
        }

        var left = LowerValue(bin.LeftOperand);
        var right = LowerValue(bin.RightOperand);
        if (leftType?.TypeKind == TypeKind.Dynamic || bin.RightOperand.Type?.TypeKind == TypeKind.Dynamic)
            return DynamicBinary(kind, left, right, bin);
        if (bin.IsLifted) return Lifted(bin, left, right);
        return BinaryCore(kind, left, right, NumericKinds.Of(bin.LeftOperand.Type), NumericKinds.Of(bin.Type), bin.IsChecked, bin, bin.LeftOperand.Type, bin.RightOperand.Type);
    }

    private static bool IsBuiltinOperator(IMethodSymbol method) =>
        method.ContainingType.SpecialType is >= SpecialType.System_Object and <= SpecialType.System_String and not SpecialType.System_Decimal
        || method.ContainingType.TypeKind == TypeKind.Enum || method.ContainingType.TypeKind == TypeKind.Delegate;

    // Lifted: null if either operand is null (comparisons: false; == and != compare nulls too).
    private JsExpression Lifted(IBinaryOperation bin, JsExpression left, JsExpression right)
    {
        var kind = bin.OperatorKind;
        var operandKind = NumericKinds.Of(bin.LeftOperand.Type);
        if (kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
            return new JsBinary(kind == BinaryOperatorKind.Equals ? "===" : "!==", new JsLogical("??", left, new JsNullLiteral()), new JsLogical("??", right, new JsNullLiteral()));
        var setup = new List<JsExpression>();
        var l = Once(left, setup);
        var r = Once(right, setup);
        var core = BinaryCore(kind, l, r, operandKind, NumericKinds.Of(bin.Type), bin.IsChecked, bin, bin.LeftOperand.Type, bin.RightOperand.Type);
        var anyNull = new JsLogical("||", new JsBinary("==", l, new JsNullLiteral()), new JsBinary("==", r, new JsNullLiteral()));
        var isComparison = kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        // bool? & and | follow three-valued logic
        if (operandKind == NumericKind.Boolean && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or)
            return Seq(setup, new JsCall(new JsRuntimeRef(kind == BinaryOperatorKind.And ? "$liftedAnd" : "$liftedOr"), [l, r]));
        return Seq(setup, new JsConditional(anyNull, isComparison ? new JsBooleanLiteral(false) : new JsNullLiteral(), core));
    }

    private JsExpression BinaryCore(BinaryOperatorKind kind, JsExpression left, JsExpression right, NumericKind operandKind, NumericKind resultKind,
        bool isChecked, IOperation op, ITypeSymbol? leftType, ITypeSymbol? rightType)
    {
        switch (kind)
        {
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
            {
                var eq = kind == BinaryOperatorKind.Equals;
                if (IsNullLiteral(left) || IsNullLiteral(right))
                    return new JsBinary(eq ? "==" : "!=", left, right);
                if (operandKind != NumericKind.None || leftType?.SpecialType == SpecialType.System_String)
                    return new JsBinary(eq ? "===" : "!==", left, right);
                // reference equality; null and undefined are the same null
                return new JsCall(new JsRuntimeRef(eq ? "$refEq" : "$refNe"), [left, right]);
            }
            case BinaryOperatorKind.LessThan: return new JsBinary("<", left, right);
            case BinaryOperatorKind.LessThanOrEqual: return new JsBinary("<=", left, right);
            case BinaryOperatorKind.GreaterThan: return new JsBinary(">", left, right);
            case BinaryOperatorKind.GreaterThanOrEqual: return new JsBinary(">=", left, right);
        }

        if (resultKind == NumericKind.Boolean)
        {
            return kind switch
            {
                BinaryOperatorKind.And => new JsUnary("!", new JsUnary("!", new JsBinary("&", left, right))),
                BinaryOperatorKind.Or => new JsUnary("!", new JsUnary("!", new JsBinary("|", left, right))),
                BinaryOperatorKind.ExclusiveOr => new JsBinary("!==", left, right),
                _ => Fail(op),
            };
        }

        var k = resultKind == NumericKind.None ? operandKind : resultKind;
        if (k.IsFloat())
        {
            JsExpression r = kind switch
            {
                BinaryOperatorKind.Add => new JsBinary("+", left, right),
                BinaryOperatorKind.Subtract => new JsBinary("-", left, right),
                BinaryOperatorKind.Multiply => new JsBinary("*", left, right),
                BinaryOperatorKind.Divide => new JsBinary("/", left, right),
                BinaryOperatorKind.Remainder => new JsBinary("%", left, right),
                _ => Fail(op),
            };
            return k == NumericKind.Single ? new JsCall(new JsMember(new JsIdentifier("Math"), "fround"), [r]) : r;
        }
        if (k.IsBig())
        {
            var signed = k == NumericKind.Int64;
            if (kind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift)
            {
                var count = new JsCall(new JsIdentifier("BigInt"), [new JsBinary("&", right, new JsNumberLiteral(63))]);
                if (kind == BinaryOperatorKind.LeftShift) return Wrap64(new JsBinary("<<", left, count), signed);
                if (kind == BinaryOperatorKind.UnsignedRightShift && signed)
                    return Wrap64(new JsBinary(">>", new JsCall(new JsMember(new JsIdentifier("BigInt"), "asUintN"), [new JsNumberLiteral(64), left]), count), true);
                return new JsBinary(">>", left, count);
            }
            switch (kind)
            {
                case BinaryOperatorKind.Divide: return new JsCall(new JsRuntimeRef(signed ? "$ldiv" : "$uldiv"), [left, right]);
                case BinaryOperatorKind.Remainder: return new JsCall(new JsRuntimeRef(signed ? "$lmod" : "$ulmod"), [left, right]);
                case BinaryOperatorKind.And: return new JsBinary("&", left, right);
                case BinaryOperatorKind.Or: return new JsBinary("|", left, right);
                case BinaryOperatorKind.ExclusiveOr: return new JsBinary("^", left, right);
            }
            var opText = kind switch { BinaryOperatorKind.Add => "+", BinaryOperatorKind.Subtract => "-", BinaryOperatorKind.Multiply => "*", _ => null };
            if (opText is null) return Fail(op);
            var raw = new JsBinary(opText, left, right);
            return isChecked ? new JsCall(new JsRuntimeRef(signed ? "$ck64" : "$cku64"), [raw]) : Wrap64(raw, signed);
        }
        // 32-bit (smaller types were promoted to int by C#)
        var unsigned = k == NumericKind.UInt32;
        switch (kind)
        {
            case BinaryOperatorKind.Add or BinaryOperatorKind.Subtract:
            {
                var raw = new JsBinary(kind == BinaryOperatorKind.Add ? "+" : "-", left, right);
                if (isChecked) return new JsCall(new JsRuntimeRef(unsigned ? "$cku32" : "$ck32"), [raw]);
                return Wrap32(raw, unsigned);
            }
            case BinaryOperatorKind.Multiply:
                if (isChecked) return new JsCall(new JsRuntimeRef(unsigned ? "$cku32" : "$ck32"), [new JsBinary("*", left, right)]);
                var mul = new JsCall(new JsMember(new JsIdentifier("Math"), "imul"), [left, right]);
                return unsigned ? new JsBinary(">>>", mul, new JsNumberLiteral(0)) : mul;
            case BinaryOperatorKind.Divide:
                return new JsCall(new JsRuntimeRef(unsigned ? "$udiv" : "$idiv"), [left, right]);
            case BinaryOperatorKind.Remainder:
                return new JsCall(new JsRuntimeRef(unsigned ? "$umod" : "$imod"), [left, right]);
            case BinaryOperatorKind.And:
                return Wrap32Bitwise(new JsBinary("&", left, right), unsigned);
            case BinaryOperatorKind.Or:
                return Wrap32Bitwise(new JsBinary("|", left, right), unsigned);
            case BinaryOperatorKind.ExclusiveOr:
                return Wrap32Bitwise(new JsBinary("^", left, right), unsigned);
            case BinaryOperatorKind.LeftShift:
                return Wrap32Bitwise(new JsBinary("<<", left, right), unsigned);
            case BinaryOperatorKind.RightShift:
                return new JsBinary(unsigned ? ">>>" : ">>", left, right);
            case BinaryOperatorKind.UnsignedRightShift:
                return unsigned ? new JsBinary(">>>", left, right) : new JsBinary("|", new JsBinary(">>>", left, right), new JsNumberLiteral(0));
        }
        return Fail(op);
    }

    // dynamic is plain JavaScript: its operators are JS operators
    private JsExpression DynamicBinary(BinaryOperatorKind kind, JsExpression left, JsExpression right, IOperation op)
    {
        var text = kind switch
        {
            BinaryOperatorKind.Add => "+", BinaryOperatorKind.Subtract => "-", BinaryOperatorKind.Multiply => "*",
            BinaryOperatorKind.Divide => "/", BinaryOperatorKind.Remainder => "%", BinaryOperatorKind.Equals => "===",
            BinaryOperatorKind.NotEquals => "!==", BinaryOperatorKind.LessThan => "<", BinaryOperatorKind.LessThanOrEqual => "<=",
            BinaryOperatorKind.GreaterThan => ">", BinaryOperatorKind.GreaterThanOrEqual => ">=", BinaryOperatorKind.And => "&",
            BinaryOperatorKind.Or => "|", BinaryOperatorKind.ExclusiveOr => "^", _ => null,
        };
        // JS has two nulls: a missing member is undefined, and C#'s `d.missing == null` must hold for it
        if (text is "===" or "!==" && (left is JsNullLiteral || right is JsNullLiteral)) text = text[..2];
        return text is null ? Fail(op) : new JsBinary(text, left, right);
    }

    private static bool IsNullLiteral(JsExpression e) => e is JsNullLiteral or JsUndefined;

    private JsExpression Fail(IOperation op)
    {
        Unsupported(Support.Unsupported.UnsupportedOperation, op, $"the operator in '{Shorten(op.Syntax.ToString())}' is not supported for these operand types");
        return new JsNullLiteral();
    }

    private static JsExpression Wrap32(JsExpression e, bool unsigned) =>
        new JsBinary(unsigned ? ">>>" : "|", e, new JsNumberLiteral(0));

    private static JsExpression Wrap32Bitwise(JsExpression e, bool unsigned) =>
        unsigned ? new JsBinary(">>>", e, new JsNumberLiteral(0)) : e;

    private static JsExpression Wrap64(JsExpression e, bool signed) =>
        new JsCall(new JsMember(new JsIdentifier("BigInt"), signed ? "asIntN" : "asUintN"), [new JsNumberLiteral(64), e]);

    /// <summary>Wraps a JS number or BigInt to the range of <paramref name="k"/> (unchecked).</summary>
    private static JsExpression WrapTo(JsExpression e, NumericKind k) => k switch
    {
        NumericKind.Int8 => new JsBinary(">>", new JsBinary("<<", e, new JsNumberLiteral(24)), new JsNumberLiteral(24)),
        NumericKind.UInt8 => new JsBinary("&", e, new JsNumberLiteral(255)),
        NumericKind.Int16 => new JsBinary(">>", new JsBinary("<<", e, new JsNumberLiteral(16)), new JsNumberLiteral(16)),
        NumericKind.UInt16 or NumericKind.Char => new JsBinary("&", e, new JsNumberLiteral(65535)),
        NumericKind.Int32 => new JsBinary("|", e, new JsNumberLiteral(0)),
        NumericKind.UInt32 => new JsBinary(">>>", e, new JsNumberLiteral(0)),
        NumericKind.Int64 => Wrap64(e, true),
        NumericKind.UInt64 => Wrap64(e, false),
        NumericKind.Single => new JsCall(new JsMember(new JsIdentifier("Math"), "fround"), [e]),
        _ => e,
    };

    private JsExpression Unary(IUnaryOperation un)
    {
        if (un.OperatorMethod is { } method && !IsBuiltinOperator(method))
            return UserOperator(method, [un.Operand], un, un.IsLifted);
        var operand = LowerValue(un.Operand);
        if (un.IsLifted)
        {
            var setup = new List<JsExpression>();
            var v = Once(operand, setup);
            var core = UnaryCore(un, v);
            return Seq(setup, new JsConditional(new JsBinary("==", v, new JsNullLiteral()), new JsNullLiteral(), core));
        }
        return UnaryCore(un, operand);
    }

    private JsExpression UnaryCore(IUnaryOperation un, JsExpression operand)
    {
        var k = NumericKinds.Of(un.Type);
        switch (un.OperatorKind)
        {
            case UnaryOperatorKind.Not:
                return new JsUnary("!", operand);
            case UnaryOperatorKind.Plus:
                return operand;
            case UnaryOperatorKind.Minus:
                if (k.IsFloat()) return new JsUnary("-", operand);
                if (k.IsBig()) return un.IsChecked ? new JsCall(new JsRuntimeRef("$ck64"), [new JsUnary("-", operand)]) : Wrap64(new JsUnary("-", operand), k == NumericKind.Int64);
                return un.IsChecked ? new JsCall(new JsRuntimeRef("$ck32"), [new JsUnary("-", operand)]) : new JsBinary("|", new JsUnary("-", operand), new JsNumberLiteral(0));
            case UnaryOperatorKind.BitwiseNegation:
                if (k == NumericKind.UInt64) return Wrap64(new JsUnary("~", operand), false);
                if (k == NumericKind.UInt32) return new JsBinary(">>>", new JsUnary("~", operand), new JsNumberLiteral(0));
                return new JsUnary("~", operand);
            case UnaryOperatorKind.True:
                return operand;
            case UnaryOperatorKind.False:
                return new JsUnary("!", operand);
        }
        return Fail(un);
    }

    private JsExpression UserOperator(IMethodSymbol method, IReadOnlyList<IOperation> operands, IOperation op, bool isLifted = false)
    {
        if (isLifted && !(method.IsImplicitlyDeclared && method.ContainingType.IsRecord))
            return LiftedUserOperator(method, operands, op);
        // Records' synthesized == and != are value equality.
        if (method.IsImplicitlyDeclared && method.ContainingType.IsRecord)
        {
            if (operands.Any(o => o.ConstantValue is { HasValue: true, Value: null } || o is IConversionOperation { Operand.ConstantValue: { HasValue: true, Value: null } }))
            {
                var other = operands.FirstOrDefault(o => !(o.ConstantValue is { HasValue: true, Value: null } || o is IConversionOperation { Operand.ConstantValue: { HasValue: true, Value: null } }));
                if (other is null) return new JsBooleanLiteral(method.Name != "op_Inequality");
                return new JsBinary(method.Name == "op_Inequality" ? "!=" : "==", LowerValue(other), new JsNullLiteral());
            }
            var eq = new JsCall(new JsRuntimeRef("$equals"), operands.Select(o => LowerValue(o)).ToList());
            return method.Name == "op_Inequality" ? new JsUnary("!", eq) : eq;
        }
        var args = operands.Select((o, i) => LowerValue(o, method.Parameters[i].Type)).ToList();
        return CallMethod(method, null, args, op.Syntax);
    }

    // A user-defined operator applied to nullable structs (C# lifts it): == is true when both are null and false
    // when one is, != the reverse, comparisons are false with a null, anything else is null with a null.
    private JsExpression LiftedUserOperator(IMethodSymbol method, IReadOnlyList<IOperation> operands, IOperation op)
    {
        var setup = new List<JsExpression>();
        return Seq(setup, LiftedUserCall(method, operands.Select(o => LowerValue(o)).ToList(), setup, op.Syntax));
    }

    private JsExpression LiftedUserCall(IMethodSymbol method, IReadOnlyList<JsExpression> operands, List<JsExpression> setup, SyntaxNode syntax)
    {
        var values = operands.Select(o => Once(o, setup)).ToList();
        var call = CallMethod(method, null, values, syntax);
        JsExpression IsNull(JsExpression v) => new JsBinary("==", v, new JsNullLiteral());
        if (values.Count == 1)
            return new JsConditional(IsNull(values[0]), new JsNullLiteral(), call);
        var anyNull = new JsLogical("||", IsNull(values[0]), IsNull(values[1]));
        JsExpression whenNull = method.Name switch
        {
            "op_Equality" => new JsBinary("===", IsNull(values[0]), IsNull(values[1])),
            "op_Inequality" => new JsBinary("!==", IsNull(values[0]), IsNull(values[1])),
            "op_LessThan" or "op_GreaterThan" or "op_LessThanOrEqual" or "op_GreaterThanOrEqual" => new JsBooleanLiteral(false),
            _ => new JsNullLiteral(),
        };
        return new JsConditional(anyNull, whenNull, call);
    }

    // ---- assignment ----------------------------------------------------------------------------------

    private JsExpression Assignment(ISimpleAssignmentOperation assign)
    {
        var value = LowerValue(assign.Value, assign.Target.Type);
        if (assign.Parent is not (IExpressionStatementOperation or IObjectOrCollectionInitializerOperation) && assign.Target is IPropertyReferenceOperation pt && (pt.Property.IsIndexer || !IsPlainProperty(pt.Property)))
        {
            // a setter call does not yield the value: receiver and index first (C# order), then the value, kept
            var setup = new List<JsExpression>();
            var (_, write) = Access(assign.Target, setup, deferred: true);
            var t = Temp();
            return Seq(setup, new JsSequence([new JsAssign("=", t, value), write(t), t]));
        }
        if (assign.IsRef && assign.Target is ILocalReferenceOperation refLocal)
            return new JsAssign("=", new JsIdentifier(LocalName(refLocal.Local)), RefObject(assign.Value));
        return Store(assign.Target, value);
    }

    /// <summary>Stores a value into a C# location (local, field, property, indexer, array element).</summary>
    private JsExpression Store(IOperation target, JsExpression value)
    {
        switch (target)
        {
            case IPropertyReferenceOperation p when p.Property.IsIndexer || !IsPlainProperty(p.Property):
                return PropertySet(p, value);
            case IDiscardOperation:
                return value;
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tupleInstance } tf:
                return new JsAssign("=", new JsMember(Receiver(tupleInstance), TupleFieldName(tf.Field)), TupleSlot(value, tf.Field.Type));
            case IDeclarationExpressionOperation d:
                return Store(d.Expression, value);
            case IDynamicMemberReferenceOperation dyn:
                return new JsAssign("=", new JsMember(LowerValue(dyn.Instance!), dyn.MemberName), value);
            default:
            {
                var lhs = LowerAssignable(target);
                // an array element whose array was evaluated once: (t = a, t[i] = v)
                if (lhs is JsSequence { Expressions: var exprs } && exprs[^1] is JsIndex last)
                    return new JsSequence([.. exprs.Take(exprs.Count - 1), new JsAssign("=", last, value)]);
                return new JsAssign("=", lhs, value);
            }
        }
    }

    /// <summary>A JS left-hand side for a C# location.</summary>
    private JsExpression LowerAssignable(IOperation target)
    {
        if (target is IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tupleInstance } tf)
            return new JsMember(Receiver(tupleInstance), TupleFieldName(tf.Field));
        var e = LowerValueCore(target);
        if (e is JsIdentifier or JsTemp or JsMember or JsIndex) return e;
        if (e is JsSequence { Expressions: [.., JsIndex last] } seq) return e; // array element after evaluating the array once
        Unsupported(Support.Unsupported.UnsupportedOperation, target, $"cannot assign to '{Shorten(target.Syntax.ToString())}' in JavaScript");
        return new JsIdentifier("undefined");
    }

    /// <summary>A property that is a JS property (field or accessor) on the object, rather than a template or method pair.</summary>
    private bool IsPlainProperty(IPropertySymbol p) =>
        table.IsUserType(p.ContainingType) || InteropAttributes.IsExternal(p) && (p.SetMethod is null || EmitTable.Template(p.SetMethod) is null) && (p.GetMethod is null || EmitTable.Template(p.GetMethod) is null)
        || p.ContainingType.IsTupleType;

    private JsExpression CompoundAssignment(ICompoundAssignmentOperation ca, bool valueUsed)
    {
        if (ca.OperatorMethod is { } method && !IsBuiltinOperator(method))
        {
            var opSetup = new List<JsExpression>();
            var (read, write) = Access(ca.Target, opSetup);
            if (ca.IsLifted) return Seq(opSetup, write(LiftedUserCall(method, [read, LowerValue(ca.Value)], opSetup, ca.Syntax)));
            return Seq(opSetup, write(CallMethod(method, null, [read, LowerValue(ca.Value)], ca.Syntax)));
        }
        var targetType = ca.Target.Type;
        if (targetType?.TypeKind == TypeKind.Delegate)
        {
            Unsupported(Support.Unsupported.MulticastDelegate, ca, "combining delegates (+=, -=) is not supported; keep a List<Action> and call each");
            return new JsNullLiteral();
        }
        var setup = new List<JsExpression>();
        var (current, store) = Access(ca.Target, setup);
        var rhs = LowerValue(ca.Value);
        if (ca.IsLifted)
        {
            // lifted: null when either side is null
            var l = Temp();
            var r = Temp();
            var k = OperatorKindOf(ca);
            var core = BinaryCore(ca.OperatorKind, ConvertNumeric(l, NumericKinds.Of(targetType), k, ca.IsChecked), r, k, k, ca.IsChecked, ca, targetType, ca.Value.Type);
            var lifted = new JsSequence([new JsAssign("=", l, current), new JsAssign("=", r, rhs),
                new JsConditional(new JsLogical("||", new JsBinary("==", l, new JsNullLiteral()), new JsBinary("==", r, new JsNullLiteral())), new JsNullLiteral(),
                    ConvertNumeric(core, k, NumericKinds.Of(targetType), ca.IsChecked))]);
            return Seq(setup, StoreValue(store, lifted, valueUsed, ca.Target));
        }
        JsExpression result;
        if (targetType?.SpecialType == SpecialType.System_String && ca.OperatorKind == BinaryOperatorKind.Add)
            result = new JsBinary("+",
                NeverNullStrings.Holds(ca.Target) ? current : Stringify(module, current, targetType),
                ca.Value.Type?.SpecialType == SpecialType.System_String && NeverNullStrings.Holds(ca.Value) ? rhs : Stringify(module, rhs, ca.Value.Type!));
        else
        {
            var opKind = NumericKinds.Of(ca.InConversion.IsIdentity || ca.InConversion.Exists == false ? targetType : OperatorType(ca));
            var left = ConvertNumeric(current, NumericKinds.Of(targetType), OperatorKindOf(ca), ca.IsChecked);
            var combined = BinaryCore(ca.OperatorKind, left, rhs, OperatorKindOf(ca), OperatorKindOf(ca), ca.IsChecked, ca, targetType, ca.Value.Type);
            result = ConvertNumeric(combined, OperatorKindOf(ca), NumericKinds.Of(targetType), ca.IsChecked);
        }
        return Seq(setup, StoreValue(store, result, valueUsed, ca.Target));
    }

    private NumericKind OperatorKindOf(ICompoundAssignmentOperation ca)
    {
        var t = ca.Target.Type;
        var v = ca.Value.Type;
        var tk = NumericKinds.Of(t);
        var vk = NumericKinds.Of(v);
        if (tk == NumericKind.Boolean) return NumericKind.Boolean;
        if (ca.OperatorKind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift)
            return Promote(tk, tk);
        return Promote(tk, vk);
    }

    private static ITypeSymbol? OperatorType(ICompoundAssignmentOperation ca) => ca.Target.Type;

    /// <summary>C#'s binary numeric promotion.</summary>
    private static NumericKind Promote(NumericKind a, NumericKind b)
    {
        if (a == NumericKind.Double || b == NumericKind.Double) return NumericKind.Double;
        if (a == NumericKind.Single || b == NumericKind.Single) return NumericKind.Single;
        if (a == NumericKind.UInt64 || b == NumericKind.UInt64) return NumericKind.UInt64;
        if (a == NumericKind.Int64 || b == NumericKind.Int64) return NumericKind.Int64;
        if (a == NumericKind.UInt32 && b is NumericKind.Int8 or NumericKind.Int16 or NumericKind.Int32
            || b == NumericKind.UInt32 && a is NumericKind.Int8 or NumericKind.Int16 or NumericKind.Int32) return NumericKind.Int64;
        if (a == NumericKind.UInt32 || b == NumericKind.UInt32) return NumericKind.UInt32;
        if (a == NumericKind.None && b == NumericKind.None) return NumericKind.None;
        return NumericKind.Int32;
    }

    /// <summary>Reads and writes a location, evaluating its receiver and index once: the evaluation goes
    /// into <paramref name="setup"/>, which the caller puts in front of the whole expression.</summary>
    /// <param name="deferred">The write may happen later than the read (a ref object, a deconstruction):
    /// the location (index and its bounds check) must be fixed now.</param>
    private (JsExpression Read, Func<JsExpression, JsExpression> Write) Access(IOperation target, List<JsExpression> setup, bool deferred = false)
    {
        switch (target)
        {
            case IPropertyReferenceOperation p when p.Property.IsIndexer || !IsPlainProperty(p.Property):
            {
                var recv = p.Instance is null ? null : Once(Receiver(p.Instance), setup);
                var args = p.Arguments.Select(a => Once(LowerValue(a.Value), setup)).ToList();
                var read = PropertyGet(p.Property, recv, args, p);
                return (read, v => PropertySetCore(p.Property, recv, args, v, p));
            }
            default:
            {
                var lhs = LowerAssignable(target);
                if (lhs is JsSequence { Expressions: var exprs } && exprs[^1] is JsIndex idx0)
                {
                    setup.AddRange(exprs.Take(exprs.Count - 1));
                    lhs = idx0;
                }
                switch (lhs)
                {
                    case JsMember m when !IsSimpleReceiver(m.Object):
                        lhs = m with { Object = Once(m.Object, setup) };
                        break;
                    case JsIndex { Index: JsCheckedIndex { Index: JsLiteral or JsIdentifier or JsTemp } checkedIndex } ix when !deferred && IsSimpleReceiver(ix.Object):
                    {
                        // JS evaluates the store's target (and its bounds check) before the value that
                        // reads the element, so the read needs no check of its own.
                        var checkedTarget = ix;
                        return (new JsIndex(ix.Object, checkedIndex.Index), v => new JsAssign("=", checkedTarget, v));
                    }
                    case JsIndex ix:
                        var obj = IsSimpleReceiver(ix.Object) ? ix.Object : Once(ix.Object, setup);
                        var index = ix.Index is JsLiteral or JsIdentifier or JsTemp ? ix.Index : Once(ix.Index, setup);
                        lhs = new JsIndex(obj, index);
                        break;
                }
                var final = lhs;
                return (final, v => new JsAssign("=", final, v));
            }
        }
    }

    /// <summary>A store whose value is used: setters that are calls (indexers, templates) don't yield the value.</summary>
    private JsExpression StoreValue(Func<JsExpression, JsExpression> write, JsExpression value, bool valueUsed, IOperation target)
    {
        var store = write(value);
        if (!valueUsed || store is JsAssign) return store;
        var t = Temp();
        return new JsSequence([new JsAssign("=", t, value), write(t), t]);
    }

    private static bool IsSimpleReceiver(JsExpression e) => e is JsIdentifier or JsTemp or JsThis or JsSuper or JsRuntimeRef
        || e is JsMember { Object: JsIdentifier or JsTemp or JsThis or JsRuntimeRef };

    private JsExpression CoalesceAssignment(ICoalesceAssignmentOperation coal)
    {
        var value = LowerValue(coal.Value, coal.Target.Type);
        var setup = new List<JsExpression>();
        var (read, write) = Access(coal.Target, setup);
        if (read is JsIdentifier or JsTemp or JsMember or JsIndex && write(value) is JsAssign { Operator: "=" } plain)
            return Seq(setup, new JsAssign("??=", plain.Target, value));
        return Seq(setup, new JsLogical("??", read, StoreValue(write, value, true, coal.Target)));
    }

    private JsExpression IncrementOrDecrement(IIncrementOrDecrementOperation inc, bool valueUsed)
    {
        var isIncrement = inc.Kind == OperationKind.Increment;
        var k = NumericKinds.Of(inc.Target.Type);
        if (inc.OperatorMethod is { } method && !IsBuiltinOperator(method))
        {
            var opSetup = new List<JsExpression>();
            var (r, w) = Access(inc.Target, opSetup);
            if (inc.IsLifted) return Seq(opSetup, StoreValue(w, LiftedUserCall(method, [r], opSetup, inc.Syntax), valueUsed, inc.Target));
            return Seq(opSetup, StoreValue(w, CallMethod(method, null, [r], inc.Syntax), valueUsed, inc.Target));
        }
        var setup = new List<JsExpression>();
        var (read, write0) = Access(inc.Target, setup);
        Func<JsExpression, JsExpression> write = v => StoreValue(write0, v, valueUsed && !inc.IsPostfix, inc.Target);
        JsExpression one = k.IsBig() ? new JsBigIntLiteral(1) : new JsNumberLiteral(1);
        JsExpression Step(JsExpression v)
        {
            var raw = new JsBinary(isIncrement ? "+" : "-", v, one);
            if (inc.IsChecked && k.IsIntegral())
                return new JsCall(new JsRuntimeRef("$ckRange"), [raw, RangeLiteral(k, true), RangeLiteral(k, false)]);
            return k.IsFloat() && k != NumericKind.Single ? raw : WrapTo(raw, k);
        }
        if (k == NumericKind.Double && read is JsIdentifier or JsTemp or JsMember or JsIndex && write0(read) is JsAssign)
            return Seq(setup, new JsUpdate(isIncrement ? "++" : "--", read, inc.IsPostfix));
        if (inc.IsLifted || k == NumericKind.None)
        {
            var t0 = Temp();
            var step = new JsConditional(new JsBinary("==", t0, new JsNullLiteral()), new JsNullLiteral(), Step(t0));
            var assign = write(new JsSequence([new JsAssign("=", t0, read), step]));
            return Seq(setup, inc.IsPostfix && valueUsed ? new JsSequence([assign, t0]) : assign);
        }
        if (!inc.IsPostfix || !valueUsed) return Seq(setup, write(Step(read)));
        // postfix with its value used: remember the old value
        var t = Temp();
        return Seq(setup, new JsSequence([new JsAssign("=", t, read), write(Step(t)), t]));
    }

    private static JsExpression RangeLiteral(NumericKind k, bool min)
    {
        var (lo, hi) = k.Range();
        if (k.IsBig()) return Constants.BigInt(min ? (k == NumericKind.Int64 ? long.MinValue : 0) : (k == NumericKind.Int64 ? long.MaxValue : (System.Numerics.BigInteger)ulong.MaxValue));
        return Constants.Number(min ? lo : hi);
    }
}
