namespace EdgeMirror.Compiler.Printer;

/// <summary>ECMAScript expression precedence, loosest first. A child printed where a tighter
/// level is required gets parentheses; that one rule replaces ad-hoc parenthesising.</summary>
public enum Precedence
{
    Sequence,
    /// <summary>AssignmentExpression: assignment, arrow functions, yield, conditional.</summary>
    Assignment,
    /// <summary><c>??</c>: below <c>||</c> so that mixing the two always gets parentheses, as the grammar demands.</summary>
    Nullish,
    LogicalOr,
    LogicalAnd,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    Equality,
    Relational,
    Shift,
    Additive,
    Multiplicative,
    Exponent,
    Unary,
    Update,
    /// <summary>Member access, calls and <c>new</c> with arguments (LeftHandSideExpression).</summary>
    Call,
    Primary,
}

/// <summary>The binary and logical operators' levels.</summary>
public static class OperatorTable
{
    private static readonly Dictionary<string, Precedence> Binary = new(StringComparer.Ordinal)
    {
        ["??"] = Precedence.Nullish,
        ["||"] = Precedence.LogicalOr,
        ["&&"] = Precedence.LogicalAnd,
        ["|"] = Precedence.BitwiseOr,
        ["^"] = Precedence.BitwiseXor,
        ["&"] = Precedence.BitwiseAnd,
        ["=="] = Precedence.Equality, ["!="] = Precedence.Equality,
        ["==="] = Precedence.Equality, ["!=="] = Precedence.Equality,
        ["<"] = Precedence.Relational, [">"] = Precedence.Relational,
        ["<="] = Precedence.Relational, [">="] = Precedence.Relational,
        ["instanceof"] = Precedence.Relational, ["in"] = Precedence.Relational,
        ["<<"] = Precedence.Shift, [">>"] = Precedence.Shift, [">>>"] = Precedence.Shift,
        ["+"] = Precedence.Additive, ["-"] = Precedence.Additive,
        ["*"] = Precedence.Multiplicative, ["/"] = Precedence.Multiplicative, ["%"] = Precedence.Multiplicative,
        ["**"] = Precedence.Exponent,
    };

    public static Precedence Of(string binaryOperator) =>
        Binary.TryGetValue(binaryOperator, out var level)
            ? level
            : throw new ArgumentException($"unknown JavaScript binary operator '{binaryOperator}'", nameof(binaryOperator));

    /// <summary>Exponentiation groups right to left; every other binary operator left to right.</summary>
    public static bool IsRightAssociative(string binaryOperator) => binaryOperator == "**";
}
