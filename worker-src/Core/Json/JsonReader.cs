using System;
using System.Collections.Generic;
using System.Text;

namespace EdgeMirror.Worker.Core.Json;

/// <summary>A strict recursive-descent JSON parser (RFC 8259) over a string.</summary>
public sealed class JsonReader
{
    private const int MaxDepth = 32;
    private readonly string _text;
    private int _pos;

    private JsonReader(string text) => _text = text;

    /// <summary>The parsed value, or null when the text is not exactly one JSON value.</summary>
    public static JsonValue? TryParse(string? text)
    {
        if (text == null) return null;
        var reader = new JsonReader(text);
        try
        {
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            return reader._pos == text.Length ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth) throw new FormatException("JSON nested too deeply");
        SkipWhitespace();
        if (_pos >= _text.Length) throw new FormatException("unexpected end of JSON");
        var c = _text[_pos];
        if (c == '{') return ReadObject(depth);
        if (c == '[') return ReadArray(depth);
        if (c == '"') return Make(JsonKind.String, ReadString());
        if (c == 't') return ReadLiteral("true", JsonKind.Boolean);
        if (c == 'f') return ReadLiteral("false", JsonKind.Boolean);
        if (c == 'n') return ReadLiteral("null", JsonKind.Null);
        if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
        throw new FormatException("unexpected character in JSON");
    }

    private JsonValue ReadObject(int depth)
    {
        _pos++;
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonValue(JsonKind.Object, "", new List<JsonValue>(), members);
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw new FormatException("expected a member name");
            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            var value = ReadValue(depth + 1);
            members.Add(new JsonMember(name, value));
            SkipWhitespace();
            if (Peek() == ',') { _pos++; continue; }
            Expect('}');
            return new JsonValue(JsonKind.Object, "", new List<JsonValue>(), members);
        }
    }

    private JsonValue ReadArray(int depth)
    {
        _pos++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonValue(JsonKind.Array, "", items, new List<JsonMember>());
        }
        while (true)
        {
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',') { _pos++; continue; }
            Expect(']');
            return new JsonValue(JsonKind.Array, "", items, new List<JsonMember>());
        }
    }

    private string ReadString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw new FormatException("unterminated string");
            var c = _text[_pos++];
            if (c == '"') return builder.ToString();
            if (c < ' ') throw new FormatException("control character in string");
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (_pos >= _text.Length) throw new FormatException("unterminated escape");
            var e = _text[_pos++];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append((char)ReadHex4()); break;
                default: throw new FormatException("bad escape");
            }
        }
    }

    private int ReadHex4()
    {
        if (_pos + 4 > _text.Length) throw new FormatException("short \\u escape");
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _text[_pos++];
            int digit;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            else throw new FormatException("bad hex digit");
            code = code * 16 + digit;
        }
        return code;
    }

    private JsonValue ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-') _pos++;
        if (Peek() == '0') _pos++;
        else if (!ReadDigits()) throw new FormatException("bad number");
        if (Peek() == '.')
        {
            _pos++;
            if (!ReadDigits()) throw new FormatException("bad fraction");
        }
        if (Peek() == 'e' || Peek() == 'E')
        {
            _pos++;
            if (Peek() == '+' || Peek() == '-') _pos++;
            if (!ReadDigits()) throw new FormatException("bad exponent");
        }
        return Make(JsonKind.Number, _text.Substring(start, _pos - start));
    }

    private bool ReadDigits()
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9') _pos++;
        return _pos > start;
    }

    private JsonValue ReadLiteral(string literal, JsonKind kind)
    {
        if (_pos + literal.Length > _text.Length || _text.Substring(_pos, literal.Length) != literal)
            throw new FormatException("bad literal");
        _pos += literal.Length;
        return Make(kind, kind == JsonKind.Null ? "" : literal);
    }

    private static JsonValue Make(JsonKind kind, string text) =>
        new JsonValue(kind, text, new List<JsonValue>(), new List<JsonMember>());

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c) throw new FormatException("expected '" + c + "'");
        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            _pos++;
        }
    }
}
