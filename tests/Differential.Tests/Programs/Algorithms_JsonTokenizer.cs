using System;
using System.Collections.Generic;
using System.Text;

enum TokenKind { LeftBrace, RightBrace, LeftBracket, RightBracket, Colon, Comma, String, Number, True, False, Null }

record Token(TokenKind Kind, string Text, int Position);

sealed class JsonTokenizer
{
    private readonly string text;
    private int pos;
    public JsonTokenizer(string text) => this.text = text;

    public IEnumerable<Token> Tokens()
    {
        while (true)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
            if (pos >= text.Length) yield break;
            int start = pos;
            char c = text[pos];
            switch (c)
            {
                case '{': pos++; yield return new Token(TokenKind.LeftBrace, "{", start); break;
                case '}': pos++; yield return new Token(TokenKind.RightBrace, "}", start); break;
                case '[': pos++; yield return new Token(TokenKind.LeftBracket, "[", start); break;
                case ']': pos++; yield return new Token(TokenKind.RightBracket, "]", start); break;
                case ':': pos++; yield return new Token(TokenKind.Colon, ":", start); break;
                case ',': pos++; yield return new Token(TokenKind.Comma, ",", start); break;
                case '"': yield return new Token(TokenKind.String, ReadString(), start); break;
                case 't': Expect("true"); yield return new Token(TokenKind.True, "true", start); break;
                case 'f': Expect("false"); yield return new Token(TokenKind.False, "false", start); break;
                case 'n': Expect("null"); yield return new Token(TokenKind.Null, "null", start); break;
                default:
                    if (c == '-' || char.IsDigit(c)) { yield return new Token(TokenKind.Number, ReadNumber(), start); break; }
                    throw new FormatException($"unexpected '{c}' at {pos}");
            }
        }
    }

    private void Expect(string word)
    {
        if (text.Length - pos < word.Length || text.Substring(pos, word.Length) != word) throw new FormatException("expected " + word + " at " + pos);
        pos += word.Length;
    }

    private string ReadNumber()
    {
        int start = pos;
        if (text[pos] == '-') pos++;
        while (pos < text.Length && (char.IsDigit(text[pos]) || text[pos] is '.' or 'e' or 'E' or '+' or '-')) pos++;
        return text.Substring(start, pos - start);
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        pos++;
        while (true)
        {
            if (pos >= text.Length) throw new FormatException("unterminated string");
            char c = text[pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            char esc = text[pos++];
            switch (esc)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append((char)Convert.ToInt32(text.Substring(pos, 4), 16)); pos += 4; break;
                default: sb.Append(esc); break;
            }
        }
    }
}

class Program
{
    static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    static void Main()
    {
        var json = "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.oci.image.index.v1+json\", \"manifests\": [ {\"digest\": \"sha256:abc\", \"size\": 7143, \"platform\": {\"architecture\": \"amd64\", \"os\": \"linux\"}}, {\"size\": -1.5e3, \"ok\": true, \"bad\": false, \"none\": null, \"text\": \"line\\nbreak \\\"q\\\" \\u00e9\\u2713\"} ]}";
        var counts = new Dictionary<TokenKind, int>();
        var depth = 0;
        var maxDepth = 0;
        double numberSum = 0;
        foreach (var t in new JsonTokenizer(json).Tokens())
        {
            counts[t.Kind] = counts.GetValueOrDefault(t.Kind) + 1;
            if (t.Kind is TokenKind.LeftBrace or TokenKind.LeftBracket) maxDepth = Math.Max(maxDepth, ++depth);
            if (t.Kind is TokenKind.RightBrace or TokenKind.RightBracket) depth--;
            if (t.Kind == TokenKind.Number) numberSum += double.Parse(t.Text);
            if (t.Kind == TokenKind.String) Console.WriteLine($"{t.Position,4} {Escape(t.Text)}");
        }
        foreach (var kv in counts) Console.WriteLine(kv.Key + ": " + kv.Value);
        Console.WriteLine("max depth " + maxDepth + ", number sum " + numberSum);
        foreach (var bad in new[] { "[1, @]", "{\"unterminated", "[tru]" })
        {
            try
            {
                foreach (var _ in new JsonTokenizer(bad).Tokens()) { }
                Console.WriteLine("no error?");
            }
            catch (FormatException e)
            {
                Console.WriteLine(bad + " -> " + e.Message);
            }
        }
        var big = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) big.Append(i == 0 ? "" : ",").Append("{\"i\":").Append(i).Append(",\"s\":\"v").Append(i % 7).Append("\"}");
        big.Append(']');
        int tokens = 0;
        foreach (var _ in new JsonTokenizer(big.ToString()).Tokens()) tokens++;
        Console.WriteLine("tokens " + tokens + " chars " + big.Length);
    }
}
