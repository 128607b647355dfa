using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

public interface IVisitor<out R> { R Num(Num n); R Var(Var v); R Bin(Bin b); R Neg(Neg n); R Call(Call c); }
public abstract class Expr
{
    public abstract R Accept<R>(IVisitor<R> v);
    public override string ToString() => Accept(new Printer());
    public static implicit operator Expr(double d) => new Num(d);
    public static Expr operator +(Expr a, Expr b) => new Bin('+', a, b);
    public static Expr operator *(Expr a, Expr b) => new Bin('*', a, b);
}
public sealed class Num : Expr { public readonly double V; public Num(double v) { V = v; } public override R Accept<R>(IVisitor<R> v) => v.Num(this); }
public sealed class Var : Expr { public readonly string Name; public Var(string n) { Name = n; } public override R Accept<R>(IVisitor<R> v) => v.Var(this); }
public sealed class Neg : Expr { public readonly Expr E; public Neg(Expr e) { E = e; } public override R Accept<R>(IVisitor<R> v) => v.Neg(this); }
public sealed class Bin : Expr
{
    public readonly char Op; public readonly Expr L, R;
    public Bin(char op, Expr l, Expr r) { Op = op; L = l; R = r; }
    public override R1 Accept<R1>(IVisitor<R1> v) => v.Bin(this);
}
public sealed class Call : Expr
{
    public readonly string Fn; public readonly List<Expr> Args;
    public Call(string fn, IEnumerable<Expr> args) { Fn = fn; Args = args.ToList(); }
    public override R Accept<R>(IVisitor<R> v) => v.Call(this);
}

public class Printer : IVisitor<string>
{
    static int Prec(char op) => op switch { '+' or '-' => 1, '*' or '/' or '%' => 2, '^' => 3, _ => 0 };
    public string Num(Num n) => n.V.ToString(CultureInfo.InvariantCulture);
    public string Var(Var v) => v.Name;
    public string Neg(Neg n) => "-" + Wrap(n.E, 4);
    public string Bin(Bin b) => $"{Wrap(b.L, Prec(b.Op))} {b.Op} {Wrap(b.R, Prec(b.Op) + (b.Op == '^' ? 0 : 1))}";
    public string Call(Call c) => c.Fn + "(" + string.Join(", ", c.Args.Select(a => a.Accept(this))) + ")";
    string Wrap(Expr e, int min) => e is Bin b && Prec(b.Op) < min ? "(" + e.Accept(this) + ")" : e.Accept(this);
}
public class Evaluator : IVisitor<double>
{
    private readonly Dictionary<string, double> env;
    private static readonly Dictionary<string, Func<double[], double>> fns = new()
    {
        ["max"] = a => a.Max(), ["min"] = a => a.Min(), ["sqrt"] = a => Math.Sqrt(a[0]), ["avg"] = a => a.Average(),
        ["hyp"] = a => Math.Sqrt(a.Sum(x => x * x)),
    };
    public Evaluator(Dictionary<string, double> env) { this.env = env; }
    public double Num(Num n) => n.V;
    public double Var(Var v) => env.TryGetValue(v.Name, out var x) ? x : throw new KeyNotFoundException($"unbound '{v.Name}'");
    public double Neg(Neg n) => -n.E.Accept(this);
    public double Bin(Bin b)
    {
        double l = b.L.Accept(this), r = b.R.Accept(this);
        return b.Op switch
        {
            '+' => l + r, '-' => l - r, '*' => l * r, '^' => Math.Pow(l, r), '%' => l % r,
            '/' when r == 0 => throw new DivideByZeroException(),
            '/' => l / r,
            _ => throw new NotSupportedException("op " + b.Op),
        };
    }
    public double Call(Call c) => fns.TryGetValue(c.Fn, out var f) ? f(c.Args.Select(a => a.Accept(this)).ToArray()) : throw new ArgumentException("no function", c.Fn);
}
public class VarCounter : IVisitor<IEnumerable<string>>
{
    public IEnumerable<string> Num(Num n) => Enumerable.Empty<string>();
    public IEnumerable<string> Var(Var v) { yield return v.Name; }
    public IEnumerable<string> Neg(Neg n) => n.E.Accept(this);
    public IEnumerable<string> Bin(Bin b) => b.L.Accept(this).Concat(b.R.Accept(this));
    public IEnumerable<string> Call(Call c) => c.Args.SelectMany(a => a.Accept(this));
}

