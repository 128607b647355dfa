using System;
using System.Collections.Generic;
using System.Text;

// CPU-bound benchmark: a JSON tokenizer (chars, strings, numbers, a List of tokens) over a generated 1 MB document.
public enum TokenKind { BeginObject, EndObject, BeginArray, EndArray, Colon, Comma, String, Number, True, False, Null }

public readonly struct Token
{
    public Token(TokenKind kind, string text) { Kind = kind; Text = text; }
    public TokenKind Kind { get; }
    public string Text { get; }
}

public static class Program
{
    public static List<Token> Tokenize(string json)
    {
        var tokens = new List<Token>();
        var i = 0;
        var text = new StringBuilder();
        while (i < json.Length)
        {
            var c = json[i];
            switch (c)
            {
                case ' ': case '\n': case '\r': case '\t': i++; break;
                case '{': tokens.Add(new Token(TokenKind.BeginObject, "{")); i++; break;
                case '}': tokens.Add(new Token(TokenKind.EndObject, "}")); i++; break;
                case '[': tokens.Add(new Token(TokenKind.BeginArray, "[")); i++; break;
                case ']': tokens.Add(new Token(TokenKind.EndArray, "]")); i++; break;
                case ':': tokens.Add(new Token(TokenKind.Colon, ":")); i++; break;
                case ',': tokens.Add(new Token(TokenKind.Comma, ",")); i++; break;
                case '"':
                    text.Clear();
                    i++;
                    while (json[i] != '"')
                    {
                        if (json[i] == '\\')
                        {
                            i++;
                            var e = json[i];
                            text.Append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                        }
                        else text.Append(json[i]);
                        i++;
                    }
                    i++;
                    tokens.Add(new Token(TokenKind.String, text.ToString()));
                    break;
                case 't': tokens.Add(new Token(TokenKind.True, "true")); i += 4; break;
                case 'f': tokens.Add(new Token(TokenKind.False, "false")); i += 5; break;
                case 'n': tokens.Add(new Token(TokenKind.Null, "null")); i += 4; break;
                default:
                    var start = i;
                    while (i < json.Length && (char.IsDigit(json[i]) || json[i] == '-' || json[i] == '.' || json[i] == 'e' || json[i] == '+')) i++;
                    if (i == start) throw new FormatException("unexpected character at " + i);
                    tokens.Add(new Token(TokenKind.Number, json.Substring(start, i - start)));
                    break;
            }
        }
        return tokens;
    }

    private static string Document(int records)
    {
        var json = new StringBuilder("[");
        for (var r = 0; r < records; r++)
        {
            if (r > 0) json.Append(",\n");
            json.Append("{\"id\": ").Append(r)
                .Append(", \"name\": \"image-").Append(r % 97).Append("\\tlatest\"")
                .Append(", \"size\": ").Append(r * 1.5)
                .Append(", \"tags\": [\"a\", \"b\", null, true, false]")
                .Append(", \"digest\": \"sha256:").Append((r * 7919).ToString("x8")).Append("\"}");
        }
        return json.Append(']').ToString();
    }

    public static void Main()
    {
        var json = Document(8000);
        long checksum = 0;
        var count = 0;
        for (var round = 0; round < 40; round++)
        {
            var tokens = Tokenize(json);
            count = tokens.Count;
            foreach (var token in tokens) checksum += (int)token.Kind * 31 + token.Text.Length;
        }
        Console.WriteLine(json.Length + " chars, " + count + " tokens, checksum " + checksum);
    }
}
