using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public enum TokenKind { Number, Ident, Op, LParen, RParen, Comma, End }

public readonly record struct Token(TokenKind Kind, string Text, int Pos);

public abstract record Expr;
public sealed record Num(double Value) : Expr;
public sealed record Var(string Name) : Expr;
public sealed record Unary(char Op, Expr Operand) : Expr;
public sealed record Binary(char Op, Expr Left, Expr Right) : Expr;
public sealed record Call(string Fn, IReadOnlyList<Expr> Args) : Expr;

public class ParseException : Exception
{
    public int Position { get; }
    public ParseException(string message, int position) : base($"{message} at {position}") { Position = position; }
}

public sealed class EvalException : InvalidOperationException
{
    public EvalException(string message, Exception? inner = null) : base(message, inner) { }
}

public static class Lexer
{
    public static IEnumerable<Token> Lex(string src)
    {
        int i = 0;
        while (i < src.Length)
        {
            char c = src[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c) || c == '.')
            {
                int start = i;
                while (i < src.Length && (char.IsDigit(src[i]) || src[i] == '.' || src[i] == 'e')) i++;
                yield return new Token(TokenKind.Number, src[start..i], start);
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                int start = i;
                while (i < src.Length && (char.IsLetterOrDigit(src[i]) || src[i] == '_')) i++;
                yield return new Token(TokenKind.Ident, src.Substring(start, i - start), start);
                continue;
            }
            var kind = c switch
            {
                '(' => TokenKind.LParen,
                ')' => TokenKind.RParen,
                ',' => TokenKind.Comma,
                '+' or '-' or '*' or '/' or '%' or '^' => TokenKind.Op,
                _ => throw new ParseException($"Unexpected '{c}' (U+{(int)c:X4})", i),
            };
            yield return new Token(kind, c.ToString(), i++);
        }
        yield return new Token(TokenKind.End, "", src.Length);
    }
}

public sealed class Parser
{
    private readonly List<Token> tokens;
    private int pos;
    public Parser(string src) { tokens = Lexer.Lex(src).ToList(); }
    private Token Peek => tokens[pos];
    private Token Next() => tokens[pos++];

    public Expr ParseAll()
    {
        var e = ParseExpr(0);
        if (Peek.Kind != TokenKind.End) throw new ParseException("Trailing " + Peek.Text, Peek.Pos);
        return e;
    }

    private static int Prec(string op) => op switch { "+" or "-" => 1, "*" or "/" or "%" => 2, "^" => 3, _ => -1 };

    private Expr ParseExpr(int min)
    {
        var left = ParseUnary();
        while (Peek is { Kind: TokenKind.Op, Text: var op } && Prec(op) >= min)
        {
            Next();
            var right = ParseExpr(op == "^" ? Prec(op) : Prec(op) + 1);
            left = new Binary(op[0], left, right);
        }
        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek is { Kind: TokenKind.Op, Text: "-" or "+" } t) { Next(); return new Unary(t.Text[0], ParseUnary()); }
        var tok = Next();
        switch (tok.Kind)
        {
            case TokenKind.Number:
                if (!double.TryParse(tok.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new ParseException("Bad number '" + tok.Text + "'", tok.Pos);
                return new Num(v);
            case TokenKind.Ident when Peek.Kind == TokenKind.LParen:
                Next();
                var args = new List<Expr>();
                if (Peek.Kind != TokenKind.RParen)
                {
                    do { args.Add(ParseExpr(0)); } while (Peek.Kind == TokenKind.Comma && Next().Kind == TokenKind.Comma);
                }
                Expect(TokenKind.RParen);
                return new Call(tok.Text, args);
            case TokenKind.Ident:
                return new Var(tok.Text);
            case TokenKind.LParen:
                var inner = ParseExpr(0);
                Expect(TokenKind.RParen);
                return inner;
            default:
                throw new ParseException($"Unexpected {tok.Kind}", tok.Pos);
        }
    }

    private void Expect(TokenKind kind)
    {
        var t = Next();
        if (t.Kind != kind) throw new ParseException($"Expected {kind} but got {t.Kind}", t.Pos);
    }
}

public static class Evaluator
{
    static readonly Dictionary<string, Func<double[], double>> Functions = new()
    {
        ["max"] = a => a.Max(),
        ["min"] = a => a.Min(),
        ["sqrt"] = a => Math.Sqrt(a.Single()),
        ["avg"] = a => a.Average(),
        ["pow"] = a => Math.Pow(a[0], a[1]),
        ["floor"] = a => Math.Floor(a[0]),
        ["round"] = a => Math.Round(a[0], a.Length > 1 ? (int)a[1] : 0),
    };