public class ParseException : FormatException { public int Pos; public ParseException(string m, int p) : base($"{m} at {p}") { Pos = p; } }
public class Parser
{
    private readonly string s; private int i;
    public Parser(string s) { this.s = s; }
    public static Expr Parse(string s) { var p = new Parser(s); var e = p.Sum(); p.Ws(); if (p.i < s.Length) throw new ParseException($"unexpected '{s[p.i]}'", p.i); return e; }
    void Ws() { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
    bool Eat(char c) { Ws(); if (i < s.Length && s[i] == c) { i++; return true; } return false; }
    Expr Sum() { var e = Prod(); while (true) { if (Eat('+')) e = new Bin('+', e, Prod()); else if (Eat('-')) e = new Bin('-', e, Prod()); else return e; } }
    Expr Prod() { var e = Unary(); while (true) { Ws(); if (i < s.Length && "*/%".IndexOf(s[i]) >= 0) { char op = s[i++]; e = new Bin(op, e, Unary()); } else return e; } }
    Expr Unary() => Eat('-') ? new Neg(Unary()) : Pow();
    Expr Pow() { var b = Atom(); return Eat('^') ? new Bin('^', b, Unary()) : b; }
    Expr Atom()
    {
        Ws();
        if (Eat('(')) { var e = Sum(); if (!Eat(')')) throw new ParseException("expected ')'", i); return e; }
        int st = i;
        if (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) { while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.' || s[i] == 'e')) i++; return new Num(double.Parse(s.Substring(st, i - st), CultureInfo.InvariantCulture)); }
        if (i < s.Length && char.IsLetter(s[i]))
        {
            while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            string name = s[st..i];
            if (!Eat('(')) return new Var(name);
            var args = new List<Expr>();
            if (!Eat(')')) { do args.Add(Sum()); while (Eat(',')); if (!Eat(')')) throw new ParseException("expected ')' after args", i); }
            return new Call(name, args);
        }
        throw new ParseException(i < s.Length ? $"bad char '{s[i]}'" : "unexpected end", i);
    }
}

public static class Program
{
    public static void Main()
    {
        var env = new Dictionary<string, double>(StringComparer.Ordinal) { ["x"] = 3, ["y"] = -0.5, ["big"] = 1e300 };
        string[] inputs = { "1 + 2 * 3", "(1 + 2) * 3", "-x ^ 2", "2 ^ 3 ^ 2", "x / (y + 0.5)", "10 % 4 - -3", "max(x, y, 7) + sqrt(16)",
            "avg(1,2,3,4) * hyp(3, 4)", "big * big", "-big * big", "0 / 0 * 1", "z + 1", "foo(1)", "1 +", "(2", "3 $ 4", "1.5e3 / 7", "min()", "1 / 0" };
        foreach (var text in inputs)
        {
            try
            {
                var e = Parser.Parse(text);
                var vars = e.Accept(new VarCounter()).Distinct().OrderBy(v => v).ToList();
                double r = e.Accept(new Evaluator(env));
                Console.WriteLine($"{text,-26} => {e,-28} = {r,-12} [{string.Join(",", vars)}] {r:0.###E+00}");
            }
            catch (ParseException pe) { Console.WriteLine($"{text,-26} !! parse: {pe.Message} (pos {pe.Pos}) {pe is FormatException}"); }
            catch (Exception ex) when (ex is KeyNotFoundException || ex is ArgumentException) { Console.WriteLine($"{text,-26} !! {ex.GetType().Name}: {ex.Message}"); }
            catch (Exception ex) { Console.WriteLine($"{text,-26} !! {ex.GetType().FullName}: {ex.Message}"); }
        }
        Expr built = (new Var("a") + 2.0) * new Neg(new Var("b") * 1.5);
        Console.WriteLine(built);
        env["a"] = 1; env["b"] = 2;
        Console.WriteLine(built.Accept(new Evaluator(env)));
        var sb = new StringBuilder();
        foreach (var kv in env.OrderByDescending(kv => kv.Key)) sb.Append(kv.Key).Append('=').Append(kv.Value).Append(' ');
        Console.WriteLine(sb.ToString().Trim());
    }
}
