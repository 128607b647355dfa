using EdgeMirror.Compiler.JsAst;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>String building: concatenation and interpolation print each value as .NET would
/// (char as a character, bool as True/False, doubles in .NET's shortest form, null as "").</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>A JS string for a value of the given static type, as string concatenation prints it.</summary>
    public static JsExpression Stringify(ModuleLowerer module, JsExpression value, ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
        {
            var inner = n.TypeArguments[0];
            if (inner.SpecialType is SpecialType.System_Char or SpecialType.System_Boolean || inner.TypeKind == TypeKind.Enum || NumericKinds.Of(inner).IsFloat())
                return new JsCall(new JsRuntimeRef("$toStringNullable"), [value, TypeHint(module, inner)]);
            return new JsCall(new JsRuntimeRef("$toString"), [value]);
        }
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return value is JsStringLiteral or JsTemplateLiteral || value is JsBinary { Operator: "+" } ? value : new JsLogical("??", value, new JsStringLiteral(""));
            case SpecialType.System_Char:
                return value is JsNumberLiteral c ? new JsStringLiteral(((char)c.Value).ToString()) : new JsCall(new JsMember(new JsIdentifier("String"), "fromCharCode"), [value]);
            case SpecialType.System_Boolean:
                return value is JsBooleanLiteral b ? new JsStringLiteral(b.Value ? "True" : "False") : new JsConditional(value, new JsStringLiteral("True"), new JsStringLiteral("False"));
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                return new JsCall(new JsIdentifier("String"), [value]);
            case SpecialType.System_Single:
                return new JsCall(new JsRuntimeRef("$floatToString"), [value]);
            case SpecialType.System_Double:
                return new JsCall(new JsRuntimeRef("$doubleToString"), [value]);
        }
        if (type.TypeKind == TypeKind.Enum && EnumTypeObjects.ForPrinting(type, module.Table) is { } enumType)
            return new JsCall(new JsRuntimeRef("$enumToString"), [enumType, value]);
        if (ClrTypeNames.PrintedName(type) is { } printedName)
            return new JsCall(new JsRuntimeRef("$toStringNamed"), [value, new JsStringLiteral(printedName)]);
        return new JsCall(new JsRuntimeRef("$toString"), [KeyValuePairTyped(module, value, type) ?? value]);
    }

    private static JsExpression TypeHint(ModuleLowerer module, ITypeSymbol t) =>
        t.TypeKind == TypeKind.Enum ? EnumTypeObjects.ForPrinting(t, module.Table) ?? new JsNullLiteral() : new JsRuntimeRef(Semantics.EmitTable.PrimitiveTypeName(t) ?? "$Object");

    private JsExpression StringConcat(IBinaryOperation bin)
    {
        var parts = new List<JsExpression>();
        Collect(bin, parts);
        // Adjacent literal parts are merged; the result is a JS template literal or a + chain.
        // a constant folded into text joins the literal beside it: "URL longer than " + 4096 → "URL longer than 4096"
        for (var i = parts.Count - 1; i > 0; i--)
            if (parts[i] is JsStringLiteral right && parts[i - 1] is JsStringLiteral left)
            {
                parts[i - 1] = new JsStringLiteral(left.Value + right.Value);
                parts.RemoveAt(i);
            }
        JsExpression? result = null;
        foreach (var part in parts)
            result = result is null ? part : new JsBinary("+", result, part);
        if (parts.Count == 1) return result is JsStringLiteral ? result : new JsBinary("+", new JsStringLiteral(""), result!);
        return result!;
    }

    private void Collect(IOperation op, List<JsExpression> parts)
    {
        if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null or { ContainingType.SpecialType: SpecialType.System_String } } b
            && b.Type?.SpecialType == SpecialType.System_String && !op.ConstantValue.HasValue)
        {
            Collect(b.LeftOperand, parts);
            Collect(b.RightOperand, parts);
            return;
        }
        var inner = op;
        while (inner is IConversionOperation { IsImplicit: true } c && (c.IsBoxing() || c.Conversion.IsReference || c.Conversion.IsIdentity)) inner = c.Operand;
        var type = inner.Type ?? op.Type!;
        var value = LowerValueCore(inner);
        if (type.SpecialType == SpecialType.System_String && (value is JsStringLiteral || NeverNullStrings.Holds(inner))) { parts.Add(value); return; }
        // a numeric constant prints at compile time as .NET prints it (invariant culture, as the runtime does);
        // an enum constant is a number too, but prints its name
        if ((IsInteger(type) || type.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
            && inner.ConstantValue is { HasValue: true, Value: { } constant } && NumberText(constant) is { } text) { parts.Add(new JsStringLiteral(text)); return; }
        // after a string, JS `+` converts an integer (number or BigInt) exactly as String() does
        if (parts.Count > 0 && IsInteger(type)) { parts.Add(value); return; }
        parts.Add(StringifyTyped(value, type) ?? Stringify(module, value, type));
    }

    private static bool IsInteger(ITypeSymbol type) => type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private static string? NumberText(object constant) => constant switch
    {
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        float f => f.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private JsExpression InterpolatedString(IInterpolatedStringOperation interp)
    {
        var quasis = new List<string>();
        var expressions = new List<JsExpression>();
        var current = new System.Text.StringBuilder();
        foreach (var part in interp.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    current.Append(text.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation hole:
                {
                    var value = InterpolationHole(hole.Expression, hole.Alignment, hole.FormatString);
                    quasis.Add(current.ToString());
                    current.Clear();
                    expressions.Add(value);
                    break;
                }
            }
        }
        quasis.Add(current.ToString());
        if (expressions.Count == 0) return new JsStringLiteral(quasis[0]);
        return new JsTemplateLiteral(quasis, expressions);
    }

    /// <summary>One hole of an interpolated string, as .NET formats it (alignment and format included).</summary>
    private JsExpression InterpolationHole(IOperation expression, IOperation? alignment, IOperation? format)
    {
        var inner = expression;
        while (inner is IConversionOperation { IsImplicit: true } c && (c.IsBoxing() || c.Conversion.IsReference)) inner = c.Operand;
        var type = inner.Type ?? expression.Type!;
        JsExpression value;
        if (alignment is null && format is null)
        {
            var v = LowerValueCore(inner);
            value = type.SpecialType == SpecialType.System_String && NeverNullStrings.Holds(inner) ? v : StringifyTyped(v, type) ?? Stringify(module, v, type);
        }
        else
        {
            var v = LowerValueCore(inner);
            v = BoxTyped(v, type) ?? v;
            // a null T? formats as ""; a value formats as its T does
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            var kind = NumericKinds.Of(type) switch
            {
                NumericKind.Char => "char",
                NumericKind.Single => "float",
                NumericKind.Double => "double",
                NumericKind.None or NumericKind.Boolean or NumericKind.Decimal => null,
                NumericKind.Int8 => "sbyte",
                NumericKind.Int16 => "short",
                _ => "int",
            };
            if (type.TypeKind == TypeKind.Enum && EnumTypeObjects.ForPrinting(type, table) is { } et)
            {
                v = format is null ? new JsCall(new JsRuntimeRef("$enumToString"), [et, v])
                    : new JsCall(new JsRuntimeRef("$enumFormat"), [et, v, LowerValue(format)]);
                kind = null;
            }
            var align = alignment is null ? (JsExpression)new JsNumberLiteral(0) : LowerValue(alignment);
            var formatString = format is null || type.TypeKind == TypeKind.Enum ? (JsExpression)new JsNullLiteral() : LowerValue(format);
            value = kind is null
                ? new JsCall(new JsRuntimeRef("$formatValue"), [v, align, formatString])
                : new JsCall(new JsRuntimeRef("$formatValue"), [v, align, formatString, new JsStringLiteral(kind)]);
        }
        return value;
    }
}
