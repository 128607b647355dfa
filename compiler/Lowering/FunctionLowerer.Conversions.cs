using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Semantics;
using EdgeMirror.Compiler.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Conversions: numeric (wrapping, or checked), float→integer (saturating as .NET 9+),
/// boxing (char becomes $BoxedChar, structs are copied), unboxing and casts (checked at run time),
/// nullable and user-defined conversions.</summary>
internal sealed partial class FunctionLowerer
{
    private JsExpression Conversion(IConversionOperation conv)
    {
        var c = conv.Conversion;
        var from = conv.Operand.Type;
        var to = conv.Type!;
        // Spans are arrays (or strings) in JS: converting to one changes nothing.
        if (IsSpan(to) || IsSpan(from)) return LowerValue(conv.Operand);
        if (c.IsUserDefined && c.MethodSymbol is { } method)
        {
            if (!IsBuiltinOperator(method) || EmitTable.Template(method) is not null || table.IsUserType(method.ContainingType))
            {
                if (IsLiftedUserConversion(from, to, method)) return LiftedUserConversion(conv, method);
                var arg = ConvertBetween(LowerValue(conv.Operand), from, method.Parameters[0].Type, conv.IsChecked, conv);
                var call = CallMethod(method, null, [arg], conv.Syntax);
                return ConvertBetween(call, method.ReturnType, to, conv.IsChecked, conv);
            }
        }
        if (conv.Operand is IAnonymousFunctionOperation or IMethodReferenceOperation) return LowerValue(conv.Operand);
        var operand = LowerValue(conv.Operand, to);
        if (conv.IsTryCast)
        {
            // `x as T` with an erased T (no run-time type needed elsewhere) passes the value through
            if (to is ITypeParameterSymbol { DeclaringMethod: { } declaring } && !module.NeedsTypeArguments(declaring)) return operand;
            var target = StripNullable(to);
            var setup = new List<JsExpression>();
            var v = Once(operand, setup);
            var value = target.SpecialType == SpecialType.System_Char ? new JsCall(new JsRuntimeRef("$unboxChar"), [v]) : v;
            return Seq(setup, new JsConditional(TypeTest(v, target, conv.Syntax, from), value, new JsNullLiteral()));
        }
        if (c.IsIdentity || c.IsImplicit && c.IsReference || from is null) return operand;
        if (conv.IsBoxing()) return IsInteropBoxing(conv) ? operand : Box(operand, from, to);
        if (conv.IsUnboxing()) return UnboxValue(operand, to, conv);
        if (c.IsReference && conv.IsExplicitConversion())
        {
            if (from.TypeKind == TypeKind.Dynamic || to.TypeKind == TypeKind.Dynamic) return operand;
            if (to is ITypeParameterSymbol || InteropAttributes.IsExternal(to) || table.TypeReference(to) is null && to is not IArrayTypeSymbol)
                return operand;
            return new JsCall(new JsRuntimeRef("$cast"), [operand, TypeObject(to, conv.Syntax)]);
        }
        return ConvertBetween(operand, from, to, conv.IsChecked, conv);
    }

    /// <summary>S? → T? through a user operator S → T (both value types) is lifted: null stays null, the operator
    /// never sees it (unwrapping first would throw InvalidOperationException where .NET gives null).</summary>
    private static bool IsLiftedUserConversion(ITypeSymbol? from, ITypeSymbol to, IMethodSymbol method) =>
        IsNullableValue(from) && IsNullableValue(to) && !IsNullableValue(method.Parameters[0].Type) && !IsNullableValue(method.ReturnType);

    private static bool IsNullableValue(ITypeSymbol? t) => t?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private JsExpression LiftedUserConversion(IConversionOperation conv, IMethodSymbol method)
    {
        var setup = new List<JsExpression>();
        var value = Once(LowerValue(conv.Operand), setup);
        var arg = ConvertBetween(value, StripNullable(conv.Operand.Type!), method.Parameters[0].Type, conv.IsChecked, conv);
        var converted = ConvertBetween(CallMethod(method, null, [arg], conv.Syntax), method.ReturnType, conv.Type!, conv.IsChecked, conv);
        return Seq(setup, new JsConditional(new JsBinary("==", value, new JsNullLiteral()), new JsNullLiteral(), converted));
    }

    private static bool IsSpan(ITypeSymbol? t) =>
        t is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", ContainingNamespace.Name: "System" };

