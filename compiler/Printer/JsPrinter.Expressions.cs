using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Printer;

public sealed partial class JsPrinter
{
    /// <summary>How tightly an expression binds as printed (its own text, before any parentheses).</summary>
    public static Precedence PrecedenceOf(JsExpression expression) => expression switch
    {
        JsSequence => Precedence.Sequence,
        JsAssign or JsArrow or JsYield or JsConditional => Precedence.Assignment,
        JsLogical logical => OperatorTable.Of(logical.Operator),
        JsBinary binary => OperatorTable.Of(binary.Operator),
        JsUnary or JsAwait => Precedence.Unary,
        JsUpdate => Precedence.Update,
        JsNumberLiteral number when JsLiterals.IsNegative(number.Value) => Precedence.Unary,
        JsBigIntLiteral bigint when bigint.Value.Sign < 0 => Precedence.Unary,
        JsCall or JsNew or JsMember or JsIndex => Precedence.Call,
        _ => Precedence.Primary,
    };

    /// <summary>Prints <paramref name="expression"/> where the grammar needs at least <paramref name="required"/>.</summary>
    public void PrintExpression(JsExpression expression, Precedence required = Precedence.Sequence)
    {
        if (PrecedenceOf(expression) < required) PrintParenthesized(expression);
        else PrintBare(expression);
    }

    private void PrintParenthesized(JsExpression expression)
    {
        _out.Write("(");
        PrintBare(expression);
        _out.Write(")");
    }

    private void PrintBare(JsExpression expression)
    {
        _out.Map(expression.Location);
        switch (expression)
        {
            case JsIdentifier { Name: var name }: _out.Write(name); break;
            case JsRuntimeRef { Name: var name }:
                _runtimeNames.Add(name);
                _out.Write(name);
                break;
            case JsThis: _out.Write("this"); break;
            case JsSuper: _out.Write("super"); break;
            case JsNumberLiteral { Value: var value }: _out.Write(JsLiterals.Number(value)); break;
            case JsBigIntLiteral { Value: var value }: _out.Write(JsLiterals.BigInt(value)); break;
            case JsStringLiteral { Value: var value }: _out.Write(JsLiterals.Quote(value)); break;
            case JsBooleanLiteral { Value: var value }: _out.Write(value ? "true" : "false"); break;
            case JsNullLiteral: _out.Write("null"); break;
            case JsUndefined: _out.Write("undefined"); break;
            case JsRegexLiteral regex: _out.Write(JsLiterals.Regex(regex.Pattern, regex.Flags)); break;
            case JsTemplateLiteral template: PrintTemplate(template); break;
            case JsArrayLiteral array:
                _out.Write("[");
                PrintList(array.Elements);
                _out.Write("]");
                break;
            case JsObjectLiteral obj: PrintObject(obj); break;
            case JsMember member: PrintMember(member); break;
            case JsIndex index:
                PrintMemberObject(index.Object);
                _out.Write(index.Optional ? "?.[" : "[");
                PrintExpression(index.Index, Precedence.Sequence);
                _out.Write("]");
                break;
            case JsCall call:
                PrintExpression(call.Callee, Precedence.Call);
                _out.Write(call.Optional ? "?.(" : "(");
                PrintList(call.Arguments);
                _out.Write(")");
                break;
            case JsNew @new:
                _out.Write("new ");
                if (NeedsParenthesesAsNewCallee(@new.Callee)) PrintParenthesized(@new.Callee);
                else PrintBare(@new.Callee);
                _out.Write("(");
                PrintList(@new.Arguments);
                _out.Write(")");
                break;
            case JsSpread { Argument: var argument }:
                _out.Write("...");
                PrintExpression(argument, Precedence.Assignment);
                break;
            case JsUnary unary: PrintUnary(unary); break;
            case JsUpdate update:
                if (update.Prefix) _out.Write(update.Operator);
                PrintExpression(update.Operand, Precedence.Call);
                if (!update.Prefix) _out.Write(update.Operator);
                break;
            case JsBinary binary: PrintBinary(binary.Operator, binary.Left, binary.Right); break;
            case JsLogical logical: PrintBinary(logical.Operator, logical.Left, logical.Right); break;
            case JsAssign assign:
                PrintExpression(assign.Target, Precedence.Call);
                _out.Write($" {assign.Operator} ");
                PrintExpression(assign.Value, Precedence.Assignment);
                break;
            case JsConditional conditional:
                PrintExpression(conditional.Test, Precedence.Nullish);
                _out.Write(" ? ");
                PrintExpression(conditional.WhenTrue, Precedence.Assignment);
                _out.Write(" : ");
                PrintExpression(conditional.WhenFalse, Precedence.Assignment);
                break;
            case JsSequence sequence: PrintList(sequence.Expressions); break;
            case JsAwait { Argument: var argument }:
                _out.Write("await ");
                PrintExpression(argument, Precedence.Unary);
                break;
            case JsYield yield:
                _out.Write(yield.Delegate ? "yield*" : "yield");
                if (yield.Argument is not null)
                {
                    _out.Write(" ");
                    PrintExpression(yield.Argument, Precedence.Assignment);
                }
                break;
            case JsArrow arrow: PrintArrow(arrow); break;
            case JsFunctionExpression { Function: var function }: PrintFunction(function, "function"); break;
            case JsClassExpression { Class: var @class }: PrintClass(@class); break;
            case JsRaw raw:
                if (!raw.IsPrimary) _out.Write("(");
                PrintRawText(raw);
                if (!raw.IsPrimary) _out.Write(")");
                break;
            default:
                throw new NotSupportedException($"the printer has no case for {expression.GetType().Name}");
        }
    }

