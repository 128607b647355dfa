using System.Globalization;
using System.Text;
using EdgeMirror.Compiler.JsAst;

namespace EdgeMirror.Compiler.Lowering;

/// <summary>Expands a [Template]/BCL template or Script.Write text with its holes filled in.
/// Templates are parsed into JS AST when they are plain expressions (calls, members, operators,
/// <c>new</c>, literals), so precedence and source maps stay right; anything else becomes JsRaw
/// whose holes stay expressions (printed in parentheses unless primary).</summary>
public static class TemplateExpander
{
    /// <summary>A hole's value: one expression, or (for <c>{*name}</c>) a list spread as arguments.</summary>
    public delegate JsExpression? HoleResolver(string name, bool spread, out IReadOnlyList<JsExpression>? spreadItems);

    public static JsExpression Expand(string template, HoleResolver resolve)
    {
        try
        {
            var parser = new Parser(template, resolve);
            var result = parser.ParseExpression();
            parser.ExpectEnd();
            return ConstantArgumentHelpers.Narrow(result);
        }
        catch (FormatException)
        {
            return Raw(template, resolve);
        }
    }

    /// <summary>For <c>new @X({a}, {b})</c> templates: the hole names in argument order, else null.</summary>
    public static IReadOnlyList<string>? NewArguments(string template)
    {
        var t = template.Trim();
        if (!t.StartsWith("new @", StringComparison.Ordinal) || !t.EndsWith(')')) return null;
        var open = t.IndexOf('(');
        if (open < 0) return null;
        var inner = t[(open + 1)..^1];
        if (inner.Trim().Length == 0) return [];
        var parts = inner.Split(',').Select(p => p.Trim()).ToList();
        // A `null`/`undefined` placeholder keeps later holes in place (e.g. `new @ArgumentException({message}, null, {paramName})`);
        // its name matches no parameter, so the caller passes undefined there.
        if (parts.Any(p => !(p.StartsWith('{') && p.EndsWith('}')) && p is not ("null" or "undefined"))) return null;
        return parts.Select(p => p.StartsWith('{') ? p[1..^1] : p).ToList();
    }

