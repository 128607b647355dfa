using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public enum Kind { Number, Ident, Op, LParen, RParen, End }
public readonly record struct Token(Kind Kind, string Text, int Pos)
{
    public override string ToString() => Kind == Kind.End ? "<end>" : $"{Kind}:{Text}@{Pos}";
}

public sealed class CalcError : Exception
{
    public int Position { get; }
    public CalcError(string message, int position) : base($"{message} at {position}") { Position = position; }
}

public sealed class Lexer
{
    private readonly string src;
    private int pos;
    public Lexer(string src) { this.src = src; }
    public IEnumerable<Token> Tokens()
    {
        while (true)
        {
            while (pos < src.Length && char.IsWhiteSpace(src, pos)) pos++;
            if (pos >= src.Length) { yield return new Token(Kind.End, "", pos); yield break; }
            char c = src[pos];
            int start = pos;
            switch (c)
            {
                case >= '0' and <= '9':
                case '.':
                    while (pos < src.Length && (char.IsDigit(src[pos]) || src[pos] == '.' || src[pos] == 'e')) pos++;
                    yield return new Token(Kind.Number, src[start..pos], start);
                    break;
                case '(': pos++; yield return new Token(Kind.LParen, "(", start); break;
                case ')': pos++; yield return new Token(Kind.RParen, ")", start); break;
                case '+' or '-' or '*' or '/' or '^' or '%':
                    pos++; yield return new Token(Kind.Op, c.ToString(), start); break;
                default:
                    if (char.IsLetter(c) || c == '_')
                    {
                        var sb = new StringBuilder();
                        while (pos < src.Length && (char.IsLetterOrDigit(src[pos]) || src[pos] == '_')) sb.Append(src[pos++]);
                        yield return new Token(Kind.Ident, sb.ToString(), start);
                        break;
                    }
                    throw new CalcError($"unexpected '{c}' (U+{(int)c:X4})", pos);
            }
        }
    }
}

public sealed class Parser
{
    private readonly List<Token> toks;
    private int i;
    private readonly Dictionary<string, double> vars;
    public Parser(IEnumerable<Token> tokens, Dictionary<string, double> vars) { toks = tokens.ToList(); this.vars = vars; }
    private Token Peek => toks[i];
    private Token Next() => toks[i++];
    public double Parse() { var v = Expr(); if (Peek.Kind != Kind.End) throw new CalcError("trailing " + Peek, Peek.Pos); return v; }
    private double Expr()
    {
        var v = Term();
        while (Peek is { Kind: Kind.Op, Text: "+" or "-" } op) { Next(); v = op.Text == "+" ? v + Term() : v - Term(); }
        return v;
    }
    private double Term()
    {
        var v = Power();
        while (Peek is { Kind: Kind.Op, Text: var t } && t is "*" or "/" or "%")
        {
            Next();
            var r = Power();
            v = t switch { "*" => v * r, "/" => v / r, _ => v % r };
        }
        return v;
    }
    private double Power()
    {
        var b = Unary();
        if (Peek is { Kind: Kind.Op, Text: "^" }) { Next(); return Math.Pow(b, Power()); }
        return b;
    }
    private double Unary()
    {
        if (Peek is { Kind: Kind.Op, Text: "-" }) { Next(); return -Unary(); }
        var t = Next();
        switch (t.Kind)
        {
            case Kind.Number:
                if (!double.TryParse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) throw new CalcError("bad number " + t.Text, t.Pos);
                return d;
            case Kind.Ident when Peek.Kind == Kind.LParen:
                Next();
                var arg = Expr();
                Expect(Kind.RParen);
                return t.Text switch
                {
                    "sqrt" => Math.Sqrt(arg),
                    "abs" => Math.Abs(arg),
                    "round" => Math.Round(arg),
                    "floor" => Math.Floor(arg),
                    _ => throw new CalcError("unknown function " + t.Text, t.Pos),
                };
            case Kind.Ident:
                return vars.TryGetValue(t.Text, out var v) ? v : throw new CalcError($"unknown variable '{t.Text}'", t.Pos);
            case Kind.LParen:
                var inner = Expr();
                Expect(Kind.RParen);
                return inner;
            default:
                throw new CalcError("unexpected " + t, t.Pos);
        }
    }
    private void Expect(Kind k) { var t = Next(); if (t.Kind != k) throw new CalcError($"expected {k} got {t.Kind}", t.Pos); }
}

public static class Program
{
    public static void Main()
    {
        var vars = new Dictionary<string, double> { ["pi"] = Math.PI, ["x"] = 2.5, ["big"] = 1e21 };
        string[] inputs = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 4", "10 % 4 + 7 / 2", "sqrt(2) * sqrt(2)", "round(2.5) + round(3.5)",
            "pi * x ^ 2", "big * 10", "1 / 0", "-1 / 0", "0 / 0", "abs(-0)", "floor(-2.5)", "1.5e3 + .5", "1 +", "foo(2)", "y + 1", "3 $ 4", "(1", "1.2.3", "2 3" };
        foreach (var s in inputs)
        {
            try
            {
                var tokens = new Lexer(s).Tokens().ToList();
                var v = new Parser(tokens, vars).Parse();
                Console.WriteLine($"{s,-22} = {v} | {v:R} | {v:G5} | {v.ToString("0.###", CultureInfo.InvariantCulture)} | {tokens.Count}");
            }
            catch (CalcError e) { Console.WriteLine($"{s,-22} ! {e.Message} [{e.Position}]"); }
        }
        Console.WriteLine(string.Join(" ", new Lexer("a_1+(22.5*b)").Tokens()));
        var counts = new Lexer("x + y * (z - 1) / 2").Tokens().GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine(string.Join(",", counts));
        Console.WriteLine(Enum.GetValues<Kind>().Length + " " + (Kind)3 + " " + (Kind)42 + " " + Enum.IsDefined(typeof(Kind), 5) + " " + Kind.Op.CompareTo(Kind.Number) + " " + string.Join("|", Enum.GetNames<Kind>()));
    }
}