    private void PrintList(IReadOnlyList<JsExpression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) _out.Write(", ");
            PrintExpression(items[i], Precedence.Assignment);
        }
    }

    private void PrintMember(JsMember member)
    {
        PrintMemberObject(member.Object);
        if (JsLiterals.IsIdentifierName(member.Name) || IsPrivateName(member.Name))
            _out.Write((member.Optional ? "?." : ".") + member.Name);
        else
            _out.Write((member.Optional ? "?.[" : "[") + JsLiterals.Quote(member.Name) + "]");
    }

    /// <summary>The object of <c>.x</c>/<c>[i]</c>: a number literal needs parentheses (<c>(1).x</c>, not <c>1.x</c>).</summary>
    private void PrintMemberObject(JsExpression obj)
    {
        if (obj is JsNumberLiteral or JsBigIntLiteral) PrintParenthesized(obj);
        else PrintExpression(obj, Precedence.Call);
    }

    private static bool IsPrivateName(string name) => name.Length > 1 && name[0] == '#' && JsLiterals.IsIdentifierName(name[1..]);

    /// <summary><c>new a.b()</c> is fine, but a call or optional chain inside the callee must be
    /// parenthesised or <c>new</c> would take the first argument list (or be a syntax error).</summary>
    private static bool NeedsParenthesesAsNewCallee(JsExpression callee)
    {
        if (PrecedenceOf(callee) < Precedence.Call) return true;
        for (var e = callee; ;)
        {
            switch (e)
            {
                case JsCall: return true;
                case JsNew: return false;
                case JsMember { Optional: true } or JsIndex { Optional: true }: return true;
                case JsMember m: e = m.Object; break;
                case JsIndex x: e = x.Object; break;
                default: return false;
            }
        }
    }

    private void PrintUnary(JsUnary unary)
    {
        var op = unary.Operator;
        _out.Write(op);
        if (char.IsLetter(op[^1])) _out.Write(" ");
        // `- -x`, `+ +x`, `- --x` must not fuse into `--x`/`++x`: parenthesise the operand.
        var fuses = op is "-" or "+" && unary.Operand switch
        {
            JsUnary inner => inner.Operator is "-" or "+",
            JsUpdate { Prefix: true } => true,
            JsNumberLiteral n => JsLiterals.IsNegative(n.Value) || double.IsNegativeInfinity(n.Value),
            JsBigIntLiteral b => b.Value.Sign < 0,
            _ => false,
        };
        if (fuses) PrintParenthesized(unary.Operand);
        else PrintExpression(unary.Operand, Precedence.Unary);
    }

    private void PrintBinary(string op, JsExpression left, JsExpression right)
    {
        var level = OperatorTable.Of(op);
        if (op == "**")
        {
            // The base of ** cannot be a unary expression: (-a) ** b.
            PrintExpression(left, Precedence.Update);
            _out.Write(" ** ");
            PrintExpression(right, Precedence.Exponent);
            return;
        }
        if (op == "??")
        {
            // ?? cannot mix with || or && unparenthesised, on either side.
            if (left is JsLogical { Operator: "??" }) PrintBare(left);
            else PrintExpression(left, Precedence.BitwiseOr);
            _out.Write(" ?? ");
            PrintExpression(right, Precedence.BitwiseOr);
            return;
        }
        PrintExpression(left, level);
        _out.Write($" {op} ");
        PrintExpression(right, level + 1);
    }

    private void PrintTemplate(JsTemplateLiteral template)
    {
        _out.Write("`");
        for (var i = 0; i < template.Quasis.Count; i++)
        {
            _out.Write(JsLiterals.TemplateQuasi(template.Quasis[i]));
            if (i >= template.Expressions.Count) continue;
            _out.Write("${");
            PrintExpression(template.Expressions[i], Precedence.Sequence);
            _out.Write("}");
        }
        _out.Write("`");
    }

    private void PrintRawText(JsRaw raw)
    {
        var fragments = raw.Text.Split(JsRaw.HoleMark);
        for (var i = 0; i < fragments.Length; i++)
        {
            _out.WriteVerbatim(ResolveRaw(fragments[i]));
            if (i >= raw.Holes.Count || i == fragments.Length - 1) continue;
            var hole = raw.Holes[i];
            if (hole is JsIdentifier or JsThis or JsLiteral or JsRuntimeRef or JsMember or JsCall or JsIndex) PrintExpression(hole);
            else PrintParenthesized(hole);
        }
    }

    /// <summary>An expression statement cannot start with <c>{</c>, <c>function</c>, <c>class</c> or <c>let [</c>;
    /// nor can an arrow's expression body start with <c>{</c>. Over-approximates: extra parentheses are harmless.</summary>
    private static bool StartsAmbiguously(JsExpression expression) => Leftmost(expression) switch
    {
        JsObjectLiteral or JsFunctionExpression or JsClassExpression => true,
        JsRaw raw => raw.Text.TrimStart() is var t && (t.StartsWith('{') || t.StartsWith(JsRaw.HoleMark) || t.StartsWith("function", StringComparison.Ordinal)
            || t.StartsWith("class", StringComparison.Ordinal) || t.StartsWith("async function", StringComparison.Ordinal)),
        JsIdentifier { Name: "let" } => true,
        _ => false,
    };

    /// <summary>The node whose text comes first when <paramref name="expression"/> is printed.</summary>
    private static JsExpression Leftmost(JsExpression expression)
    {
        while (true)
        {
            JsExpression? next = expression switch
            {
                JsBinary b => b.Left,
                JsLogical l => l.Left,
                JsAssign a => a.Target,
                JsConditional c => c.Test,
                JsSequence { Expressions.Count: > 0 } s => s.Expressions[0],
                JsCall c => c.Callee,
                JsMember m => m.Object,
                JsIndex i => i.Object,
                JsUpdate { Prefix: false } u => u.Operand,
                _ => null,
            };
            if (next is null || (expression is not JsRaw && PrecedenceOf(next) < RequiredForLeft(expression))) return expression;
            expression = next;
        }
    }

    /// <summary>What the left operand of <paramref name="parent"/> needs; a weaker child is parenthesised (so starts with "(").</summary>
    private static Precedence RequiredForLeft(JsExpression parent) => parent switch
    {
        JsBinary { Operator: "**" } => Precedence.Update,
        JsBinary b => OperatorTable.Of(b.Operator),
        JsLogical { Operator: "??" } => Precedence.Nullish,
        JsLogical l => OperatorTable.Of(l.Operator),
        JsConditional => Precedence.Nullish,
        JsSequence => Precedence.Assignment,
        JsUpdate => Precedence.Call,
        _ => Precedence.Call,
    };

    /// <summary>Whether an <c>in</c> operator occurs outside brackets (it would end a for-loop initializer).</summary>
    private static bool ContainsIn(JsExpression expression) => expression switch
    {
        JsBinary { Operator: "in" } => true,
        JsBinary b => ContainsIn(b.Left) || ContainsIn(b.Right),
        JsLogical l => ContainsIn(l.Left) || ContainsIn(l.Right),
        JsAssign a => ContainsIn(a.Value),
        JsConditional c => ContainsIn(c.Test) || ContainsIn(c.WhenTrue) || ContainsIn(c.WhenFalse),
        JsSequence s => s.Expressions.Any(ContainsIn),
        JsUnary u => ContainsIn(u.Operand),
        JsAwait w => ContainsIn(w.Argument),
        JsArrow { Body: JsExpression body } => ContainsIn(body),
        _ => false,
    };
}