    private static JsExpression Raw(string template, HoleResolver resolve)
    {
        var sb = new StringBuilder();
        var holes = new List<JsExpression>();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template.IndexOf('}', i);
                if (end > i)
                {
                    var name = template[(i + 1)..end];
                    var spread = name.StartsWith('*');
                    if (spread) name = name[1..];
                    if (IsHoleName(name))
                    {
                        var value = resolve(name, spread, out var items);
                        if (items is not null) sb.AppendJoin(", ", items.Select(item => Hole(item, holes)));
                        else if (value is not null) sb.Append(spread ? "..." + Hole(value, holes) : Hole(value, holes));
                        i = end;
                        continue;
                    }
                }
            }
            sb.Append(c);
        }
        return new JsRaw(sb.ToString()) { Holes = holes };
    }

    // Holes stay AST inside the raw text, so the JS-level passes still reach the expressions in them.
    private static string Hole(JsExpression e, List<JsExpression> holes)
    {
        holes.Add(e);
        return JsRaw.HoleMark.ToString();
    }

    private static bool IsHoleName(string s) => s.Length > 0 && s.All(ch => char.IsLetterOrDigit(ch) || ch == '_');


    private sealed class Parser(string text, HoleResolver resolve)
    {
        private int pos;

        private static FormatException Fail() => new("not a plain expression");

        private void SkipSpace() { while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++; }

        private bool Peek(string s) { SkipSpace(); return string.CompareOrdinal(text, pos, s, 0, s.Length) == 0; }

        private bool Eat(string s)
        {
            if (!Peek(s)) return false;
            pos += s.Length;
            return true;
        }

        private void Expect(string s) { if (!Eat(s)) throw Fail(); }

        public void ExpectEnd() { SkipSpace(); if (pos != text.Length) throw Fail(); }

        public JsExpression ParseExpression()
        {
            var test = ParseBinary(0);
            if (Peek("?") && !Peek("??") && !Peek("?."))
            {
                pos++;
                var whenTrue = ParseExpression();
                Expect(":");
                var whenFalse = ParseExpression();
                return new JsConditional(test, whenTrue, whenFalse);
            }
            return test;
        }

        private static readonly string[][] Levels =
        [
            ["??"], ["||"], ["&&"], ["|"], ["^"], ["&"], ["===", "!==", "==", "!="],
            ["<=", ">=", "<", ">", "instanceof", "in"], [">>>", "<<", ">>"], ["+", "-"], ["*", "/", "%"], ["**"],
        ];

        private JsExpression ParseBinary(int level)
        {
            if (level == Levels.Length) return ParseUnary();
            var left = ParseBinary(level + 1);
            while (true)
            {
                string? op = null;
                foreach (var candidate in Levels[level])
                {
                    if (!Peek(candidate)) continue;
                    // don't split longer operators (e.g. '|' of '||', '=' of '=>')
                    var after = pos + candidate.Length < text.Length ? text[pos + candidate.Length] : '\0';
                    if (candidate is "|" && after == '|' || candidate is "&" && after == '&' || candidate is "<" or ">" && after is '<' or '>' or '='
                        || candidate is "*" && after == '*' || candidate.All(char.IsLetter) && (char.IsLetterOrDigit(after) || after == '_')
                        || after == '=' && candidate is not ("===" or "!==" or "==" or "!=" or "<=" or ">="))
                        continue;
                    op = candidate;
                    break;
                }
                if (op is null) return left;
                pos += op.Length;
                var right = ParseBinary(level + 1);
                left = op is "&&" or "||" or "??" ? new JsLogical(op, left, right) : new JsBinary(op, left, right);
            }
        }

        private JsExpression ParseUnary()
        {
            foreach (var op in new[] { "!", "-", "+", "~", "typeof ", "void ", "await " })
            {
                if (!Peek(op) || op is "-" or "+" && (Peek("--") || Peek("++"))) continue;
                pos += op.Length;
                var operand = ParseUnary();
                return op == "await " ? new JsAwait(operand) : new JsUnary(op.Trim(), operand);
            }
            return ParsePostfix(ParsePrimary());
        }

        private JsExpression ParsePostfix(JsExpression e)
        {
            while (true)
            {
                if (Eat("?.["))
                {
                    var index = ParseExpression();
                    Expect("]");
                    e = new JsIndex(e, index, Optional: true);
                }
                else if (Eat("?.("))
                {
                    e = new JsCall(e, ParseArguments(")"), Optional: true);
                }
                else if (Eat("?."))
                {
                    e = new JsMember(e, ParseIdentifier(), Optional: true);
                }
                else if (Eat("."))
                {
                    e = new JsMember(e, ParseIdentifier());
                }
                else if (Eat("["))
                {
                    var index = ParseExpression();
                    Expect("]");
                    e = new JsIndex(e, index);
                }
                else if (Eat("("))
                {
                    e = new JsCall(e, ParseArguments(")"));
                }
                else return e;
            }
        }

        private List<JsExpression> ParseArguments(string close)
        {
            var args = new List<JsExpression>();
            if (Eat(close)) return args;
            while (true)
            {
                if (Peek("{*"))
                {
                    var (name, _) = ReadHole();
                    var value = resolve(name, true, out var items);
                    if (items is not null) args.AddRange(items);
                    else if (value is not null) args.Add(new JsSpread(value));
                }
                else if (Eat("...")) args.Add(new JsSpread(ParseExpression()));
                else args.Add(ParseExpression());
                if (Eat(close)) return args;
                Expect(",");
            }
        }

        private (string Name, bool Spread) ReadHole()
        {
            SkipSpace();
            var end = text.IndexOf('}', pos);
            if (end < 0) throw Fail();
            var name = text[(pos + 1)..end];
            pos = end + 1;
            var spread = name.StartsWith('*');
            return (spread ? name[1..] : name, spread);
        }

        private string ParseIdentifier()
        {
            SkipSpace();
            var start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '$')) pos++;
            if (pos == start) throw Fail();
            return text[start..pos];
        }

        private JsExpression ParsePrimary()
        {
            SkipSpace();
            if (pos >= text.Length) throw Fail();
            var c = text[pos];
            if (c == '{')
            {
                var (name, spread) = ReadHole();
                if (spread || !IsHoleName(name)) throw Fail();
                return resolve(name, false, out _) ?? throw Fail();
            }
            if (c == '@')
            {
                pos++;
                return new JsRuntimeRef("$" + ParseIdentifier());
            }
            if (c == '(')
            {
                pos++;
                var inner = ParseExpression();
                Expect(")");
                return inner;
            }
            if (c == '[')
            {
                pos++;
                return new JsArrayLiteral(ParseArguments("]"));
            }
            if (c is '"' or '\'') return ParseString(c);
            if (char.IsDigit(c)) return ParseNumber();
            if (char.IsLetter(c) || c is '_' or '$')
            {
                var id = ParseIdentifier();
                switch (id)
                {
                    case "new":
                    {
                        var callee = ParseNewCallee();
                        var args = Eat("(") ? ParseArguments(")") : [];
                        return new JsNew(callee, args);
                    }
                    case "this": return new JsThis();
                    case "null": return new JsNullLiteral();
                    case "undefined": return new JsUndefined();
                    case "true": return new JsBooleanLiteral(true);
                    case "false": return new JsBooleanLiteral(false);
                    case "function" or "async" or "class" or "yield" or "delete": throw Fail();
                }
                if (Peek("=>")) throw Fail();
                return new JsIdentifier(id);
            }
            throw Fail();
        }

        private JsExpression ParseNewCallee()
        {
            JsExpression callee = ParsePrimaryForNew();
            while (Eat(".")) callee = new JsMember(callee, ParseIdentifier());
            return callee;
        }

        private JsExpression ParsePrimaryForNew()
        {
            SkipSpace();
            if (pos < text.Length && text[pos] == '@') { pos++; return new JsRuntimeRef("$" + ParseIdentifier()); }
            if (pos < text.Length && text[pos] == '{')
            {
                var (name, _) = ReadHole();
                return resolve(name, false, out _) ?? throw Fail();
            }
            return new JsIdentifier(ParseIdentifier());
        }

        private JsExpression ParseString(char quote)
        {
            pos++;
            var sb = new StringBuilder();
            while (pos < text.Length && text[pos] != quote)
            {
                if (text[pos] == '\\')
                {
                    pos++;
                    if (pos >= text.Length) throw Fail();
                    var e = text[pos];
                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => e });
                    if (e is 'u' or 'x') throw Fail();
                }
                else sb.Append(text[pos]);
                pos++;
            }
            if (pos >= text.Length) throw Fail();
            pos++;
            return new JsStringLiteral(sb.ToString());
        }

        private JsExpression ParseNumber()
        {
            var start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '.')) pos++;
            var s = text[start..pos];
            if (s.EndsWith('n') && System.Numerics.BigInteger.TryParse(s[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var big))
                return new JsBigIntLiteral(big);
            if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && long.TryParse(s[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
                return new JsNumberLiteral(hex);
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return new JsNumberLiteral(d);
            throw Fail();
        }
    }
}