    private JsExpression Box(JsExpression value, ITypeSymbol from, ITypeSymbol to)
    {
        if ((BoxTyped(value, from) ?? KeyValuePairTyped(module, value, from)) is { } typed) return typed;
        var underlying = StripNullable(from);
        if (underlying.SpecialType == SpecialType.System_Char)
        {
            if (from.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                var setup = new List<JsExpression>();
                var v = Once(value, setup);
                return Seq(setup, new JsConditional(new JsBinary("==", v, new JsNullLiteral()), new JsNullLiteral(), new JsNew(new JsRuntimeRef("$BoxedChar"), [v])));
            }
            return new JsNew(new JsRuntimeRef("$BoxedChar"), [value]);
        }
        if (underlying.TypeKind == TypeKind.Enum && EnumTypeObjects.ForPrinting(underlying, table) is { } enumType)
            return new JsCall(new JsRuntimeRef("$boxEnum"), [value, enumType]);
        // A double with an integral value (or -0) would be taken for a boxed int by `is int`, GetType and Equals;
        // a fractional, NaN or infinite one cannot be, so a constant one stays a plain number.
        if (underlying.SpecialType == SpecialType.System_Double)
            return value is JsNumberLiteral { Value: var d } && !double.IsInteger(d) ? value : new JsCall(new JsRuntimeRef("$boxDouble"), [value]);
        if (underlying.SpecialType == SpecialType.System_Single)
            return new JsCall(new JsRuntimeRef("$boxFloat"), [value]);
        if (IsUserStruct(underlying))
            return StructCopy(value, underlying, mayBeNull: true); // boxing copies; a null S? stays null
        return value;
    }

    /// <summary>A value handed to JavaScript itself (dynamic, or an argument of an [External] member) stays a plain JS value.</summary>
    private static bool IsInteropBoxing(IConversionOperation conv) =>
        conv.Type?.TypeKind == TypeKind.Dynamic
        || conv.Parent is IArgumentOperation { Parameter.ContainingSymbol: { } callee } && InteropAttributes.IsExternal(callee);

    private JsExpression UnboxValue(JsExpression value, ITypeSymbol to, IOperation op)
    {
        var underlying = StripNullable(to);
        var nullable = to.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        if (underlying.SpecialType == SpecialType.System_Char)
            return new JsCall(new JsRuntimeRef(nullable ? "$unboxCharOrNull" : "$unboxChar"), [value]);
        var typeObject = underlying.TypeKind == TypeKind.Enum ? table.TypeReference(underlying) ?? new JsNullLiteral() : TypeObject(underlying, op.Syntax);
        var unboxed = new JsCall(new JsRuntimeRef(nullable ? "$unboxOrNull" : "$unbox"), [value, typeObject]);
        return IsUserStruct(underlying) ? StructCopy(unboxed, underlying) : unboxed;
    }

    /// <summary>Converts between two static types (numeric, enum, nullable); no-op for references.</summary>
    private JsExpression ConvertBetween(JsExpression value, ITypeSymbol? from, ITypeSymbol? to, bool isChecked, IOperation op)
    {
        if (from is null || to is null || SymbolEqualityComparer.Default.Equals(from, to)) return value;
        var fromNullable = from.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var toNullable = to.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        var fk = NumericKinds.Of(from);
        var tk = NumericKinds.Of(to);
        if (fromNullable && !toNullable && tk != NumericKind.None)
        {
            // (T)nullable: throws InvalidOperationException when null
            value = new JsCall(new JsRuntimeRef("$nullableValue"), [value]);
            return ConvertNumeric(value, fk, tk, isChecked);
        }
        if (fromNullable && toNullable && fk != tk)
        {
            var setup = new List<JsExpression>();
            var v = Once(value, setup);
            return Seq(setup, new JsConditional(new JsBinary("==", v, new JsNullLiteral()), new JsNullLiteral(), ConvertNumeric(v, fk, tk, isChecked)));
        }
        if (!to.IsValueType && from.IsValueType) return Box(value, from, to);
        if (to.IsValueType && !from.IsValueType && from.TypeKind != TypeKind.TypeParameter && tk != NumericKind.None) return UnboxValue(value, to, op);
        return ConvertNumeric(value, fk, tk, isChecked);
    }