    public static double Eval(Expr e, IReadOnlyDictionary<string, double> vars) => e switch
    {
        Num n => n.Value,
        Var { Name: var name } => vars.TryGetValue(name, out var v) ? v : throw new EvalException($"Unknown variable {name}"),
        Unary { Op: '-' } u => -Eval(u.Operand, vars),
        Unary u => Eval(u.Operand, vars),
        Binary { Op: '/' } b when Eval(b.Right, vars) == 0 => throw new EvalException("Division by zero", new DivideByZeroException()),
        Binary b => b.Op switch
        {
            '+' => Eval(b.Left, vars) + Eval(b.Right, vars),
            '-' => Eval(b.Left, vars) - Eval(b.Right, vars),
            '*' => Eval(b.Left, vars) * Eval(b.Right, vars),
            '/' => Eval(b.Left, vars) / Eval(b.Right, vars),
            '%' => Eval(b.Left, vars) % Eval(b.Right, vars),
            '^' => Math.Pow(Eval(b.Left, vars), Eval(b.Right, vars)),
            _ => throw new NotSupportedException(b.Op.ToString()),
        },
        Call c when Functions.TryGetValue(c.Fn, out var f) => Apply(c, f, vars),
        Call c => throw new EvalException("Unknown function " + c.Fn + "/" + c.Args.Count),
        _ => throw new ArgumentException("node", nameof(e)),
    };

    static double Apply(Call c, Func<double[], double> f, IReadOnlyDictionary<string, double> vars)
    {
        try { return f(c.Args.Select(a => Eval(a, vars)).ToArray()); }
        catch (InvalidOperationException ex) when (ex is not EvalException)
        {
            throw new EvalException($"{c.Fn} failed: {ex.Message}", ex);
        }
    }

    public static string Show(Expr e) => e switch
    {
        Num n => n.Value.ToString(CultureInfo.InvariantCulture),
        Var v => v.Name,
        Unary u => $"({u.Op}{Show(u.Operand)})",
        Binary b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})",
        Call c => c.Fn + "(" + string.Join(", ", c.Args.Select(Show)) + ")",
        _ => "?",
    };
}

public static class Program
{
    public static void Main()
    {
        var vars = new Dictionary<string, double> { ["x"] = 3, ["y"] = -0.5, ["big"] = 1e300 };
        string[] inputs =
        {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x % 2 + y", "max(1, x, 7) - min(4, y)",
            "sqrt(16) + avg(1,2,3,4)", "10 / (x - 3)", "big * big", "-big * big", "0.1 + 0.2", "1e3 / 7",
            "round(2.5) + round(3.5) + round(-2.5)", "round(1.23456, 3)", "floor(-0.5)", "pow(2, 0.5)",
            "max()", "sqrt(1, 2)", "foo(1)", "z + 1", "1 +", "3 $ 4", "(1", "1.2.3", "5 % -3", "-7 % 3", "0 * -1",
            "x y",
        };
        foreach (var input in inputs)
        {
            try
            {
                var ast = new Parser(input).ParseAll();
                var value = Evaluator.Eval(ast, vars);
                Console.WriteLine($"{input,-40} => {Evaluator.Show(ast)} = {value} ({value:G4}, {value:R})");
            }
            catch (ParseException pe)
            {
                Console.WriteLine($"{input,-40} !! parse: {pe.Message} [{pe.Position}]");
            }
            catch (EvalException ee) when (ee.InnerException is not null)
            {
                Console.WriteLine($"{input,-40} !! eval: {ee.Message} <- {ee.InnerException.GetType().Name}: {ee.InnerException.Message}");
            }
            catch (InvalidOperationException ioe)
            {
                Console.WriteLine($"{input,-40} !! {ioe.GetType().Name}: {ioe.Message}");
            }
        }
        var tree = new Parser("1 + x * 2").ParseAll();
        Console.WriteLine(tree);
        Console.WriteLine(tree == new Parser("1+x*2").ParseAll());
        Console.WriteLine(new Num(1.5) == new Num(1.5));
        Console.WriteLine(new Call("f", new List<Expr>()) == new Call("f", new List<Expr>()));
        Console.WriteLine(string.Join(" ", Lexer.Lex("a1 + 2.5*(b)").Select(t => $"{t.Kind}:{t.Text}@{t.Pos}")));
        Console.WriteLine(Lexer.Lex("x+1").First());
    }
}
