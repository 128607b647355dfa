using System.Text;
using EdgeMirror.Compiler.JsAst;
using EdgeMirror.Compiler.Printer;
using static EdgeMirror.Compiler.Tests.Printer.Js;

namespace EdgeMirror.Compiler.Tests.Printer;

/// <summary>The strongest check of the precedence table: random expression trees are evaluated here
/// (with JavaScript's number semantics) and, printed, by node; any misplaced or missing parenthesis
/// changes a value.</summary>
public sealed class PrintedArithmeticTests
{
    private static readonly string[] BinaryOperators = ["+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "<", "===", "&&", "||", "??"];
    private static readonly string[] UnaryOperators = ["-", "+", "~", "!"];

    [Fact]
    public void Random_expression_trees_evaluate_in_node_to_the_values_of_the_trees()
    {
        var random = new Random(20261128);
        var cases = Enumerable.Range(0, 400).Select(_ => Generate(random, depth: 5)).ToList();

        var script = new StringBuilder("const failures = [];\n");
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = Evaluate(cases[i]);
            script.Append($"{{ const v = {JsPrinter.Print(cases[i])}; const e = {ExpectedLiteral(expected)}; ")
                  .Append($"if (!Object.is(v, e)) failures.push({i} + \": \" + String(v) + \" != \" + String(e)); }}\n");
        }
        script.Append("console.log(failures.length === 0 ? \"ok\" : failures.join(\"\\n\"));\n");

        using var temp = new TempFolder();
        var outcome = Processes.Node(temp.Write("arith.mjs", script.ToString()));
        Assert.Equal("", outcome.StdErr);
        Assert.Equal("ok", outcome.StdOut.Trim());
    }

    private static string ExpectedLiteral(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => double.IsNegative(d) && !double.IsNaN(d) ? $"({JsLiterals.Number(d)})" : JsLiterals.Number(d),
        _ => throw new InvalidOperationException(),
    };

    private static JsExpression Generate(Random random, int depth)
    {
        if (depth == 0 || random.Next(4) == 0)
            return Num(random.Next(-4, 9));
        if (random.Next(6) == 0)
            return Un(UnaryOperators[random.Next(UnaryOperators.Length)], Generate(random, depth - 1));
        if (random.Next(10) == 0)
            return new JsConditional(Generate(random, depth - 1), Generate(random, depth - 1), Generate(random, depth - 1));
        var op = BinaryOperators[random.Next(BinaryOperators.Length)];
        var left = Generate(random, depth - 1);
        // Keep ** exact (small integer exponents) so .NET and V8 agree to the last bit.
        var right = op == "**" ? Num(random.Next(0, 4)) : Generate(random, depth - 1);
        return op is "&&" or "||" or "??" ? Logic(op, left, right) : Bin(op, left, right);
    }

    // JavaScript semantics over numbers and booleans, enough for the generated trees.
    private static object Evaluate(JsExpression expression) => expression switch
    {
        JsNumberLiteral n => n.Value,
        JsUnary u => Unary(u.Operator, Evaluate(u.Operand)),
        JsConditional c => Truthy(Evaluate(c.Test)) ? Evaluate(c.WhenTrue) : Evaluate(c.WhenFalse),
        JsLogical { Operator: "&&" } l => Evaluate(l.Left) is var a && !Truthy(a) ? a : Evaluate(l.Right),
        JsLogical { Operator: "||" } l => Evaluate(l.Left) is var a && Truthy(a) ? a : Evaluate(l.Right),
        JsLogical { Operator: "??" } l => Evaluate(l.Left),
        JsBinary b => Binary(b.Operator, Evaluate(b.Left), Evaluate(b.Right)),
        _ => throw new InvalidOperationException(expression.GetType().Name),
    };

    private static bool Truthy(object v) => v switch { bool b => b, double d => d != 0 && !double.IsNaN(d), _ => true };
    private static double Number(object v) => v switch { bool b => b ? 1 : 0, double d => d, _ => double.NaN };

    private static int ToInt32(object v)
    {
        var d = Number(v);
        if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
        var t = Math.Truncate(d);
        var m = t % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return unchecked((int)(uint)m);
    }

    private static object Unary(string op, object v) => op switch
    {
        "-" => -Number(v),
        "+" => Number(v),
        "~" => (double)~ToInt32(v),
        "!" => !Truthy(v),
        _ => throw new InvalidOperationException(op),
    };

    private static object Binary(string op, object a, object b) => op switch
    {
        "+" => Number(a) + Number(b),
        "-" => Number(a) - Number(b),
        "*" => Number(a) * Number(b),
        "/" => Number(a) / Number(b),
        "%" => JsRemainder(Number(a), Number(b)),
        "**" => Math.Pow(Number(a), Number(b)),
        "<<" => (double)(ToInt32(a) << (ToInt32(b) & 31)),
        ">>" => (double)(ToInt32(a) >> (ToInt32(b) & 31)),
        ">>>" => (double)((uint)ToInt32(a) >> (ToInt32(b) & 31)),
        "&" => (double)(ToInt32(a) & ToInt32(b)),
        "|" => (double)(ToInt32(a) | ToInt32(b)),
        "^" => (double)(ToInt32(a) ^ ToInt32(b)),
        "<" => Number(a) < Number(b),
        "===" => a is bool x && b is bool y ? x == y : a is double p && b is double q && p == q,
        _ => throw new InvalidOperationException(op),
    };

    private static double JsRemainder(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || b == 0) return double.NaN;
        if (double.IsInfinity(b)) return a;
        var r = a % b;   // .NET's % on doubles is fmod, like JS; keep the sign of zero from the dividend
        return r == 0 ? (double.IsNegative(a) ? -0.0 : 0.0) : r;
    }
}