    /// <summary>Numeric conversion between representations: JS number (≤ 32-bit, float, double) and BigInt (64-bit).</summary>
    private JsExpression ConvertNumeric(JsExpression value, NumericKind from, NumericKind to, bool isChecked)
    {
        if (from == to || from == NumericKind.None || to == NumericKind.None || from == NumericKind.Boolean || to == NumericKind.Boolean) return value;
        if (value is JsNumberLiteral or JsBigIntLiteral or JsUnary { Operator: "-", Operand: JsNumberLiteral or JsBigIntLiteral })
            return ConstantConvert(value, to) ?? ConvertNumericCore(value, from, to, isChecked);
        return ConvertNumericCore(value, from, to, isChecked);
    }

    private static JsExpression? ConstantConvert(JsExpression value, NumericKind to)
    {
        double? number = value switch
        {
            JsNumberLiteral n => n.Value,
            JsUnary { Operand: JsNumberLiteral n } => -n.Value,
            _ => null,
        };
        if (number is { } d && to.IsBig() && d == Math.Floor(d) && !double.IsInfinity(d)) return Constants.BigInt(new System.Numerics.BigInteger(d));
        if (number is { } d2 && to.IsFloat()) return value;
        return null;
    }

    private JsExpression ConvertNumericCore(JsExpression value, NumericKind from, NumericKind to, bool isChecked)
    {
        var (min, max) = to.Range();
        if (from.IsFloat())
        {
            if (to == NumericKind.Double || to == NumericKind.Decimal) return value;
            if (to == NumericKind.Single) return new JsCall(new JsMember(new JsIdentifier("Math"), "fround"), [value]);
            if (to.IsBig()) return new JsCall(new JsRuntimeRef(isChecked ? (to == NumericKind.Int64 ? "$ckd64" : "$ckdu64") : (to == NumericKind.Int64 ? "$dtoi64" : "$dtou64")), [value]);
            if (isChecked) return new JsCall(new JsRuntimeRef("$ckd"), [value, Constants.Number(min), Constants.Number(max)]);
            // .NET converts to a 32-bit integer (saturating), then narrows with wrap-around: (byte)300.7 is 44
            if (to is NumericKind.Int8 or NumericKind.UInt8 or NumericKind.Int16 or NumericKind.UInt16 or NumericKind.Char)
                return WrapTo(new JsCall(new JsRuntimeRef("$dtoi"), [value, Constants.Number(int.MinValue), Constants.Number(int.MaxValue)]), to);
            return new JsCall(new JsRuntimeRef("$dtoi"), [value, Constants.Number(min), Constants.Number(max)]);
        }
        if (from.IsBig())
        {
            if (to.IsFloat())
            {
                var n = new JsCall(new JsIdentifier("Number"), [value]);
                return to == NumericKind.Single ? new JsCall(new JsMember(new JsIdentifier("Math"), "fround"), [n]) : n;
            }
            if (to.IsBig())
                return isChecked ? new JsCall(new JsRuntimeRef(to == NumericKind.Int64 ? "$ck64" : "$cku64"), [value]) : Wrap64(value, to == NumericKind.Int64);
            if (isChecked) return new JsCall(new JsRuntimeRef("$ckBigToNumber"), [value, Constants.Number(min), Constants.Number(max)]);
            var asN = new JsCall(new JsMember(new JsIdentifier("BigInt"), to.IsSigned() ? "asIntN" : "asUintN"), [new JsNumberLiteral(to.Bits()), value]);
            return new JsCall(new JsIdentifier("Number"), [asN]);
        }
        // from a 32-bit-or-smaller integer (a JS number)
        if (to.IsFloat()) return to == NumericKind.Single && from is NumericKind.Int32 or NumericKind.UInt32 ? new JsCall(new JsMember(new JsIdentifier("Math"), "fround"), [value]) : value;
        if (to.IsBig())
        {
            var big = new JsCall(new JsIdentifier("BigInt"), [value]);
            if (to == NumericKind.UInt64 && from.IsSigned())
                return isChecked ? new JsCall(new JsRuntimeRef("$cku64"), [big]) : Wrap64(big, false);
            return big;
        }
        var (fromMin, fromMax) = from.Range();
        if (fromMin >= min && fromMax <= max) return value; // widening
        if (isChecked) return new JsCall(new JsRuntimeRef("$ckRange"), [value, Constants.Number(min), Constants.Number(max)]);
        return WrapTo(value, to);
    }
}
