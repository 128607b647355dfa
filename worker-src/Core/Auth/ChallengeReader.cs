using System.Collections.Generic;
using System.Text;

namespace EdgeMirror.Worker.Core.Auth;

/// <summary>Reads <c>scheme param=value, param="quoted \"value\"", …</c>, stopping at the next challenge.</summary>
internal sealed class ChallengeReader
{
    private readonly string _text;
    private int _pos;

    public ChallengeReader(string text) => _text = text;

    public Challenge? ReadFirst()
    {
        SkipSpaces();
        var scheme = ReadToken();
        if (scheme.Length == 0) return null;
        var parameters = new List<AuthParam>();
        while (true)
        {
            SkipSpacesAndCommas();
            if (_pos >= _text.Length) break;
            var save = _pos;
            var name = ReadToken();
            SkipSpaces();
            if (name.Length == 0) return null;
            if (Peek() != '=')
            {
                // A bare token after a comma starts the next challenge; this one is complete.
                _pos = save;
                break;
            }
            _pos++;
            SkipSpaces();
            string? value = Peek() == '"' ? ReadQuoted() : ReadToken();
            if (value == null) return null;
            parameters.Add(new AuthParam(name.ToLowerInvariant(), value));
        }
        return new Challenge(scheme, parameters);
    }

    private string? ReadQuoted()
    {
        _pos++;
        var builder = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = Next();
            if (c == '"') return builder.ToString();
            if (c == '\\' && _pos < _text.Length) c = Next();
            builder.Append(c);
        }
        return null;
    }

    private string ReadToken()
    {
        var start = _pos;
        while (IsTokenChar(Peek())) _pos++;
        return _text.Substring(start, _pos - start);
    }

    private static bool IsTokenChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~/:".IndexOf(c) >= 0;

    // '\0' past the end, which no loop here accepts: they need no length checks of their own.
    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char Next() => _text[_pos++];

    private void SkipSpaces()
    {
        while (Peek() is ' ' or '\t') _pos++;
    }

    private void SkipSpacesAndCommas()
    {
        while (Peek() is ' ' or '\t' or ',') _pos++;
    }
}
